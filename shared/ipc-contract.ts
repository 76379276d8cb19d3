/**
 * The one IPC contract: every channel the renderer may call, with the zod schemas of its input and
 * output. The preload's allow-list, the dispatcher, the HTTP host and the renderer's typed client are
 * all derived from this map, so a channel exists everywhere or nowhere.
 */
import { z } from 'zod';
import { appInfo } from './contract/app';
import { EVERY_ENTITY, NOTHING, type Entity } from './contract/entities';
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

/**
 * Each channel says whether it reads or writes, and what it shows or changes (./contract/entities.ts).
 * The dispatcher announces a write's `changes` on `data:changed`; the page refetches only the cached
 * reads whose `shows` meet them. Declared here, beside the schemas, so a new channel cannot forget it.
 */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: 'read' | 'write';
  /** What a successful call changes; a read changes nothing. */
  changes: readonly Entity[];
  /** What a read's answer shows, so a change to any of them makes its cached answer stale. */
  shows: readonly Entity[];
}

/** A read: answers from the records and changes none of them. */
const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, shows: readonly Entity[]) =>
  ({ input, output, access: 'read', changes: NOTHING, shows }) satisfies ChannelSpec<I, O>;

/** A write names what it changes; NOTHING when no screen shows its effect (staging, cancelling). */
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, changes: readonly Entity[]) =>
  ({ input, output, access: 'write', changes, shows: NOTHING }) satisfies ChannelSpec<I, O>;

