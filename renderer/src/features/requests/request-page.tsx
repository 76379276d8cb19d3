import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileText, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RequestDetail } from '../../../../shared/contract/requests';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { countryName } from '../../lib/countries';
import { useApiQuery } from '../../platform/api';
import { RequestStatusBadge, UrgencyBadge } from '../../components/request-badges';
import { RequestContacts } from './request-contacts';
import { RequestDetails } from './request-details';
import { RequestFormModal } from './request-form-modal';
import { RequestIdentifiers } from './request-identifiers';
import { RequestDeadlines } from '../deadlines/request-deadlines';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { LinkedRequests } from '../advisor/linked-requests';

export function RequestPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const detail = useApiQuery('request:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (detail.error) {
    return (
      <Stack gap="sm">
        <ApiErrorAlert error={detail.error} />
        <Anchor component={Link} to="/requests">
          {t('requests.backToList')}
        </Anchor>
      </Stack>
    );
  }
  if (!detail.data) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <RequestView request={detail.data} />;
}

function RequestView({ request: r }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Anchor component={Link} to={`/cases/${r.caseId}`} size="sm">
              {r.caseReference}
            </Anchor>
            <Text size="sm" c="dimmed" truncate maw={560}>
              {r.caseTitle}
            </Text>
          </Group>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {r.title}
          </Title>
          <Group gap="xs">
            <Badge size="sm" variant="outline" style={{ textTransform: 'none' }}>
              {t(`domain.channel.${r.channel}`)}
            </Badge>
            <RequestStatusBadge status={r.status} finished={r.finished} />
            <UrgencyBadge urgency={r.urgency} />
            <Text size="sm" c="dimmed">
              {t(`domain.direction.${r.direction}`)} · {countryName(r.counterpartCountry)}
              {r.channel === 'provider' && r.provider ? ` · ${r.provider}` : ''}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            component={Link}
            to={`/requests/${r.id}/drafting`}
            variant="light"
            leftSection={<IconFileText size={16} />}
          >
            {t('drafting.open')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
            {t('common.edit')}
          </Button>
        </Group>
      </Group>
      <RequestDetails request={r} />
      <RequestDeadlines requestId={r.id} caseId={r.caseId} />
      <LinkedRequests requestId={r.id} />
      <WorkflowPanel requestId={r.id} caseId={r.caseId} />
      <RequestContacts request={r} />
      <RequestIdentifiers requestId={r.id} />
      <AttachmentsPanel caseId={r.caseId} requestId={r.id} />
      <RequestFormModal opened={editing} onClose={edit.close} existing={r} />
    </Stack>
  );
}
