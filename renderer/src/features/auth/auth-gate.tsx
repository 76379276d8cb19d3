import { Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LOCKED_EVENT, prefetchApi, useApiQuery } from '../../platform/api';
import { bridge, setSessionToken } from '../../platform/bridge';
import { AuthContext } from './auth-context';
import { LockScreen } from './lock-screen';
import { RecoveryKeyPanel } from './recovery-key-panel';
import { SetupPage } from './setup-page';
import { useIdleLock } from './use-idle-lock';
import { OfficerLanguageSync } from '../language/officer-language-sync';

/**
 * Nothing of the office renders until someone has signed in on this page. Locked (idle, by hand, the
 * computer locking), every cached answer is dropped, so the office's data leaves the page's memory too.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const status = useApiQuery('auth:status', {}, { staleTime: 0 });
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  // Browser mode: another tab may hold the session; this one is locked until it signs in itself.
  const [tabLocked, setTabLocked] = useState(false);

  useEffect(
    () => bridge.on('auth:changed', () => void client.invalidateQueries({ queryKey: ['auth:status'] })),
    [client],
  );
  useEffect(() => {
    const onLocked = () => {
      setTabLocked(true);
      void client.invalidateQueries({ queryKey: ['auth:status'] });
    };
    window.addEventListener(LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(LOCKED_EVENT, onLocked);
  }, [client]);

  const state = status.data?.state;
  const open = state === 'unlocked' && !tabLocked;
  useEffect(() => {
    if (state && !open) {
      setSessionToken(null);
      // A reminder toast names a case: it goes with the rest.
      notifications.clean();
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth:status' });
    }
  }, [client, state, open]);

  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.isError) return <ApiErrorAlert error={status.error} m="xl" />;
  const signedIn = () => {
    setTabLocked(false);
    void client.invalidateQueries();
    // The first screen's reads go out with the status check rather than after it, one round trip each.
    prefetchApi(client, 'office:get', {});
    prefetchApi(client, 'backup:status', {});
    prefetchApi(client, 'dashboard:get', {});
  };
  if (recoveryKey) return <RecoveryKeyPanel recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />;
  if (state === 'setup') {
    return (
      <SetupPage
        status={status.data}
        onDone={(key) => {
          setRecoveryKey(key);
          signedIn();
        }}
      />
    );
  }
  if (!open) return <LockScreen status={status.data} onSignedIn={signedIn} />;
  return (
    <AuthContext.Provider value={status.data}>
      <IdleLock seconds={status.data.idleSeconds} />
      {status.data.signedIn && (
        <OfficerLanguageSync officerId={status.data.signedIn.officerId} language={status.data.signedIn.language} />
      )}
      {children}
    </AuthContext.Provider>
  );
}

function IdleLock({ seconds }: { seconds: number }) {
  useIdleLock(seconds);
  return null;
}
