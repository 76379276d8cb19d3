import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/contract/requests';
import { countryName } from '../../lib/countries';
import { formatDate, formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { useApiQuery } from '../../platform/api';
import { Field } from '../../forms/field';
import { useToday } from '../../forms/use-today';
import { DeadlineText } from './request-table';

/** Every stored field of a request, in the two columns an attaché scans: what it is, and where it stands. */
export function RequestDetails({ request: r }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const today = useToday();
  const none = t('common.none');
  const f = (key: string) => t(`requests.field.${key}`);
  const list = (items: string[], prefix: string) =>
    items.length ? items.map((i) => t(`${prefix}.${i}`)).join(', ') : none;
  // One source of truth for the preservation end: the deadline card's expiry (stated date, else computed).
  const deadlines = useApiQuery(
    'deadline:list',
    { requestId: r.id, scope: 'all', includeDone: true },
    { enabled: r.channel === 'provider' },
  );
  const expiry = deadlines.data?.items.find((d) => d.deadlineKind === 'hard_expiry' && d.state !== 'met');
  const preservedUntil = expiry?.dueDate ?? r.preservationUntil;
  const court = r.usableInCourt === null ? t('common.unknown') : t(r.usableInCourt ? 'common.yes' : 'common.no');

  const what: [string, ReactNode][] = [
    [f('channel'), t(`domain.channel.${r.channel}`)],
    [f('direction'), t(`domain.direction.${r.direction}`)],
    ...(r.kind
      ? [
          [f(r.channel === 'police' ? 'route' : 'kind'), t(`domain.kind.${r.kind}`, { defaultValue: r.kind })] as [
            string,
            ReactNode,
          ],
        ]
      : []),
    [f('counterpartCountry'), countryName(r.counterpartCountry)],
    [f('counterpartAuthority'), r.counterpartAuthority || none],
    ...(r.channel === 'provider' ? [[f('provider'), r.provider || none] as [string, ReactNode]] : []),
    [f('legalBasis'), r.legalBasis || none],
    ...(r.channel === 'rogatory' || r.channel === 'mla'
      ? [[f('assistanceTypes'), list(r.assistanceTypes, 'domain.assistance')] as [string, ReactNode]]
      : []),
    ...(r.channel === 'provider' || r.channel === 'mla'
      ? [[f('dataCategories'), list(r.dataCategories, 'domain.dataCategory')] as [string, ReactNode]]
      : []),
    ...(r.channel === 'police'
      ? ([
          [f('handlingCode'), r.handlingCode ? t(`domain.handlingCode.${r.handlingCode}`) : none],
          [f('usableInCourt'), court],
          [
            f('directlyAccessible'),
            r.directlyAccessible === null ? t('common.unknown') : t(r.directlyAccessible ? 'common.yes' : 'common.no'),
          ],
        ] as [string, ReactNode][])
      : []),
  ];
  const when: [string, ReactNode][] = [
    [f('status'), t(`domain.status.${r.status}`, { defaultValue: r.status })],
    [f('urgency'), t(`domain.urgency.${r.urgency}`)],
    [f('ourReference'), r.ourReference || none],
    [f('theirReference'), r.theirReference || none],
    [f('sentOn'), formatDate(r.sentOn) || none],
    [f('dueOn'), <DeadlineText key="due" date={r.dueOn} today={today} finished={r.finished} />],
    ...(r.channel === 'provider'
      ? [
          [
            f('preservationUntil'),
            <DeadlineText key="pres" date={preservedUntil} today={today} finished={r.finished} warnDays={14} />,
          ] as [string, ReactNode],
        ]
      : []),
    [f('respondedOn'), formatDate(r.respondedOn) || none],
    [f('closedOn'), formatDate(r.closedOn) || none],
    [t('requests.updatedAt'), `${formatInstant(r.updatedAt, timeZone)} (${timeZone})`],
  ];

  const column = (title: string, rows: [string, ReactNode][]) => (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {rows.map(([label, value]) => (
          <Field key={label} label={label}>
            {value}
          </Field>
        ))}
      </SimpleGrid>
    </Paper>
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {column(t('requests.section.what'), what)}
        {column(t('requests.section.progress'), when)}
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Title order={2} size="h4" mb="xs">
          {f('notes')}
        </Title>
        <Text size="sm" c={r.notes ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {r.notes || t('requests.noNotes')}
        </Text>
      </Paper>
    </>
  );
}
