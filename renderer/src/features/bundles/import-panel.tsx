import { Button, FileButton, Group, Paper, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview as Preview } from '../../../../shared/contract/bundles';
import { ApiError, call } from '../../platform/api';
import { isDesktop } from '../../platform/bridge';
import { uploadFile } from '../../platform/files';
import { BundleErrorAlert } from './bundle-error-alert';
import { ImportPreview } from './import-preview';

/** What the local host answers once a `.legat` file is staged. */
interface UploadedBundle {
  token: string;
  fileName: string;
  size: number;
}

type Source = { kind: 'upload'; token: string } | { kind: 'choose' };
const NEEDS_PASSPHRASE = new Set(['PASSPHRASE_REQUIRED', 'WRONG_PASSPHRASE']);

/** Choose a bundle, have it verified (asking for a passphrase if it is encrypted), then preview it. */
export function ImportPanel() {
  const { t } = useTranslation();
  const [uploaded, setUploaded] = useState<UploadedBundle | null>(null);
  const [upload, setUpload] = useState<{ loaded: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);

  const inspect = async (source: Source, secret: string | null) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('bundle:inspect', { source, passphrase: secret }));
      setAskPassphrase(false);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught));
      const code = apiError.issues.find((i) => i.path[0] === 'bundle')?.message ?? '';
      if (NEEDS_PASSPHRASE.has(code)) setAskPassphrase(true);
      // An encrypted bundle is no error: the passphrase field asks for what is needed, and says why.
      if (code !== 'PASSPHRASE_REQUIRED') setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | null) => {
    if (!file) return;
    setPreview(null);
    setAskPassphrase(false);
    setPassphrase('');
    setError(null);
    setBusy(true);
    try {
      const done = await uploadFile<UploadedBundle>(file, { route: '/files/bundle', onProgress: setUpload });
      setUploaded(done);
      setUpload(null);
      await inspect({ kind: 'upload', token: done.token }, null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };

  const restart = () => {
    setPreview(null);
    setUploaded(null);
    setError(null);
    setAskPassphrase(false);
  };

  if (preview) return <ImportPreview preview={preview} onDone={restart} />;
  const source: Source | null = isDesktop
    ? { kind: 'choose' }
    : uploaded
      ? { kind: 'upload', token: uploaded.token }
      : null;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('bundles.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bundles.import.intro')}
        </Text>
        <Group>
          {isDesktop ? (
            <Button
              leftSection={<IconFileImport size={16} />}
              onClick={() => void inspect({ kind: 'choose' }, null)}
              loading={busy}
            >
              {t('bundles.import.choose')}
            </Button>
          ) : (
            <FileButton onChange={(file) => void onFile(file)} accept=".legat,application/octet-stream">
              {(props) => (
                <Button {...props} leftSection={<IconFileImport size={16} />} loading={busy}>
                  {t('bundles.import.choose')}
                </Button>
              )}
            </FileButton>
          )}
          {uploaded && (
            <Text size="sm" c="dimmed">
              {uploaded.fileName}
            </Text>
          )}
        </Group>
        {upload && (
          <Progress
            value={upload.total ? (upload.loaded / upload.total) * 100 : 0}
            aria-label={t('bundles.import.uploading')}
          />
        )}
        {busy && !upload && (
          <Text size="sm" c="dimmed">
            {t('bundles.import.verifying')}
          </Text>
        )}
        <BundleErrorAlert error={error} />
        {askPassphrase && source && (
          <Group align="flex-end">
            <PasswordInput
              label={t('bundles.import.passphrase')}
              description={t('bundles.rejectedHint.PASSPHRASE_REQUIRED')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && passphrase) void inspect(source, passphrase);
              }}
              style={{ flex: 1, maxWidth: 360 }}
              data-autofocus
            />
            <Button onClick={() => void inspect(source, passphrase)} disabled={!passphrase} loading={busy}>
              {t('bundles.import.unlock')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
