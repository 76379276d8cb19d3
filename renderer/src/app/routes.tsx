import type { ComponentType } from 'react';
import { createHashRouter } from 'react-router';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { NotFoundPage, ScreenError } from './screen-error';
import { Shell } from './shell';

/**
 * Every screen but the dashboard (the first one drawn after sign-in) is its own chunk, fetched the
 * first time it is opened: the start does not parse code for screens it does not show. The router
 * keeps the current screen up while the next one's chunk arrives.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return async () => ({ Component: (await load())[name] });
}

/** Hash routing: the same build works from file:// in Electron and from the local host. */
export const router = createHashRouter([
  {
    element: <Shell />,
    // The shell itself failing: the same message, alone.
    errorElement: <ScreenError />,
    children: [
      {
        // A screen that fails to draw, or whose chunk cannot be fetched: reported inside the shell.
        errorElement: <ScreenError />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'cases', lazy: page(() => import('../features/cases/case-list-page'), 'CaseListPage') },
          { path: 'cases/:id', lazy: page(() => import('../features/cases/case-page'), 'CasePage') },
          { path: 'requests', lazy: page(() => import('../features/requests/request-list-page'), 'RequestListPage') },
          { path: 'requests/:id', lazy: page(() => import('../features/requests/request-page'), 'RequestPage') },
          { path: 'contacts', lazy: page(() => import('../features/contacts/contact-list-page'), 'ContactListPage') },
          { path: 'contacts/:id', lazy: page(() => import('../features/contacts/contact-page'), 'ContactPage') },
          {
            path: 'organisations',
            lazy: page(() => import('../features/directory/organisation-list-page'), 'OrganisationListPage'),
          },
          {
            path: 'organisations/:id',
            lazy: page(() => import('../features/directory/organisation-page'), 'OrganisationPage'),
          },
          { path: 'bundles', lazy: page(() => import('../features/bundles/bundles-page'), 'BundlesPage') },
          { path: 'audit', lazy: page(() => import('../features/audit/audit-page'), 'AuditPage') },
          { path: 'statistics', lazy: page(() => import('../features/statistics/statistics-page'), 'StatisticsPage') },
          { path: 'office', lazy: page(() => import('../features/office/office-page'), 'OfficePage') },
          {
            path: 'reminders',
            lazy: page(() => import('../features/reminders/reminder-centre-page'), 'ReminderCentrePage'),
          },
          { path: 'settings', lazy: page(() => import('../features/settings/settings-page'), 'SettingsPage') },
          { path: 'knowledge', lazy: page(() => import('../features/knowledge/knowledge-page'), 'KnowledgePage') },
          { path: 'advisor', lazy: page(() => import('../features/advisor/advisor-page'), 'AdvisorPage') },
          {
            path: 'requests/:id/drafting',
            lazy: page(() => import('../features/drafting/drafting-page'), 'DraftingPage'),
          },
          {
            path: 'settings/templates',
            lazy: page(() => import('../features/drafting/template-page'), 'TemplatePage'),
          },
          { path: 'import', lazy: page(() => import('../features/import/import-page'), 'ImportPage') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
