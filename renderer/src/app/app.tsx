import { Center, Loader } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert';
import { DamagedDatabasePage } from '../features/backups/damaged-page';
import { AuthGate } from '../features/auth/auth-gate';
import { WelcomePage } from '../features/welcome/welcome-page';
import { OfficeContext } from '../lib/office-context';
import { useApiQuery, useLiveData } from '../platform/api';
import { router } from './routes';

export function App() {
  useLiveData();
  return (
    <AuthGate>
      <OfficeApp />
    </AuthGate>
  );
}

/** Signed in: the first-run office profile, or the app itself. */
function OfficeApp() {
  const office = useApiQuery('office:get', {});
  const health = useApiQuery('backup:status', {});
  if (office.isPending || health.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  // A database too damaged to show the office: the restore screen instead of set-up or an error.
  if (health.data?.damaged && (office.isError || office.data === null)) return <DamagedDatabasePage />;
  if (office.isError) return <ApiErrorAlert error={office.error} m="xl" />;
  if (office.data === null) return <WelcomePage />;
  return (
    <OfficeContext.Provider value={office.data}>
      <RouterProvider router={router} />
    </OfficeContext.Provider>
  );
}
