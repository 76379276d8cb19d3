import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { ApiErrorAlert } from '../../components/api-error-alert';
import type { ApiError } from '../../platform/api';
import { ReminderRow } from './reminder-row';

interface Props {
  id: string;
  title: string;
  empty: string;
  icon: ReactNode;
  query: { isPending: boolean; error: ApiError | null };
  items: DeadlineItem[] | undefined;
  /** How many there are in all; the list holds the soonest of them. */
  total: number | undefined;
  timeZone: string;
  onSnooze: (item: DeadlineItem) => void;
}

interface CaseGroup {
  caseId: number;
  reference: string;
  title: string;
  items: DeadlineItem[];
}

function byCase(items: DeadlineItem[]): CaseGroup[] {
  const groups = new Map<number, CaseGroup>();
  for (const item of items) {
    const group = groups.get(item.caseId) ?? {
      caseId: item.caseId,
      reference: item.caseReference,
      title: item.caseTitle,
      items: [],
    };
    group.items.push(item);
    groups.set(item.caseId, group);
  }
  return [...groups.values()];
}

export function ReminderSection({ id, title, empty, icon, query, items, total, timeZone, onSnooze }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="xs">
        {icon}
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Badge variant="light" color={total ? 'indigo' : 'gray'}>
          {total ?? '…'}
        </Badge>
        {items && total !== undefined && total > items.length && (
          <Text size="sm" c="dimmed">
            {t('reminders.firstOf', { shown: items.length, total })}
          </Text>
        )}
      </Group>
      <ApiErrorAlert error={query.error} />
      {query.isPending && (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      <Stack gap="sm">
        {byCase(items ?? []).map((group) => (
          <div key={group.caseId}>
            <Group gap="xs" mb={2} wrap="nowrap">
              <Anchor component={Link} to={`/cases/${group.caseId}`} size="sm" fw={600} ff="monospace">
                {group.reference}
              </Anchor>
              <Text size="sm" c="dimmed" truncate>
                {group.title}
              </Text>
            </Group>
            <Table.ScrollContainer minWidth={900}>
              <Table
                layout="fixed"
                fz="sm"
                highlightOnHover
                aria-label={t('reminders.groupLabel', { section: title, reference: group.reference })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={150}>{t('reminders.col.due')}</Table.Th>
                    <Table.Th>{t('reminders.col.deadline')}</Table.Th>
                    <Table.Th w="24%">{t('reminders.col.request')}</Table.Th>
                    <Table.Th w={80}>{t('reminders.col.channel')}</Table.Th>
                    <Table.Th w={110}>{t('reminders.col.state')}</Table.Th>
                    <Table.Th w={190}>
                      <VisuallyHidden>{t('reminders.col.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.items.map((item) => (
                    <ReminderRow key={item.key} item={item} timeZone={timeZone} onSnooze={onSnooze} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
