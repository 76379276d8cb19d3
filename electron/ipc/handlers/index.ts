import { attachmentHandlers } from './attachments';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { bundleHandlers, keyHandlers } from './bundles';
import { caseHandlers, identifierHandlers, subjectHandlers, timelineHandlers } from './cases';
import { appHandlers, dashboardHandlers, officeHandlers } from './office';
import { contactHandlers } from './contacts';
import { deadlineHandlers, reminderHandlers, ruleHandlers, settingsHandlers } from './deadlines';
import { requestHandlers } from './requests';
import { searchHandlers } from './search';
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
  ...searchHandlers,
  ...bundleHandlers,
  ...keyHandlers,
  ...attachmentHandlers,
  ...auditHandlers,
  ...authHandlers,
};
