import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEvent } from '../../../../shared/contract/timeline';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { useApiQuery } from '../../platform/api';
import { describeEvent } from './timeline-sentence';

const PAGE_SIZE = 50;

function TimelineRow({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const { sentence, details } = describeEvent(event, t);
  return (
    <Group
      gap="md"
      align="flex-start"
      wrap="nowrap"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={0} w={170} style={{ flexShrink: 0 }}>
        <Text size="sm" ff="monospace">
          <time dateTime={event.at}>{formatInstant(event.at, timeZone)}</time>
        </Text>
        <Text size="xs" c="dimmed">
          {timeZone}
        </Text>
      </Stack>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {sentence}
        </Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {[event.actor ?? t('timeline.system'), ...details].join(' · ')}
          </Text>
          {event.requestId !== null && (
            <Anchor component={Link} to={`/requests/${event.requestId}`} size="xs">
              {t('timeline.openRequest')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Group>
  );
}

export function TimelinePanel({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useApiQuery(
    'timeline:list',
    { caseId, page, pageSize: PAGE_SIZE, order: 'newest' },
    { placeholderData: keepPreviousData },
  );

  return (
    <Paper withBorder p="sm">
      <ApiErrorAlert error={list.error} />
      {list.data?.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('timeline.empty')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <Stack gap={0}>
            {list.data.items.map((event) => (
              <TimelineRow key={event.id} event={event} />
            ))}
          </Stack>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </Paper>
  );
}
