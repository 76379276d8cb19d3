/**
 * The one IPC contract: every channel the renderer may call, with the zod schemas of its input and
 * output. The preload's allow-list, the dispatcher, the HTTP host and the renderer's typed client are
 * all derived from this map, so a channel exists everywhere or nowhere.
 */
import { z } from 'zod';
import { appInfo } from './contract/app';
import { statutoryChecks, statutoryChecksInput } from './contract/statutory';
import { auditExportResult, auditFacets, auditFilterInput, auditListInput, auditPage } from './contract/audit';
import { auditAnchorPrint, auditVerifyInput, auditVerifyResult } from './contract/audit-anchor';
import {
  attachment,
  attachmentAddInput,
  attachmentDescribeInput,
  attachmentListInput,
  attachmentPage,
  attachmentStageInput,
  attachmentSupersedeInput,
  saveCopyResult,
  stagedFiles,
} from './contract/attachments';
import {
  caseArchiveInput,
  caseDetail,
  caseInput,
  caseListInput,
  casePage,
  caseUpdate,
  identifier,
  identifierAddInput,
  identifierUpdateInput,
  subject,
  subjectAddInput,
  subjectUpdateInput,
  tagList,
} from './contract/cases';
import { byId, ok } from './contract/common';
import {
  contact,
  contactArchiveInput,
  contactInput,
  contactListInput,
  contactPage,
  contactUpdate,
} from './contract/contacts';
import {
  affiliationList,
  contactAffiliationsInput,
  contactDuplicatesInput,
  counterpartList,
  counterpartsInput,
  duplicateList,
  endAffiliationInput,
  markVerifiedInput,
  moveInput,
  organisation,
  organisationArchiveInput,
  organisationDuplicatesInput,
  organisationInput,
  organisationListInput,
  organisationPage,
  organisationPeopleInput,
  organisationRefs,
  organisationSearchInput,
  organisationUpdate,
  verificationDueInput,
  verificationDueList,
} from './contract/directory';
import {
  vcardExportInput,
  vcardExportResult,
  vcardImportInput,
  vcardImportResult,
  vcardPreview,
  vcardPreviewInput,
} from './contract/vcard';
import { dashboard } from './contract/dashboard';
import { office, officeProfileInput } from './contract/office';
import {
  requestDetail,
  requestInput,
  requestLinkInput,
  requestListInput,
  requestPage,
  requestUnlinkInput,
  requestUpdate,
} from './contract/requests';
import { timelineListInput, timelinePage } from './contract/timeline';
import {
  consolidated,
  consolidateInput,
  fileBytes,
  officialReturn,
  returnInput,
  signReturnInput,
  statsDrilldown,
  statsDrilldownInput,
  statsExportInput,
  statsFilter,
  statsOverview,
  verifiedReturn,
  verifyReturnInput,
} from './contract/statistics';
import {
  deadlineItem,
  deadlineList,
  deadlineListInput,
  deadlineMarkInput,
  manualDeadlineInput,
  ruleDefinition,
  ruleList,
  settingsShape,
  settingsUpdate,
  sweepResult,
} from './contract/deadlines';
import { requestWorkflow, transitionInput, undoInput } from './contract/workflow';
import { searchInput, searchResult } from './contract/search';
import {
  bundleExportInput,
  bundleExportResult,
  bundleImportInput,
  bundleImportResult,
  bundleInspectInput,
  bundleJob,
  bundleSession,
  importPreview,
  keyInfo,
  keyTrustInput,
  keyUntrustInput,
} from './contract/bundles';
import {
  importPreviewShape,
  knowledgeEditInput,
  knowledgeImportInput,
  knowledgeImportResult,
  knowledgeInspectInput,
  knowledgeList,
  knowledgeListInput,
  knowledgeRevertInput,
  publisherKeyAddInput,
  publisherKeyList,
  publisherKeyRemoveInput,
} from './contract/knowledge';
import { adviceDraftInput, adviceDraftResult, adviceInput, adviceShape, requestLinkList } from './contract/advisor';
import {
  draftingGenerateInput,
  draftingGetInput,
  draftingOverrideInput,
  draftingRevokeInput,
  draftingSaveInput,
  draftView,
  templateList,
  templateListInput,
  templateRevertInput,
  templateSaveInput,
} from './contract/drafting';
import { draftingCheckInput, draftingCheckResult } from './contract/drafting-check';
import { providerChoices, providerChoicesInput } from './contract/providers';
import {
  chooseIdentifiersInput,
  requestIdentifierChoice,
  requestIdentifiersInput,
} from './contract/request-identifiers';
import {
  backupCopyResult,
  backupInfo,
  backupList,
  backupRestoreInput,
  backupRestoreResult,
  backupStatus,
} from './contract/backups';
import {
  authStatus,
  changePassphraseInput,
  enrolOfficerInput,
  idleInput,
  lockInput,
  recoverInput,
  setupInput,
  setupResult,
  signInInput,
  signInResult,
} from './contract/auth';
import { officerLanguage, setLanguageInput } from './contract/language';

