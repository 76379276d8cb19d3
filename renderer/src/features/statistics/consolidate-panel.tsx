import { Alert, Badge, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCertificate, IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/ipc-contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { countryName } from '../../lib/countries';
import { useApiMutation } from '../../platform/api';
import { OverviewPanel } from './overview-panel';
import { saveBytes } from './save-bytes';

/**
 * Headquarters' first desk: the signed returns of several offices, verified against the trusted keys
 * in the main process, folded into one table and the same charts.
 */
export function ConsolidatePanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const sign = useApiMutation('stats:signReturn');
  const fold = useApiMutation('stats:consolidate');
  const [contents, setContents] = useState<string[]>([]);
  const [result, setResult] = useState<ChannelOutput<'stats:consolidate'> | null>(null);

  const add = async (files: File[]) => {
    const texts = [...contents, ...(await Promise.all(files.map((f) => f.text())))];
    fold.mutate(
      { contents: texts },
      {
        onSuccess: (data) => {
          setContents(texts);
          setResult(data);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fz="sm" c="dimmed">
            {t('statistics.signed.signHelp')}
          </Text>
          <Button
            leftSection={<IconFileCertificate size={16} />}
            loading={sign.isPending}
            onClick={() =>
              sign.mutate(
                { year },
                {
                  onSuccess: (file) => {
                    saveBytes(file);
                    notifications.show({
                      color: 'green',
                      message: t('statistics.export.done', { file: file.fileName }),
                    });
                  },
                },
              )
            }
          >
            {t('statistics.signed.sign')} {year}
          </Button>
        </Group>
      </Paper>
      <Group>
        <FileButton onChange={(files) => void add(files)} accept="application/json,.json" multiple>
          {(props) => (
            <Button variant="default" leftSection={<IconFilePlus size={16} />} loading={fold.isPending} {...props}>
              {t('statistics.signed.add')}
            </Button>
          )}
        </FileButton>
      </Group>
      <ApiErrorAlert error={sign.error ?? fold.error} />
      {result ? (
        <>
          <Paper withBorder p="sm" component="section" aria-label={t('statistics.signed.offices')}>
            <Title order={2} size="h5" mb={4}>
              {t('statistics.signed.offices')}
            </Title>
            <List size="sm">
              {result.offices.map((o) => (
                <List.Item key={`${o.fingerprint}/${o.year}`}>
                  {o.officeName} · {countryName(o.homeCountry)} · {o.year} · {o.total}{' '}
                  {o.own ? <Badge size="xs">{t('statistics.signed.own')}</Badge> : null}
                  <Text span fz="xs" c="dimmed" ff="monospace">
                    {' '}
                    {o.fingerprint}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Paper>
          <Alert variant="light" p="xs">
            <Text fz="xs">{t('statistics.signed.medianNote')}</Text>
          </Alert>
          <OverviewPanel overview={result} pending={false} withPercentiles={false} />
        </>
      ) : (
        <Text c="dimmed" fz="sm">
          {t('statistics.signed.empty')}
        </Text>
      )}
    </Stack>
  );
}
