import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** An address no screen answers to (typed by hand in browser mode, or from an old bookmark). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('common.notFound.title')}</Title>
      <Text>{t('common.notFound.body')}</Text>
      <Group>
        <Button component={Link} to="/">
          {t('common.screenError.home')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * A screen that failed to draw, or whose code could not be loaded (the app was updated or its host
 * restarted meanwhile): said in the officer's language, inside the shell so the menu stays usable,
 * instead of the router's page for developers. Nothing is lost: every saved change is in the database.
 */
export function ScreenError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('common.screenError.title')}</Title>
      <Alert color="red" icon={<IconAlertTriangle size={18} />}>
        {t('common.screenError.body')}
      </Alert>
      <Code block>{detail}</Code>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('common.screenError.reload')}</Button>
        <Button variant="default" component={Link} to="/">
          {t('common.screenError.home')}
        </Button>
      </Group>
    </Stack>
  );
}
