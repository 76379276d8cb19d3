import { attachmentHandlers } from './attachments';
import { auditHandlers } from './audit';
import { backupHandlers } from './backups';
import { authHandlers } from './auth';
import { bundleHandlers, keyHandlers } from './bundles';
import { caseHandlers, identifierHandlers, subjectHandlers, timelineHandlers } from './cases';
import { appHandlers, dashboardHandlers, officeHandlers } from './office';
import { contactHandlers } from './contacts';
import { affiliationHandlers, organisationHandlers, vcardHandlers } from './directory';
import { deadlineHandlers, reminderHandlers, ruleHandlers, settingsHandlers } from './deadlines';
import { requestHandlers } from './requests';
import { searchHandlers } from './search';
import { statutoryHandlers } from './statutory';
import { statsHandlers } from './statistics';
import { sheetImportHandlers } from './sheet-import';
import { advisorHandlers, knowledgeHandlers, publisherKeyHandlers, requestLinkHandlers } from './knowledge';
import { draftingHandlers, templateHandlers } from './drafting';
import { officerHandlers } from './language';
import { providerHandlers } from './providers';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...officeHandlers,
  ...caseHandlers,
  ...subjectHandlers,
  ...identifierHandlers,
  ...requestHandlers,
  ...contactHandlers,
  ...timelineHandlers,
  ...dashboardHandlers,
  ...deadlineHandlers,
  ...ruleHandlers,
  ...settingsHandlers,
  ...reminderHandlers,
  ...statutoryHandlers,
  ...searchHandlers,
  ...bundleHandlers,
  ...keyHandlers,
  ...attachmentHandlers,
  ...auditHandlers,
  ...knowledgeHandlers,
  ...publisherKeyHandlers,
  ...advisorHandlers,
  ...requestLinkHandlers,
  ...draftingHandlers,
  ...templateHandlers,
  ...backupHandlers,
  ...organisationHandlers,
  ...affiliationHandlers,
  ...vcardHandlers,
  ...sheetImportHandlers,
  ...authHandlers,
  ...officerHandlers,
  ...statsHandlers,
  ...providerHandlers,
};
