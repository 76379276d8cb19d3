/**
 * The two official returns, computed from recorded requests. Each field says where its figures come
 * from; a field whose fact Legat does not hold, or that some requests lack, says so and names them
 * (electron/core/statistics/DECISIONS.md maps every field to the record).
 */
import { daysBetween } from '../dates';
import { isEuMemberState } from '../deadlines/eu';
import { groupBy, turnaroundDays, type StatRow } from './aggregate';

export interface ReturnRow extends StatRow {
  title: string;
  refusalGround: string | null;
  /** When the production request that followed a preservation was sent (request links). */
  followUpOn: string | null;
}

export const RETURN_KINDS = ['reg1543', 'dir977'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

/** The fact a request lacks for a field; the renderer words it and links to the request. */
export type MissingFact =
  | 'dataCategory'
  | 'provider'
  | 'refusalGround'
  | 'answeredOn'
  | 'followUp'
  | 'priorValidation'
  | 'enforcingNotification'
  | 'delayReason';

export interface ReturnCell {
  /** The breakdown, as dimension → key (e.g. { order: 'EPOC', dataType: 'content' }). */
  keys: Record<string, string>;
  value: number;
}

export interface ReturnField {
  /** The point of the article: 'a', 'b'… */
  id: string;
  /** computed: every figure is from the record; incomplete: some requests lack a fact; not_recorded: Legat holds no such fact. */
  state: 'computed' | 'incomplete' | 'not_recorded';
  /** 'count' or 'meanDays'. */
  measure: 'count' | 'meanDays';
  cells: ReturnCell[];
  missing: { id: number; title: string; fact: MissingFact }[];
}

export interface OfficialReturn {
  kind: ReturnKind;
  year: number;
  /** First and last day counted (Reg. 2023/1543 statistics start on 18 Aug 2026). */
  from: string;
  to: string;
  /** Requests counted in the return, and those of the year still awaiting an answer. */
  inScope: number;
  pending: number;
  fields: ReturnField[];
}

/** The day Member States start collecting Reg. 2023/1543 statistics (art. 28(2)). */
export const REG_1543_STATISTICS_FROM = '2026-08-18';

export const EPOC_KINDS: readonly string[] = ['content_legal_process', 'emergency_disclosure'];
export const EPOC_PR_KINDS: readonly string[] = ['preservation'];
const FULFILLED = ['fulfilled', 'partial', 'preserved'];
const NOT_FULFILLED = ['refused', 'no_data', 'withdrawn'];
/** Traffic and content data need the enforcing State to be notified (art. 8(1)); subscriber data do not. */
const NOTIFIED_CATEGORIES = ['traffic', 'content'];

const isEmergency = (row: StatRow) => row.urgency === 'emergency' || row.kind === 'emergency_disclosure';
const order = (row: StatRow) => (EPOC_PR_KINDS.includes(row.kind ?? '') ? 'EPOC-PR' : 'EPOC');
const dataType = (row: StatRow) => (row.categories.length === 0 ? '-' : [...row.categories].sort().join('+'));

function field(
  id: string,
  cells: ReturnCell[],
  missing: ReturnField['missing'],
  measure: ReturnField['measure'] = 'count',
): ReturnField {
  return { id, state: missing.length > 0 ? 'incomplete' : 'computed', measure, cells, missing };
}

function notRecorded(id: string, missing: ReturnField['missing'] = []): ReturnField {
  return { id, state: 'not_recorded', measure: 'count', cells: [], missing };
}

/** Counts (or mean days) per combination of keys, in a stable order. */
function tally(
  rows: readonly ReturnRow[],
  keysOf: (row: ReturnRow) => Record<string, string>,
  measure: ReturnField['measure'] = 'count',
): ReturnCell[] {
  const groups = groupBy(rows, (row) => JSON.stringify(keysOf(row)));
  return [...groups.entries()]
    .map(([json, list]) => {
      if (measure === 'count') return { keys: JSON.parse(json) as Record<string, string>, value: list.length };
      const days = list.map(turnaroundDays).filter((d): d is number => d !== null);
      const mean = days.reduce((s, d) => s + d, 0) / days.length;
      return { keys: JSON.parse(json) as Record<string, string>, value: Math.round(mean * 10) / 10 };
    })
    .sort(byKeys);
}

/** Code-point order of the keys: the same on every machine, whatever its locale. */
function byKeys(a: ReturnCell, b: ReturnCell): number {
  const x = JSON.stringify(a.keys);
  const y = JSON.stringify(b.keys);
  return x < y ? -1 : x > y ? 1 : 0;
}

const lacking = (rows: readonly ReturnRow[], fact: MissingFact) =>
  rows.map((row) => ({ id: row.id, title: row.title, fact }));

/**
 * Reg. (EU) 2023/1543 art. 28(2): the orders this office issued (outgoing provider requests to a
 * provider in another Member State, sent in the year): EPOCs are production orders (content by legal
 * process, emergency disclosure), EPOC-PRs preservation orders; voluntary requests are neither.
 */
export function reg1543Return(rows: readonly ReturnRow[], year: number, homeCountry: string): OfficialReturn {
  const from = `${year}-01-01` < REG_1543_STATISTICS_FROM ? REG_1543_STATISTICS_FROM : `${year}-01-01`;
  const to = `${year}-12-31`;
  const orders = isEuMemberState(homeCountry)
    ? rows.filter(
        (row) =>
          row.channel === 'provider' &&
          row.direction === 'outgoing' &&
          isEuMemberState(row.country) &&
          [...EPOC_KINDS, ...EPOC_PR_KINDS].includes(row.kind ?? '') &&
          row.sentOn !== null &&
          row.sentOn >= from &&
          row.sentOn <= to,
      )
    : [];
  const byTypeAddresseeSituation = (row: ReturnRow) => ({
    order: order(row),
    dataType: dataType(row),
    addressee: row.provider.trim() || '-',
    emergency: isEmergency(row) ? 'yes' : 'no',
  });
  const noType = orders.filter((row) => row.categories.length === 0);
  const noAddressee = orders.filter((row) => row.provider.trim() === '');
  const breakdownGaps = [...lacking(noType, 'dataCategory'), ...lacking(noAddressee, 'provider')];

  const epocs = orders.filter((row) => order(row) === 'EPOC');
  const answered = orders.filter((row) => row.outcome !== null && row.outcome !== 'pending');
  const fulfilledOrNot = answered.filter((row) => [...FULFILLED, ...NOT_FULFILLED].includes(row.outcome!));
  const refusedEpocs = epocs.filter((row) => NOT_FULFILLED.includes(row.outcome ?? ''));
  const fulfilledEpocs = epocs.filter((row) => FULFILLED.includes(row.outcome ?? ''));
  const fulfilledPreservations = orders.filter((row) => order(row) === 'EPOC-PR' && row.outcome === 'preserved');

  const fields: ReturnField[] = [
    field('a', tally(orders, byTypeAddresseeSituation), breakdownGaps),
    // Issued without prior validation in an emergency (art. 4(5)): Legat records the emergency, not the validation.
    notRecorded('b', lacking(epocs.filter(isEmergency), 'priorValidation')),
    field(
      'c',
      tally(fulfilledOrNot, (row) => ({
        ...byTypeAddresseeSituation(row),
        fulfilled: FULFILLED.includes(row.outcome!) ? 'yes' : 'no',
      })),
      breakdownGaps,
    ),
    field(
      'd',
      tally(refusedEpocs, (row) => ({ ...byTypeAddresseeSituation(row), ground: row.refusalGround ?? '-' })),
      [
        ...lacking(
          refusedEpocs.filter((row) => row.refusalGround === null),
          'refusalGround',
        ),
        // The notifications to the enforcing authority (art. 8) are not recorded: the orders that needed one.
        ...lacking(
          epocs.filter((row) => row.categories.some((c) => NOTIFIED_CATEGORIES.includes(c))),
          'enforcingNotification',
        ),
      ],
    ),
    field(
      'e',
      tally(
        fulfilledEpocs.filter((row) => turnaroundDays(row) !== null),
        byTypeAddresseeSituation,
        'meanDays',
      ),
      lacking(
        fulfilledEpocs.filter((row) => turnaroundDays(row) === null),
        'answeredOn',
      ),
      'meanDays',
    ),
    // (f) is the mean from the preservation order to the production request that followed it.
    field(
      'f',
      meanFollowUp(fulfilledPreservations.filter((row) => row.followUpOn !== null)),
      lacking(
        fulfilledPreservations.filter((row) => row.followUpOn === null),
        'followUp',
      ),
      'meanDays',
    ),
    notRecorded('g'),
    notRecorded('h'),
    notRecorded('i'),
    notRecorded('j'),
  ];
  return {
    kind: 'reg1543',
    year,
    from,
    to,
    inScope: orders.length,
    pending: orders.length - answered.length,
    fields,
  };
}

function meanFollowUp(rows: readonly ReturnRow[]): ReturnCell[] {
  const groups = groupBy(rows, (row) =>
    JSON.stringify({ dataType: dataType(row), addressee: row.provider.trim() || '-' }),
  );
  return [...groups.entries()]
    .map(([json, list]) => {
      const days = list.map((row) => Math.max(0, daysBetween(row.sentOn!, row.followUpOn!)));
      return {
        keys: JSON.parse(json) as Record<string, string>,
        value: Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10,
      };
    })
    .sort(byKeys);
}

const isUrgent = (row: StatRow) => row.urgency !== 'routine';

/**
 * Dir. (EU) 2023/977 art. 18(2): police-to-police requests exchanged with other Member States in the
 * year (by the date sent, or recorded for a request received).
 */
export function dir977Return(rows: readonly ReturnRow[], year: number, homeCountry: string): OfficialReturn {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const exchanged = isEuMemberState(homeCountry)
    ? rows.filter(
        (row) => row.channel === 'police' && isEuMemberState(row.country) && row.onDate >= from && row.onDate <= to,
      )
    : [];
  const sent = exchanged.filter((row) => row.direction === 'outgoing');
  const received = exchanged.filter((row) => row.direction === 'incoming');
  const answered = received.filter((row) => row.outcome === 'fulfilled' || row.outcome === 'partial');
  const refused = received.filter((row) => row.outcome === 'refused');
  const situation = (row: ReturnRow) => ({ urgent: isUrgent(row) ? 'yes' : 'no', requestingState: row.country });
  const fields: ReturnField[] = [
    field('a', [{ keys: {}, value: sent.length }], []),
    field(
      'b',
      [
        ...tally(received, (row) => ({ measure: 'received', ...situation(row) })),
        ...tally(answered, (row) => ({ measure: 'answered', ...situation(row) })),
      ],
      [],
    ),
    field(
      'c',
      tally(refused, (row) => ({ requestingState: row.country, ground: row.refusalGround ?? '-' })),
      lacking(
        refused.filter((row) => row.refusalGround === null),
        'refusalGround',
      ),
    ),
    // Why an answer was late (a judicial authorisation under art. 5(2)) is not recorded: the late answers lack it.
    notRecorded(
      'd',
      lacking(
        received.filter((row) => row.onTime === 0),
        'delayReason',
      ),
    ),
  ];
  return {
    kind: 'dir977',
    year,
    from,
    to,
    inScope: exchanged.length,
    pending: received.filter((row) => row.outcome === null).length,
    fields,
  };
}
