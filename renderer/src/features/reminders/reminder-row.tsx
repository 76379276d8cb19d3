import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { DeadlineActions } from '../deadlines/deadline-actions';
import { DeadlineStateBadge } from '../deadlines/deadline-badges';
import { dueText, relativeColor, relativeDays, deadlineTitle } from '../deadlines/deadline-format';
import { DeadlineSource } from '../deadlines/deadline-source';

export function ReminderRow({
  item,
  timeZone,
  onSnooze,
}: {
  item: DeadlineItem;
  timeZone: string;
  onSnooze: (item: DeadlineItem) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const due = dueText(item, timeZone);
  const target = item.requestId ? `/requests/${item.requestId}` : `/cases/${item.caseId}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {due.date}
          {due.time && ` ${due.time}`}
        </Text>
        <Text size="xs" c={relativeColor(item)}>
          {relativeDays(item, t)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {deadlineTitle(item, t)}
        </Text>
        <DeadlineSource item={item} compact />
      </Table.Td>
      <Table.Td>
        {item.requestId ? (
          <Anchor component={Link} to={target} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.requestTitle}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reminders.caseLevel')}
          </Text>
        )}
      </Table.Td>
      <Table.Td title={item.channel ? t(`domain.channel.${item.channel}`) : undefined}>
        {item.channel ? t(`domain.channelShort.${item.channel}`) : t('common.none')}
      </Table.Td>
      <Table.Td>
        <DeadlineStateBadge item={item} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('reminders.openLabel', { title: item.requestTitle ?? item.caseReference })}
            onClick={() => void navigate(target)}
          >
            {t('reminders.open')}
          </Button>
          <DeadlineActions item={item} onSnooze={onSnooze} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
