import { Anchor, Badge, Paper, Table, Text, Title, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueItem } from '../../../../shared/contract/dashboard';
import { formatDate } from '../../lib/format';

// Badges clip their label rather than grow; in an auto-layout table they must keep their full width.
const KEEP_WIDTH = { minWidth: 'max-content' } as const;
const URGENCY_COLOR = { routine: 'gray', urgent: 'orange', emergency: 'red' } as const;

export function DueList({
  id,
  title,
  items,
  empty,
  icon,
}: {
  id: string;
  title: string;
  items: DueItem[];
  empty: string;
  icon: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="xs">
        {icon}
        <Title order={4} id={id}>
          {title}
        </Title>
        <Badge variant="light" color={items.length > 0 ? 'indigo' : 'gray'}>
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.due.date')}</Table.Th>
                <Table.Th>{t('dashboard.due.what')}</Table.Th>
                <Table.Th>{t('dashboard.due.case')}</Table.Th>
                <Table.Th>{t('dashboard.due.request')}</Table.Th>
                <Table.Th>{t('dashboard.due.channel')}</Table.Th>
                <Table.Th>{t('dashboard.due.status')}</Table.Th>
                <Table.Th>{t('dashboard.due.urgency')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.requestId}-${item.dateKind}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={500}>
                      {formatDate(item.date)}
                    </Text>
                    <Text size="xs" c={item.daysLeft < 0 ? 'red.7' : item.daysLeft <= 1 ? 'orange.8' : 'dimmed'}>
                      {relative(item.daysLeft, t)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="outline"
                      tt="none"
                      style={KEEP_WIDTH}
                      color={item.dateKind === 'preservation' ? 'grape' : 'blue'}
                    >
                      {t(`dashboard.due.kind.${item.dateKind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm" ff="monospace">
                      {item.caseReference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/requests/${item.requestId}`} size="sm">
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td title={t(`domain.channel.${item.channel}`)}>
                    {t(`domain.channelShort.${item.channel}`)}
                  </Table.Td>
                  <Table.Td>{t(`domain.status.${item.status}`, { defaultValue: item.status })}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      tt="none"
                      style={KEEP_WIDTH}
                      color={URGENCY_COLOR[item.urgency]}
                      variant={item.urgency === 'routine' ? 'light' : 'filled'}
                    >
                      {t(`domain.urgencyShort.${item.urgency}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function relative(daysLeft: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (daysLeft < 0) return t('dashboard.due.overdueBy', { count: -daysLeft });
  if (daysLeft === 0) return t('dashboard.due.today');
  return t('dashboard.due.inDays', { count: daysLeft });
}
