import { Anchor, Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { useOffice } from '../../lib/office-context';
import { DeadlineKindBadge, DeadlineStateBadge } from '../deadlines/deadline-badges';
import { dueText, relativeColor, relativeDays, deadlineTitle } from '../deadlines/deadline-format';
import { DeadlineSource } from '../deadlines/deadline-source';
import { UrgencyBadge } from '../../components/request-badges';

export function DueList({
  id,
  title,
  items,
  total,
  empty,
  icon,
}: {
  id: string;
  title: string;
  /** The first of them; `total` is how many there are. */
  items: DeadlineItem[];
  total: number;
  empty: string;
  icon: ReactNode;
}) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="xs">
        {icon}
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Badge variant="light" color={total > 0 ? 'indigo' : 'gray'}>
          {total}
        </Badge>
        {total > items.length && (
          <Anchor component={Link} to="/reminders" size="sm" ml="auto">
            {t('dashboard.due.showAll')}
          </Anchor>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.due.date')}</Table.Th>
                <Table.Th>{t('deadlines.col.deadline')}</Table.Th>
                <Table.Th>{t('dashboard.due.case')}</Table.Th>
                <Table.Th>{t('dashboard.due.request')}</Table.Th>
                <Table.Th>{t('dashboard.due.channel')}</Table.Th>
                <Table.Th>{t('deadlines.col.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const due = dueText(item, timeZone);
                return (
                  <Table.Tr key={item.key}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={500}>
                        {due.date}
                        {due.time && ` ${due.time}`}
                      </Text>
                      <Text size="xs" c={relativeColor(item)}>
                        {relativeDays(item, t)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {deadlineTitle(item, t)}
                      </Text>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <DeadlineKindBadge kind={item.deadlineKind} />
                        <div>
                          <DeadlineSource item={item} compact />
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm" ff="monospace">
                        {item.caseReference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {item.requestId ? (
                        <Anchor component={Link} to={`/requests/${item.requestId}`} size="sm">
                          {item.requestTitle}
                        </Anchor>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td title={item.channel ? t(`domain.channel.${item.channel}`) : undefined}>
                      {item.channel ? t(`domain.channelShort.${item.channel}`) : t('common.none')}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <DeadlineStateBadge item={item} />
                        {item.urgency && item.urgency !== 'routine' && <UrgencyBadge urgency={item.urgency} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
