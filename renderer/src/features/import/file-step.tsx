import { Alert, Button, FileButton, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetOpened } from '../../../../shared/contract/sheet-import';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ApiError, call } from '../../platform/api';
import { isDesktop } from '../../platform/bridge';
import { pickFiles, uploadFile } from '../../platform/files';
import { percent, useTaskProgress } from '../bundles/use-task-progress';

const ACCEPT = '.xlsx,.csv,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: the file, staged as attachments are (desktop dialog or browser upload), then opened in the core. */
export function FileStep({ onOpened }: { onOpened: (opened: SheetOpened) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The session id is chosen here so the core's reading can be followed and cancelled (sheet-read:<id>).
  const [reading, setReading] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const progress = useTaskProgress(reading && `sheet-read:${reading}`);
  const open = async (token: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setCancelled(false);
    try {
      const staged = await token();
      if (!staged) return;
      const sessionId = crypto.randomUUID();
      setReading(sessionId);
      onOpened(await call('sheet:inspect', { source: { kind: 'staged', token: staged }, sessionId }));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)));
    } finally {
      setReading(null);
      setBusy(false);
    }
  };
  const cancel = () => {
    if (!reading) return;
    setCancelled(true);
    // The reading's own answer reports the cancellation; this call only asks for it.
    void call('sheet:cancel', { sessionId: reading }).catch(() => setCancelled(false));
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('import.file.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('import.file.intro')}
        </Text>
        <Alert variant="light" color="gray">
          {t('import.file.formats')}
        </Alert>
        <Group>
          {isDesktop ? (
            <Button
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={busy}
              onClick={() => void open(async () => (await pickFiles())[0]?.token ?? null)}
            >
              {t('import.file.choose')}
            </Button>
          ) : (
            <FileButton
              accept={ACCEPT}
              onChange={(file) => file && void open(async () => (await uploadFile(file)).token)}
            >
              {(props) => (
                <Button {...props} leftSection={<IconFileSpreadsheet size={16} />} loading={busy}>
                  {t('import.file.choose')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        {reading ? (
          <Stack gap={6} role="status" aria-live="polite">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('import.reading.label', { percent: percent(progress) })}</Text>
              <Button size="xs" variant="default" color="red" onClick={cancel} loading={cancelled}>
                {t('import.reading.cancel')}
              </Button>
            </Group>
            <Progress value={percent(progress)} size="md" aria-hidden />
          </Stack>
        ) : null}
        {error && cancelled ? (
          <Alert variant="light" color="gray">
            {t('import.reading.cancelled')}
          </Alert>
        ) : (
          <ApiErrorAlert error={error} />
        )}
      </Stack>
    </Paper>
  );
}
