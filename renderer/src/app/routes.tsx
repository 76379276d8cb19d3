import { createHashRouter } from 'react-router';
import { AuditPage } from '../features/audit/audit-page';
import { BundlesPage } from '../features/bundles/bundles-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { CasePage } from '../features/cases/case-page';
import { ContactListPage } from '../features/contacts/contact-list-page';
import { ContactPage } from '../features/contacts/contact-page';
import { OrganisationListPage } from '../features/directory/organisation-list-page';
import { OrganisationPage } from '../features/directory/organisation-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { OfficePage } from '../features/office/office-page';
import { RequestListPage } from '../features/requests/request-list-page';
import { RequestPage } from '../features/requests/request-page';
import { ReminderCentrePage } from '../features/reminders/reminder-centre-page';
import { SettingsPage } from '../features/settings/settings-page';
import { StatisticsPage } from '../features/statistics/statistics-page';
import { AdvisorPage } from '../features/advisor/advisor-page';
import { KnowledgePage } from '../features/knowledge/knowledge-page';
import { DraftingPage } from '../features/drafting/drafting-page';
import { TemplatePage } from '../features/drafting/template-page';
import { ImportPage } from '../features/import/import-page';
import { Shell } from './shell';

/** Hash routing: the same build works from file:// in Electron and from the local host. */
export const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'cases', element: <CaseListPage /> },
      { path: 'cases/:id', element: <CasePage /> },
      { path: 'requests', element: <RequestListPage /> },
      { path: 'requests/:id', element: <RequestPage /> },
      { path: 'contacts', element: <ContactListPage /> },
      { path: 'contacts/:id', element: <ContactPage /> },
      { path: 'organisations', element: <OrganisationListPage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: 'bundles', element: <BundlesPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      { path: 'office', element: <OfficePage /> },
      { path: 'reminders', element: <ReminderCentrePage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'knowledge', element: <KnowledgePage /> },
      { path: 'advisor', element: <AdvisorPage /> },
      { path: 'requests/:id/drafting', element: <DraftingPage /> },
      { path: 'settings/templates', element: <TemplatePage /> },
      { path: 'import', element: <ImportPage /> },
    ],
  },
]);
