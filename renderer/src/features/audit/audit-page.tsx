import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconFileCertificate, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ListCount } from '../../components/list-count';
import { LoadingMore } from '../../components/loading-more';
import { useOffice } from '../../lib/office-context';
import { call, useApiMutation } from '../../platform/api';
import { useKeysetList } from '../../platform/use-keyset-list';
import { downloadFromHost } from '../../platform/files';
import { AnchorPrintModal, type PrintedAnchor } from './anchor-print-modal';
import { AuditFilterBar } from './audit-filter-bar';
import { AuditTable } from './audit-table';
import { ChainStatus } from './chain-status';
import { useAuditFilters } from './use-audit-filters';

export function AuditPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const { filters, update, reset, filtered } = useAuditFilters();
  const list = useKeysetList('audit:list', { ...filters, limit: 100 });
  const verify = useApiMutation('audit:verify');
  const exportCsv = useApiMutation('audit:export');
  const takeAnchor = useApiMutation('audit:anchor');
  const [anchor, setAnchor] = useState<PrintedAnchor | null>(null);

  // Opening the trail is itself recorded, once per visit (not per page fetched or filter changed).
  // Called directly rather than as a mutation so it does not refetch every cached view.
  useEffect(() => {
    void call('audit:viewed', {}).catch(() => undefined);
  }, []);

  const onExport = () =>
    exportCsv.mutate(filters, {
      onSuccess: (result) => {
        if (result.downloadPath) downloadFromHost(result.downloadPath);
        notifications.show({
          color: 'green',
          message: result.downloadPath
            ? t('audit.export.done', { count: result.rows, file: result.fileName })
            : t('audit.export.savedTo', { path: result.path }),
        });
      },
    });

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('audit.title')}
          </Title>
          <ListCount total={list.total} keyPrefix="audit" />
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={16} />}
            loading={verify.isPending}
            onClick={() => verify.mutate({})}
          >
            {t('audit.verify.button')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileCertificate size={16} />}
            loading={takeAnchor.isPending}
            onClick={() => takeAnchor.mutate({}, { onSuccess: setAnchor })}
          >
            {t('audit.anchor.button')}
          </Button>
          <Button leftSection={<IconFileExport size={16} />} loading={exportCsv.isPending} onClick={onExport}>
            {t('audit.export.button')}
          </Button>
        </Group>
      </Group>
      <AuditFilterBar filters={filters} update={update} reset={reset} filtered={filtered} />
      <ChainStatus result={verify.data} onShow={(id) => update({ atOrBeforeId: id })} />
      <ApiErrorAlert error={list.error ?? verify.error ?? exportCsv.error ?? takeAnchor.error} />
      <AnchorPrintModal anchor={anchor} onClose={() => setAnchor(null)} />
      {list.isPending ? (
        <Center h={160}>
          <Loader />
        </Center>
      ) : list.items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed" ta="center">
            {t('audit.empty')}
          </Text>
        </Paper>
      ) : (
        <AuditTable
          items={list.items}
          timeZone={office.timeZone}
          brokenId={verify.data?.brokenAt?.id ?? null}
          maxHeight="calc(100dvh - 300px)"
          rowCount={list.total?.atLeast ? undefined : list.total?.count}
          onEndReached={list.loadMore}
          loadingMore={<LoadingMore active={list.loadingMore} />}
        />
      )}
    </Stack>
  );
}
