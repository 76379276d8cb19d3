import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { styleNonce } from '../platform/style-nonce';
import { useEnterSubmits } from './enter-submits';
import { cssVariablesResolver, legatTheme } from './theme';

const getStyleNonce = () => styleNonce;

export function Providers({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const theme = useMemo(() => legatTheme(t), [t]);
  useEnterSubmits();
  // Screen readers pick their voice from the page's language (WCAG 3.1.1): it follows the interface's.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
      }),
  );
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={getStyleNonce}
    >
      <Notifications position="bottom-right" />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
