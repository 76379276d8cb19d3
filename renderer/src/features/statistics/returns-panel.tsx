import {
  Alert,
  Anchor,
  Badge,
  Group,
  List,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/ipc-contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';

type Field = ChannelOutput<'stats:return'>['fields'][number];
const STATE_COLOR = { computed: 'green', incomplete: 'orange', not_recorded: 'gray' } as const;

function cellText(t: ReturnType<typeof useTranslation>['t'], key: string, value: string): string {
  if (value === '-') return t('statistics.none');
  switch (key) {
    case 'requestingState':
      return countryName(value);
    case 'ground':
      return t(`workflow.option.refusalGround.${value}`, { defaultValue: value });
    case 'dataType':
      return value
        .split('+')
        .map((c) => t(`domain.dataCategory.${c}`, { defaultValue: c }))
        .join(' + ');
    case 'emergency':
    case 'urgent':
    case 'fulfilled':
      return t(value === 'yes' ? 'common.yes' : 'common.no');
    case 'measure':
      return t(`statistics.figures.${value === 'received' ? 'count' : 'answered'}`);
    default:
      return value;
  }
}

function FieldCard({ kind, field }: { kind: string; field: Field }) {
  const { t } = useTranslation();
  const columns = [...new Set(field.cells.flatMap((c) => Object.keys(c.keys)))];
  const title = t(`statistics.returns.field.${kind}.${field.id}`);
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Badge color={STATE_COLOR[field.state]} variant="light">
          {t(`statistics.returns.state.${field.state}`)}
        </Badge>
      </Group>
      {field.state === 'not_recorded' ? (
        <Text fz="sm" c="dimmed">
          {t('statistics.returns.notRecorded')}
        </Text>
      ) : field.cells.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('statistics.returns.noCells')}
        </Text>
      ) : (
        <Table fz="xs" striped verticalSpacing={3}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c}>{t(`statistics.returns.keys.${c}`)}</Table.Th>
              ))}
              <Table.Th ta="right">
                {field.measure === 'meanDays' ? t('statistics.returns.meanDays') : t('statistics.returns.value')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {field.cells.map((cell) => (
              <Table.Tr key={JSON.stringify(cell.keys)}>
                {columns.map((c) => (
                  <Table.Td key={c}>{cellText(t, c, cell.keys[c] ?? '-')}</Table.Td>
                ))}
                <Table.Td ta="right">{cell.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {field.missing.length > 0 ? (
        <Alert color={field.state === 'not_recorded' ? 'gray' : 'orange'} variant="light" mt="xs" p="xs">
          <Text fz="xs" mb={4}>
            {t('statistics.returns.lacking', { count: field.missing.length })}
          </Text>
          <List size="xs" spacing={2}>
            {field.missing.slice(0, 20).map((m) => (
              <List.Item key={`${m.id}:${m.fact}`}>
                <Anchor component={Link} to={`/requests/${m.id}`} fz="xs">
                  {m.title}
                </Anchor>{' '}
                — {t(`statistics.returns.fact.${m.fact}`)} ({t('statistics.returns.fix')})
              </List.Item>
            ))}
          </List>
          {field.missing.length > 20 ? <Text fz="xs">+ {field.missing.length - 20}</Text> : null}
        </Alert>
      ) : null}
    </Paper>
  );
}

/** The two official returns for a calendar year, field by field, with what keeps a field from being computed. */
export function ReturnsPanel({ thisYear }: { thisYear: number }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'reg1543' | 'dir977'>('reg1543');
  const [year, setYear] = useState(thisYear);
  const query = useApiQuery('stats:return', { kind, year });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          value={kind}
          onChange={setKind}
          data={[
            { value: 'reg1543', label: t('statistics.returns.reg1543') },
            { value: 'dir977', label: t('statistics.returns.dir977') },
          ]}
        />
        <Select
          w={110}
          size="sm"
          label={t('statistics.returns.year')}
          data={years}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
        />
      </Group>
      <ApiErrorAlert error={query.error} />
      {query.isPending ? <Loader /> : null}
      {query.data ? (
        <>
          <Text fz="sm" c="dimmed">
            {t('statistics.returns.scope', {
              count: query.data.inScope,
              pending: query.data.pending,
              from: formatDate(query.data.from),
              to: formatDate(query.data.to),
            })}
          </Text>
          {query.data.fields.map((field) => (
            <FieldCard key={field.id} kind={kind} field={field} />
          ))}
        </>
      ) : null}
    </Stack>
  );
}
