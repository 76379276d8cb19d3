import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { daysBetween } from '../../../../shared/domain/dates';
import type { REQUEST_SORTS, RequestListItem } from '../../../../shared/contract/requests';
import { SortHeader } from '../../components/sort-header';
import { VirtualTable, type VirtualTableProps } from '../../components/virtual-table';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { useToday } from '../../forms/use-today';
import { RequestStatusBadge, UrgencyBadge } from '../../components/request-badges';

export type RequestSort = (typeof REQUEST_SORTS)[number];
export interface RequestSortState {
  sortBy: RequestSort;
  sortDir: 'asc' | 'desc';
  onSort: (column: RequestSort, dir: 'asc' | 'desc') => void;
}

/** A deadline still ahead of an open request is plain; past is red; a preservation about to lapse is orange. */
export function DeadlineText({
  date,
  today,
  finished,
  warnDays = 0,
}: {
  date: string | null;
  today: string;
  finished: boolean;
  warnDays?: number;
}) {
  const { t } = useTranslation();
  if (!date) return <>{t('common.none')}</>;
  const left = daysBetween(today, date);
  const color = finished ? undefined : left < 0 ? 'red' : left <= warnDays ? 'orange' : undefined;
  return (
    <Text
      span
      inherit
      c={color}
      fw={color ? 600 : undefined}
      title={color === 'red' ? t('requests.overdue') : undefined}
    >
      {formatDate(date)}
    </Text>
  );
}

/** The next deadline of the request, whatever set it, with a mark a colour-blind reader sees too when it is past. */
function NextDue({ item, today }: { item: RequestListItem; today: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" title={item.nextDueTitle ?? undefined}>
      <DeadlineText date={item.nextDueDate} today={today} finished={item.finished} />
      {item.overdue && (
        <Badge size="xs" color="red" variant="filled">
          {t('requests.overdue')}
        </Badge>
      )}
    </Group>
  );
}

export function RequestTable({
  items,
  variant,
  sort,
  maxHeight,
  rowCount,
  onEndReached,
  loadingMore,
}: {
  items: RequestListItem[];
  variant: 'list' | 'case';
  sort?: RequestSortState;
} & Pick<VirtualTableProps<RequestListItem>, 'maxHeight' | 'rowCount' | 'onEndReached' | 'loadingMore'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const head = (column: RequestSort | null, label: string): ReactNode =>
    sort && column ? (
      <SortHeader key={label} column={column} {...sort}>
        {label}
      </SortHeader>
    ) : (
      <Table.Th key={label}>{label}</Table.Th>
    );
  const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

  return (
    <VirtualTable
      items={items}
      rowKey={(r) => r.id}
      label={t('requests.listLabel')}
      maxHeight={maxHeight}
      rowCount={rowCount}
      onEndReached={onEndReached}
      loadingMore={loadingMore}
      onOpen={(r) => void navigate(`/requests/${r.id}`)}
      minWidth={1000}
      widths={
        variant === 'list'
          ? [136, undefined, 96, 60, 140, 100, 100, 100, 104]
          : [undefined, 96, 60, 140, 100, 100, 100, 150]
      }
      head={
        <>
          {variant === 'list' && head('caseReference', t('requests.col.case'))}
          {head(null, t('requests.col.title'))}
          {head('channel', t('requests.col.channel'))}
          {head(null, t('requests.col.country'))}
          {head('status', t('requests.col.status'))}
          {head('urgency', t('requests.col.urgency'))}
          {head('sentOn', t('requests.col.sent'))}
          {head('dueOn', t('requests.col.due'))}
          {variant === 'list' ? head(null, t('requests.col.preservationUntil')) : head(null, t('requests.col.refs'))}
        </>
      }
      cells={(r) => (
        <>
          {variant === 'list' && (
            <Table.Td style={nowrap}>
              <Anchor component={Link} to={`/cases/${r.caseId}`} inherit title={r.caseTitle} tabIndex={-1}>
                {r.caseReference}
              </Anchor>
            </Table.Td>
          )}
          <Table.Td>
            <Anchor
              component={Link}
              to={`/requests/${r.id}`}
              inherit
              fw={500}
              lineClamp={r.direction === 'incoming' ? 1 : 2}
              title={r.title}
              tabIndex={-1}
            >
              {r.title}
            </Anchor>
            {r.direction === 'incoming' && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {t('domain.direction.incoming')}
              </Text>
            )}
          </Table.Td>
          <Table.Td title={t(`domain.channel.${r.channel}`)}>
            <Text inherit style={nowrap}>
              {t(`domain.channelShort.${r.channel}`)}
            </Text>
            {r.kind && (
              <Text size="xs" c="dimmed" style={nowrap}>
                {t(`domain.kind.${r.kind}`, { defaultValue: r.kind })}
              </Text>
            )}
          </Table.Td>
          <Table.Td
            title={[countryName(r.counterpartCountry), r.counterpartAuthority].filter(Boolean).join(' · ')}
            style={nowrap}
          >
            {r.counterpartCountry}
          </Table.Td>
          <Table.Td>
            <RequestStatusBadge status={r.status} finished={r.finished} />
          </Table.Td>
          <Table.Td>
            <UrgencyBadge urgency={r.urgency} />
          </Table.Td>
          <Table.Td style={nowrap}>{formatDate(r.sentOn) || t('common.none')}</Table.Td>
          <Table.Td style={nowrap}>
            <NextDue item={r} today={today} />
          </Table.Td>
          {variant === 'list' ? (
            <Table.Td style={nowrap}>
              <DeadlineText date={r.preservationUntil} today={today} finished={r.finished} warnDays={14} />
            </Table.Td>
          ) : (
            <Table.Td>
              <Text size="xs" ff="monospace" style={nowrap}>
                {r.ourReference || t('common.none')}
              </Text>
              <Text size="xs" ff="monospace" c="dimmed" style={nowrap}>
                {r.theirReference || t('common.none')}
              </Text>
            </Table.Td>
          )}
        </>
      )}
    />
  );
}