export const contract = {
  'app:info': read(none, appInfo, []),

  'office:get': read(none, office.nullable(), ['office']),
  'office:setup': write(officeProfileInput, office, EVERY_ENTITY),
  'office:update': write(officeProfileInput, office, ['office']),
  'office:setCurrentOfficer': write(z.object({ officerId: z.number().int().positive() }), office, ['office']),
  'office:loadSample': write(none, office, EVERY_ENTITY),

  'case:list': read(caseListInput, casePage, ['case', 'request', 'deadline']),
  'case:get': read(byId, caseDetail, ['case', 'request', 'deadline', 'attachment', 'contact']),
  'case:create': write(caseInput, caseDetail, ['case']),
  'case:update': write(caseUpdate, caseDetail, ['case']),
  'case:archive': write(caseArchiveInput, caseDetail, ['case']),
  'case:tags': read(none, tagList, ['case']),

  'subject:add': write(subjectAddInput, subject, ['case']),
  'subject:update': write(subjectUpdateInput, subject, ['case']),
  'subject:remove': write(byId, ok, ['case']),
  'identifier:add': write(identifierAddInput, identifier, ['case']),
  'identifier:update': write(identifierUpdateInput, identifier, ['case']),
  'identifier:remove': write(byId, ok, ['case']),

  'request:list': read(requestListInput, requestPage, ['request', 'case', 'deadline']),
  'request:get': read(byId, requestDetail, ['request', 'case', 'contact', 'deadline']),
  'request:create': write(requestInput, requestDetail, ['request', 'deadline']),
  'request:update': write(requestUpdate, requestDetail, ['request', 'deadline']),
  'request:linkContact': write(requestLinkInput, requestDetail, ['request', 'contact']),
  'request:unlinkContact': write(requestUnlinkInput, requestDetail, ['request', 'contact']),
  'request:identifiers': read(requestIdentifiersInput, requestIdentifierChoice, ['request', 'case']),
  'request:chooseIdentifiers': write(chooseIdentifiersInput, requestIdentifierChoice, ['request']),

  'contact:list': read(contactListInput, contactPage, ['contact']),
  'contact:get': read(byId, contact, ['contact', 'request']),
  'contact:create': write(contactInput, contact, ['contact']),
  'contact:update': write(contactUpdate, contact, ['contact']),
  'contact:archive': write(contactArchiveInput, contact, ['contact']),
  'contact:duplicates': read(contactDuplicatesInput, duplicateList, ['contact']),
  'contact:verificationDue': read(verificationDueInput, verificationDueList, ['contact', 'settings']),
  'contact:markVerified': write(markVerifiedInput, contact, ['contact']),
  'contact:counterparts': read(counterpartsInput, counterpartList, ['contact', 'request', 'case']),

  'organisation:list': read(organisationListInput, organisationPage, ['contact']),
  'organisation:get': read(byId, organisation, ['contact']),
  'organisation:create': write(organisationInput, organisation, ['contact']),
  'organisation:update': write(organisationUpdate, organisation, ['contact']),
  'organisation:archive': write(organisationArchiveInput, organisation, ['contact']),
  'organisation:search': read(organisationSearchInput, organisationRefs, ['contact']),
  'organisation:duplicates': read(organisationDuplicatesInput, organisationRefs, ['contact']),
  'organisation:people': read(organisationPeopleInput, affiliationList, ['contact']),
  'affiliation:list': read(contactAffiliationsInput, affiliationList, ['contact']),
  'affiliation:move': write(moveInput, affiliationList, ['contact']),
  'affiliation:end': write(endAffiliationInput, affiliationList, ['contact']),
  'vcard:export': write(vcardExportInput, vcardExportResult, ['audit']),
  'vcard:preview': read(vcardPreviewInput, vcardPreview, ['contact']),
  'vcard:import': write(vcardImportInput, vcardImportResult, ['contact']),

  'sheet:inspect': read(sheetOpenInput, sheetOpened, []),
  'sheet:preview': read(sheetPlanInput, sheetPreview, ['case', 'request']),
  'sheet:import': write(sheetPlanInput, sheetImportResult, ['case', 'request', 'deadline']),
  'sheet:problems': read(sheetProblemsInput, sheetProblemsFile, []),
  'sheet:discard': write(sheetCloseInput, ok, NOTHING),
  /** Stops an import being written before it commits: nothing of it stays. */
  'sheet:cancel': write(sheetCloseInput, ok, NOTHING),

  'request:workflow': read(byId, requestWorkflow, ['request', 'deadline', 'draft', 'attachment']),
  'request:transition': write(transitionInput, requestWorkflow, ['request', 'deadline']),
  'request:undo': write(undoInput, requestWorkflow, ['request', 'deadline']),

  'deadline:list': read(deadlineListInput, deadlineList, ['deadline', 'request', 'case', 'settings']),
  'deadline:mark': write(deadlineMarkInput, deadlineItem, ['deadline']),
  'deadline:addManual': write(manualDeadlineInput, deadlineItem, ['deadline']),
  'deadline:removeManual': write(byId, ok, ['deadline']),
  'statutory:checks': read(statutoryChecksInput, statutoryChecks, ['request', 'case', 'deadline', 'knowledge']),
  'rule:list': read(none, ruleList, ['deadline']),
  'rule:save': write(ruleDefinition, ruleList, ['deadline']),
  'rule:reset': write(z.object({ id: z.string().min(1) }), ruleList, ['deadline']),
  'settings:get': read(none, settingsShape, ['settings']),
  'settings:update': write(settingsUpdate, settingsShape, ['settings', 'deadline']),
  'reminder:sweep': write(none, sweepResult, ['deadline']),

  'search:query': read(searchInput, searchResult, ['case', 'request', 'contact', 'attachment']),

  'attachment:list': read(attachmentListInput, attachmentPage, ['attachment']),
  'attachment:get': read(byId, attachment, ['attachment']),
  'attachment:pick': write(none, stagedFiles, NOTHING),
  'attachment:stage': write(attachmentStageInput, stagedFiles, NOTHING),
  'attachment:add': write(attachmentAddInput, attachment, ['attachment']),
  'attachment:supersede': write(attachmentSupersedeInput, attachment, ['attachment']),
  'attachment:describe': write(attachmentDescribeInput, attachment, ['attachment']),
  'attachment:saveCopy': write(byId, saveCopyResult, ['audit']),
  'bundle:export': write(bundleExportInput, bundleExportResult, ['audit']),
  'bundle:cancel': write(bundleJob, ok, NOTHING),
  'bundle:inspect': read(bundleInspectInput, importPreview, ['case', 'request', 'contact', 'key']),
  'bundle:import': write(bundleImportInput, bundleImportResult, [
    'case',
    'request',
    'contact',
    'attachment',
    'deadline',
    'draft',
  ]),
  'bundle:discard': write(bundleSession, ok, NOTHING),
  'key:info': read(none, keyInfo, ['key', 'office']),
  'key:trust': write(keyTrustInput, keyInfo, ['key']),
  'key:untrust': write(keyUntrustInput, keyInfo, ['key']),

  'timeline:list': read(timelineListInput, timelinePage, [
    'case',
    'request',
    'deadline',
    'attachment',
    'contact',
    'draft',
  ]),
  'dashboard:get': read(none, dashboard, ['case', 'request', 'deadline', 'contact', 'office', 'settings']),

  'stats:overview': read(statsFilter, statsOverview, ['case', 'request', 'office']),
  'stats:drilldown': read(statsDrilldownInput, statsDrilldown, ['case', 'request', 'office']),
  'stats:return': read(returnInput, officialReturn, ['case', 'request', 'office']),
  'stats:export': write(statsExportInput, fileBytes, ['audit']),
  'stats:signReturn': write(signReturnInput, fileBytes, ['audit']),
  'stats:verifyReturn': read(verifyReturnInput, verifiedReturn, ['office', 'key']),
  'stats:consolidate': read(consolidateInput, consolidated, ['office', 'key']),

  'audit:list': read(auditListInput, auditPage, EVERY_ENTITY),
  'audit:facets': read(none, auditFacets, EVERY_ENTITY),
  'audit:verify': read(auditVerifyInput, auditVerifyResult, EVERY_ENTITY),
  'audit:anchor': read(none, auditAnchorPrint, EVERY_ENTITY),
  'audit:viewed': write(none, ok, ['audit']),
  'audit:export': write(auditFilterInput, auditExportResult, ['audit']),

  'knowledge:list': read(knowledgeListInput, knowledgeList, ['knowledge']),
  'knowledge:edit': write(knowledgeEditInput, ok, ['knowledge']),
  'knowledge:revert': write(knowledgeRevertInput, ok, ['knowledge']),
  'knowledge:inspect': read(knowledgeInspectInput, importPreviewShape, ['knowledge']),
  'knowledge:import': write(knowledgeImportInput, knowledgeImportResult, ['knowledge']),
  'publisher:list': read(none, publisherKeyList, ['knowledge']),
  'publisher:add': write(publisherKeyAddInput, publisherKeyList, ['knowledge']),
  'publisher:remove': write(publisherKeyRemoveInput, publisherKeyList, ['knowledge']),
  'advisor:advise': read(adviceInput, adviceShape, ['knowledge', 'request', 'case', 'contact']),
  'advisor:createDraft': write(adviceDraftInput, adviceDraftResult, ['draft', 'request']),
  'provider:choices': read(providerChoicesInput, providerChoices, ['knowledge', 'contact']),
  'links:list': read(byId, requestLinkList, ['request']),
  'drafting:get': read(draftingGetInput, draftView, [
    'draft',
    'request',
    'case',
    'contact',
    'template',
    'knowledge',
    'office',
    'attachment',
  ]),
  'drafting:check': read(draftingCheckInput, draftingCheckResult, [
    'draft',
    'request',
    'case',
    'contact',
    'template',
    'knowledge',
    'office',
    'attachment',
  ]),
  'drafting:save': write(draftingSaveInput, draftView, ['draft']),
  'drafting:override': write(draftingOverrideInput, draftView, ['draft']),
  'drafting:revokeOverride': write(draftingRevokeInput, draftView, ['draft']),
  'drafting:generate': write(draftingGenerateInput, draftView, ['draft', 'attachment']),
  'template:list': read(templateListInput, templateList, ['template']),
  'template:save': write(templateSaveInput, templateList, ['template']),
  'template:revert': write(templateRevertInput, templateList, ['template']),
  'backup:status': read(none, backupStatus, ['backup']),
  'backup:list': read(none, backupList, ['backup']),
  'backup:create': write(none, backupInfo, ['backup', 'audit']),
  'backup:copyTo': write(none, backupCopyResult, ['audit']),
  'backup:restore': write(backupRestoreInput, backupRestoreResult, EVERY_ENTITY),
  'auth:status': read(none, authStatus, ['office', 'settings']),
  'auth:setup': write(setupInput, setupResult, EVERY_ENTITY),
  'auth:signIn': write(signInInput, signInResult, NOTHING),
  'auth:recover': write(recoverInput, signInResult, NOTHING),
  'auth:lock': write(lockInput, ok, NOTHING),
  'auth:changePassphrase': write(changePassphraseInput, ok, NOTHING),
  'auth:enrolOfficer': write(enrolOfficerInput, authStatus, ['office']),
  'auth:setIdle': write(idleInput, authStatus, ['settings']),
  'officer:setLanguage': write(setLanguageInput, officerLanguage, ['office']),
} as const satisfies Record<string, ChannelSpec>;

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
