import { Alert, Button, Code, Group, Modal, PasswordInput, Progress, Stack, Switch, Text } from '@mantine/core';
import { IconDownload, IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLE_PASSPHRASE_MIN, type BundleExportResult } from '../../../../shared/contract/bundles';
import { formatBytes } from '../../../../shared/domain/file-size';
import { call, useApiMutation } from '../../platform/api';
import { isDesktop } from '../../platform/bridge';
import { BundleErrorAlert } from './bundle-error-alert';
import { downloadFromHost } from '../../platform/files';
import { percent, useTaskProgress } from './use-task-progress';

interface Props {
  opened: boolean;
  onClose: () => void;
  caseIds: number[];
  /** What is being exported, for the title: a reference or a count. */
  label: string;
}

/** Export one or more cases to a signed bundle: optional passphrase, progress, cancel, then the file's hash. */
export function ExportModal({ opened, onClose, caseIds, label }: Props) {
  const { t } = useTranslation();
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<BundleExportResult | null>(null);
  const exporting = useApiMutation('bundle:export');
  const progress = useTaskProgress(jobId ? `bundle-export:${jobId}` : null);

  const tooShort = protect && passphrase.length > 0 && passphrase.length < BUNDLE_PASSPHRASE_MIN;
  const mismatch = protect && confirm.length > 0 && confirm !== passphrase;
  const ready = !protect || (passphrase.length >= BUNDLE_PASSPHRASE_MIN && confirm === passphrase);

  const reset = () => {
    setProtect(false);
    setPassphrase('');
    setConfirm('');
    setJobId(null);
    setResult(null);
    exporting.reset();
  };
  const close = () => {
    if (exporting.isPending) return;
    reset();
    onClose();
  };
  const start = () => {
    const id = crypto.randomUUID();
    setJobId(id);
    exporting.mutate(
      { jobId: id, caseIds, passphrase: protect ? passphrase : null, location: isDesktop ? 'choose' : 'exports' },
      { onSuccess: setResult },
    );
  };
  const cancel = () => {
    if (jobId) void call('bundle:cancel', { jobId });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('bundles.export.title', { what: label })} size="lg">
      {result ? (
        <Stack gap="sm">
          <Alert color="green" icon={<IconPackageExport size={18} />} title={t('bundles.export.done')}>
            {t('bundles.export.doneBody', { count: result.cases, attachments: result.attachments })}
          </Alert>
          <Text size="sm">
            {t('bundles.export.file')}: <Code>{result.fileName}</Code> ({formatBytes(result.size)})
            {result.encrypted ? ` · ${t('bundles.export.encrypted')}` : ''}
          </Text>
          <Text size="sm">
            {t('bundles.sha256')}: <Code style={{ wordBreak: 'break-all' }}>{result.sha256}</Code>
          </Text>
          {!result.downloadPath && (
            <Text size="sm">
              {t('bundles.export.savedAt')}: <Code style={{ wordBreak: 'break-all' }}>{result.path}</Code>
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('bundles.export.hashHint')}
          </Text>
          <Group justify="flex-end">
            {result.downloadPath && (
              <Button leftSection={<IconDownload size={16} />} onClick={() => downloadFromHost(result.downloadPath!)}>
                {t('bundles.export.download')}
              </Button>
            )}
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('bundles.export.intro')}</Text>
          <Switch
            label={t('bundles.export.protect')}
            description={t('bundles.export.protectHint')}
            checked={protect}
            onChange={(e) => setProtect(e.currentTarget.checked)}
            disabled={exporting.isPending}
          />
          {protect && (
            <>
              <PasswordInput
                label={t('bundles.export.passphrase')}
                description={t('bundles.export.passphraseHint', { min: BUNDLE_PASSPHRASE_MIN })}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                error={tooShort ? t('validation.passphraseTooShort') : null}
                disabled={exporting.isPending}
                data-autofocus
              />
              <PasswordInput
                label={t('bundles.export.confirm')}
                value={confirm}
                onChange={(e) => setConfirm(e.currentTarget.value)}
                error={mismatch ? t('bundles.export.mismatch') : null}
                disabled={exporting.isPending}
              />
            </>
          )}
          {exporting.isPending && (
            <Stack gap={4}>
              <Text size="sm">{t('bundles.export.running')}</Text>
              <Progress value={percent(progress)} animated aria-label={t('bundles.export.running')} />
              {progress && (
                <Text size="xs" c="dimmed">
                  {formatBytes(progress.done)} / {formatBytes(progress.total)}
                </Text>
              )}
            </Stack>
          )}
          <BundleErrorAlert error={exporting.error} />
          <Group justify="flex-end">
            {exporting.isPending ? (
              <Button variant="default" color="red" onClick={cancel}>
                {t('bundles.export.cancel')}
              </Button>
            ) : (
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
            )}
            <Button
              leftSection={<IconPackageExport size={16} />}
              onClick={start}
              disabled={!ready}
              loading={exporting.isPending}
            >
              {t('bundles.export.start')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
