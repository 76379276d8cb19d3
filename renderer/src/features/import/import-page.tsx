import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SheetOpened } from '../../../../shared/contract/sheet-import';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ApiError, call, useApiMutation, useApiQuery } from '../../platform/api';
import { base64ToBytes } from '../../platform/base64';
import { FileStep } from './file-step';
import { ImportProgress } from './import-progress';
import { MappingPanel } from './mapping-panel';
import { PreviewTable } from './preview-table';
import { useSheetChoices } from './use-sheet-choices';
import { ValuesPanel } from './values-panel';

function download(fileName: string, mediaType: string, base64: string) {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function GuidedImport({ opened, onRestart }: { opened: SheetOpened; onRestart: () => void }) {
  const { t } = useTranslation();
  const choices = useSheetChoices(opened);
  const preview = useApiQuery('sheet:preview', choices.plan, { placeholderData: keepPreviousData });
  const apply = useApiMutation('sheet:import');
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const counts = preview.data?.counts;

  const exportProblems = async (format: 'xlsx' | 'csv') => {
    setExportError(null);
    try {
      const file = await call('sheet:problems', { ...choices.plan, format });
      download(file.fileName, file.mediaType, file.base64);
    } catch (cause) {
      setExportError(cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)));
    }
  };

  if (apply.data) {
    const done = apply.data;
    return (
      <Alert color="green" title={t('import.done.title')} role="status">
        <Stack gap="xs">
          <Text size="sm">
            {t('import.done.summary', {
              created: done.created,
              updated: done.updated,
              unchanged: done.unchanged,
              skipped: done.skipped,
              cases: done.casesCreated,
            })}
          </Text>
          <Group>
            <Button component={Link} to="/">
              {t('import.done.dashboard')}
            </Button>
            <Button component={Link} to="/requests" variant="default">
              {t('import.done.requests')}
            </Button>
            <Button variant="subtle" onClick={onRestart}>
              {t('import.done.another')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">
          {t('import.file.opened', { name: opened.fileName })}{' '}
          {opened.encoding && opened.encoding !== 'utf-8' && (
            <Badge variant="light" color="yellow">
              {t('import.file.encoding', { encoding: opened.encoding })}
            </Badge>
          )}
        </Text>
        <Button variant="subtle" onClick={onRestart}>
          {t('import.file.another')}
        </Button>
      </Group>
      <MappingPanel opened={opened} preview={preview.data} choices={choices} />
      <ApiErrorAlert error={preview.error} />
      {preview.isFetching && !preview.data && <Loader size="sm" aria-label={t('import.preview.loading')} />}
      {preview.data && <ValuesPanel preview={preview.data} choices={choices} />}
      {counts && (
        <Group gap="xs" role="status" aria-live="polite">
          <Badge color="green" variant="light">
            {t('import.count.create', { count: counts.create })}
          </Badge>
          <Badge color="blue" variant="light">
            {t('import.count.update', { count: counts.update })}
          </Badge>
          <Badge color="gray" variant="light">
            {t('import.count.unchanged', { count: counts.unchanged })}
          </Badge>
          <Badge color="red" variant="light">
            {t('import.count.problem', { count: counts.problem })}
          </Badge>
          <Badge color="gray" variant="outline">
            {t('import.count.skipped', { count: counts.skipped })}
          </Badge>
          <Badge color="violet" variant="light">
            {t('import.count.newCases', { count: counts.newCases })}
          </Badge>
        </Group>
      )}
      {preview.data && <PreviewTable preview={preview.data} choices={choices} />}
      {apply.error && cancelled ? (
        <Alert color="gray" role="status">
          {t('import.writing.cancelled')}
        </Alert>
      ) : (
        <ApiErrorAlert error={apply.error ?? exportError} />
      )}
      {apply.isPending && <ImportProgress sessionId={opened.sessionId} onCancel={() => setCancelled(true)} />}
      <Group>
        <Button
          leftSection={<IconFileImport size={16} />}
          disabled={!counts || counts.problem > 0 || counts.create + counts.update === 0 || preview.isFetching}
          loading={apply.isPending}
          onClick={() => {
            setCancelled(false);
            apply.mutate(choices.plan);
          }}
        >
          {t('import.run', { count: (counts?.create ?? 0) + (counts?.update ?? 0) })}
        </Button>
        {(counts?.problem ?? 0) > 0 && (
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => void exportProblems('xlsx')}
            >
              {t('import.exportProblems.xlsx')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => void exportProblems('csv')}
            >
              {t('import.exportProblems.csv')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}

/** The office's previous register (XLSX or CSV) brought in as cases and requests with their history. */
export function ImportPage() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<SheetOpened | null>(null);
  const restart = () => {
    if (opened) void call('sheet:discard', { sessionId: opened.sessionId }).catch(() => undefined);
    setOpened(null);
  };
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('import.title')}
      </Title>
      {opened ? (
        <GuidedImport key={opened.sessionId} opened={opened} onRestart={restart} />
      ) : (
        <FileStep onOpened={setOpened} />
      )}
    </Stack>
  );
}