import {
  sheetCloseInput,
  sheetImportResult,
  sheetOpened,
  sheetOpenInput,
  sheetPlanInput,
  sheetPreview,
  sheetProblemsFile,
  sheetProblemsInput,
} from './contract/sheet-import';

const none = z.object({}).strict();
const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app:info': channel(none, appInfo),

  'office:get': channel(none, office.nullable()),
  'office:setup': channel(officeProfileInput, office),
  'office:update': channel(officeProfileInput, office),
  'office:setCurrentOfficer': channel(z.object({ officerId: z.number().int().positive() }), office),
  'office:loadSample': channel(none, office),

  'case:list': channel(caseListInput, casePage),
  'case:get': channel(byId, caseDetail),
  'case:create': channel(caseInput, caseDetail),
  'case:update': channel(caseUpdate, caseDetail),
  'case:archive': channel(caseArchiveInput, caseDetail),
  'case:tags': channel(none, tagList),

  'subject:add': channel(subjectAddInput, subject),
  'subject:update': channel(subjectUpdateInput, subject),
  'subject:remove': channel(byId, ok),
  'identifier:add': channel(identifierAddInput, identifier),
  'identifier:update': channel(identifierUpdateInput, identifier),
  'identifier:remove': channel(byId, ok),

  'request:list': channel(requestListInput, requestPage),
  'request:get': channel(byId, requestDetail),
  'request:create': channel(requestInput, requestDetail),
  'request:update': channel(requestUpdate, requestDetail),
  'request:linkContact': channel(requestLinkInput, requestDetail),
  'request:unlinkContact': channel(requestUnlinkInput, requestDetail),
  'request:identifiers': channel(requestIdentifiersInput, requestIdentifierChoice),
  'request:chooseIdentifiers': channel(chooseIdentifiersInput, requestIdentifierChoice),

  'contact:list': channel(contactListInput, contactPage),
  'contact:get': channel(byId, contact),
  'contact:create': channel(contactInput, contact),
  'contact:update': channel(contactUpdate, contact),
  'contact:archive': channel(contactArchiveInput, contact),
  'contact:duplicates': channel(contactDuplicatesInput, duplicateList),
  'contact:verificationDue': channel(verificationDueInput, verificationDueList),
  'contact:markVerified': channel(markVerifiedInput, contact),
  'contact:counterparts': channel(counterpartsInput, counterpartList),

  'organisation:list': channel(organisationListInput, organisationPage),
  'organisation:get': channel(byId, organisation),
  'organisation:create': channel(organisationInput, organisation),
  'organisation:update': channel(organisationUpdate, organisation),
  'organisation:archive': channel(organisationArchiveInput, organisation),
  'organisation:search': channel(organisationSearchInput, organisationRefs),
  'organisation:duplicates': channel(organisationDuplicatesInput, organisationRefs),
  'organisation:people': channel(organisationPeopleInput, affiliationList),
  'affiliation:list': channel(contactAffiliationsInput, affiliationList),
  'affiliation:move': channel(moveInput, affiliationList),
  'affiliation:end': channel(endAffiliationInput, affiliationList),
  'vcard:export': channel(vcardExportInput, vcardExportResult),
  'vcard:preview': channel(vcardPreviewInput, vcardPreview),
  'vcard:import': channel(vcardImportInput, vcardImportResult),

  'sheet:inspect': channel(sheetOpenInput, sheetOpened),
  'sheet:preview': channel(sheetPlanInput, sheetPreview),
  'sheet:import': channel(sheetPlanInput, sheetImportResult),
  'sheet:problems': channel(sheetProblemsInput, sheetProblemsFile),
  'sheet:discard': channel(sheetCloseInput, ok),
  /** Stops an import being written before it commits: nothing of it stays. */
  'sheet:cancel': channel(sheetCloseInput, ok),

  'request:workflow': channel(byId, requestWorkflow),
  'request:transition': channel(transitionInput, requestWorkflow),
  'request:undo': channel(undoInput, requestWorkflow),

  'deadline:list': channel(deadlineListInput, deadlineList),
  'deadline:mark': channel(deadlineMarkInput, deadlineItem),
  'deadline:addManual': channel(manualDeadlineInput, deadlineItem),
  'deadline:removeManual': channel(byId, ok),
  'statutory:checks': channel(statutoryChecksInput, statutoryChecks),
  'rule:list': channel(none, ruleList),
  'rule:save': channel(ruleDefinition, ruleList),
  'rule:reset': channel(z.object({ id: z.string().min(1) }), ruleList),
  'settings:get': channel(none, settingsShape),
  'settings:update': channel(settingsUpdate, settingsShape),
  'reminder:sweep': channel(none, sweepResult),

  'search:query': channel(searchInput, searchResult),

  'attachment:list': channel(attachmentListInput, attachmentPage),
  'attachment:get': channel(byId, attachment),
  'attachment:pick': channel(none, stagedFiles),
  'attachment:stage': channel(attachmentStageInput, stagedFiles),
  'attachment:add': channel(attachmentAddInput, attachment),
  'attachment:supersede': channel(attachmentSupersedeInput, attachment),
  'attachment:describe': channel(attachmentDescribeInput, attachment),
  'attachment:saveCopy': channel(byId, saveCopyResult),
  'bundle:export': channel(bundleExportInput, bundleExportResult),
  'bundle:cancel': channel(bundleJob, ok),
  'bundle:inspect': channel(bundleInspectInput, importPreview),
  'bundle:import': channel(bundleImportInput, bundleImportResult),
  'bundle:discard': channel(bundleSession, ok),
  'key:info': channel(none, keyInfo),
  'key:trust': channel(keyTrustInput, keyInfo),
  'key:untrust': channel(keyUntrustInput, keyInfo),

  'timeline:list': channel(timelineListInput, timelinePage),
  'dashboard:get': channel(none, dashboard),

  'stats:overview': channel(statsFilter, statsOverview),
  'stats:drilldown': channel(statsDrilldownInput, statsDrilldown),
  'stats:return': channel(returnInput, officialReturn),
  'stats:export': channel(statsExportInput, fileBytes),
  'stats:signReturn': channel(signReturnInput, fileBytes),
  'stats:verifyReturn': channel(verifyReturnInput, verifiedReturn),
  'stats:consolidate': channel(consolidateInput, consolidated),

  'audit:list': channel(auditListInput, auditPage),
  'audit:facets': channel(none, auditFacets),
  'audit:verify': channel(auditVerifyInput, auditVerifyResult),
  'audit:anchor': channel(none, auditAnchorPrint),
  'audit:viewed': channel(none, ok),
  'audit:export': channel(auditFilterInput, auditExportResult),

  'knowledge:list': channel(knowledgeListInput, knowledgeList),
  'knowledge:edit': channel(knowledgeEditInput, ok),
  'knowledge:revert': channel(knowledgeRevertInput, ok),
  'knowledge:inspect': channel(knowledgeInspectInput, importPreviewShape),
  'knowledge:import': channel(knowledgeImportInput, knowledgeImportResult),
  'publisher:list': channel(none, publisherKeyList),
  'publisher:add': channel(publisherKeyAddInput, publisherKeyList),
  'publisher:remove': channel(publisherKeyRemoveInput, publisherKeyList),
  'advisor:advise': channel(adviceInput, adviceShape),
  'advisor:createDraft': channel(adviceDraftInput, adviceDraftResult),
  'provider:choices': channel(providerChoicesInput, providerChoices),
  'links:list': channel(byId, requestLinkList),
  'drafting:get': channel(draftingGetInput, draftView),
  'drafting:check': channel(draftingCheckInput, draftingCheckResult),
  'drafting:save': channel(draftingSaveInput, draftView),
  'drafting:override': channel(draftingOverrideInput, draftView),
  'drafting:revokeOverride': channel(draftingRevokeInput, draftView),
  'drafting:generate': channel(draftingGenerateInput, draftView),
  'template:list': channel(templateListInput, templateList),
  'template:save': channel(templateSaveInput, templateList),
  'template:revert': channel(templateRevertInput, templateList),
  'backup:status': channel(none, backupStatus),
  'backup:list': channel(none, backupList),
  'backup:create': channel(none, backupInfo),
  'backup:copyTo': channel(none, backupCopyResult),
  'backup:restore': channel(backupRestoreInput, backupRestoreResult),
  'auth:status': channel(none, authStatus),
  'auth:setup': channel(setupInput, setupResult),
  'auth:signIn': channel(signInInput, signInResult),
  'auth:recover': channel(recoverInput, signInResult),
  'auth:lock': channel(lockInput, ok),
  'auth:changePassphrase': channel(changePassphraseInput, ok),
  'auth:enrolOfficer': channel(enrolOfficerInput, authStatus),
  'auth:setIdle': channel(idleInput, authStatus),
  'officer:setLanguage': channel(setLanguageInput, officerLanguage),
} as const;

/** The only channels that answer while Legat is locked: everything else returns LOCKED. */
export const OPEN_WHILE_LOCKED: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'auth:status',
  'auth:setup',
  'auth:signIn',
  'auth:recover',
  'auth:lock',
]);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Error codes are a closed set so the renderer can translate every one. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_READY',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  /** A request may not be marked sent: its document has blocking completeness findings. */
  'INCOMPLETE',
  'INTERNAL',
  'DATABASE_DAMAGED',
  'DISK_FULL',
  'READ_ONLY',
  'LOCKED',
  'UNREADABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IssueEnvelope {
  path: (string | number)[];
  message: string;
}

export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  issues?: IssueEnvelope[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorEnvelope };
