import { CaseCounterparts } from '../directory/case-counterparts';
import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconPackageExport, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { ExportModal } from '../bundles/export-modal';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { NEW_REQUEST_SHORTCUT, useShortcuts } from '../../lib/use-shortcuts';
import { RequestFormModal } from '../requests/request-form-modal';
import { CaseStatusBadge, PriorityBadge } from './case-badges';
import { CaseFormModal } from './case-form-modal';
import { CaseOverview } from './case-overview';
import { CaseRequestsPanel } from './case-requests-panel';
import { IdentifiersPanel } from './identifiers-panel';
import { SubjectsPanel } from './subjects-panel';
import { TimelinePanel } from './timeline-panel';

const TABS = ['overview', 'subjects', 'requests', 'attachments', 'timeline'] as const;
type Tab = (typeof TABS)[number];

export function CasePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const detail = useApiQuery('case:get', { id }, { enabled: Number.isInteger(id) && id > 0 });

  if (detail.error) {
    return (
      <Stack gap="sm">
        <ApiErrorAlert error={detail.error} />
        <Anchor component={Link} to="/cases">
          {t('cases.backToList')}
        </Anchor>
      </Stack>
    );
  }
  if (!detail.data) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <CaseView detail={detail.data} />;
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'overview';
  const [editing, edit] = useDisclosure(false);
  const [exporting, exportModal] = useDisclosure(false);
  // Here rather than in the Requests tab: a hidden tab's effects are paused, its shortcut with them.
  const [addingRequest, requestForm] = useDisclosure(false);
  useShortcuts([[NEW_REQUEST_SHORTCUT, requestForm.open]]);
  const archive = useApiMutation('case:archive');

  const toggleArchive = () =>
    archive.mutate(
      { id: detail.id, archived: !detail.archived },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'green',
            message: t(saved.archived ? 'cases.archivedNotice' : 'cases.restoredNotice', {
              reference: saved.reference,
            }),
          }),
      },
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Anchor component={Link} to="/cases" size="sm">
              {t('cases.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              /
            </Text>
            <Text size="sm" fw={600} ff="monospace">
              {detail.reference}
            </Text>
          </Group>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {detail.title}
          </Title>
          <Group gap="xs">
            <CaseStatusBadge status={detail.status} />
            <PriorityBadge priority={detail.priority} />
            {detail.archived && (
              <Badge size="sm" color="gray" variant="outline">
                {t('common.archived')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" leftSection={<IconPackageExport size={16} />} onClick={exportModal.open}>
            {t('bundles.export.button')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
            {t('common.edit')}
          </Button>
          <Button
            variant="default"
            leftSection={detail.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
            onClick={toggleArchive}
            loading={archive.isPending}
          >
            {t(detail.archived ? 'common.restore' : 'common.archive')}
          </Button>
        </Group>
      </Group>
      <ApiErrorAlert error={archive.error} />
      <ExportModal opened={exporting} onClose={exportModal.close} caseIds={[detail.id]} label={detail.reference} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'overview' ? { tab: next } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="overview">{t('cases.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="subjects">{t('cases.tabs.subjects')}</Tabs.Tab>
          <Tabs.Tab
            value="requests"
            rightSection={
              detail.openRequestCount > 0 ? (
                <Badge size="xs" circle title={t('cases.openRequests', { count: detail.openRequestCount })}>
                  {detail.openRequestCount}
                </Badge>
              ) : null
            }
          >
            {t('cases.tabs.requests')}
          </Tabs.Tab>
          <Tabs.Tab value="attachments">{t('cases.tabs.attachments')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('cases.tabs.timeline')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="sm">
          <CaseOverview detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="subjects" pt="sm">
          <Stack gap="md">
            <SubjectsPanel detail={detail} />
            <IdentifiersPanel detail={detail} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="sm">
          <Stack gap="md">
            <CaseRequestsPanel detail={detail} onAdd={requestForm.open} />
            <CaseCounterparts caseId={detail.id} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="sm">
          <AttachmentsPanel caseId={detail.id} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm">
          <TimelinePanel caseId={detail.id} />
        </Tabs.Panel>
      </Tabs>
      <CaseFormModal opened={editing} onClose={edit.close} existing={detail} />
      <RequestFormModal
        opened={addingRequest}
        onClose={requestForm.close}
        caseId={detail.id}
        defaults={{ counterpartCountry: detail.counterpartCountry }}
      />
    </Stack>
  );
}
