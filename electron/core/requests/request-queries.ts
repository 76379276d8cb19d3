import { and, eq, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { RequestListItem } from '../../../shared/contract/requests';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Orm } from '../db/open';
import { cases, requestContacts, requests } from '../db/schema';
import { TOTAL_CAP } from '../../../shared/contract/keyset';
import { keyset, totalOf } from '../paging/keyset-page';
import { preparedCount, preparedRows, preparedShapes } from '../prepared';
import { containsPattern, likeAny } from '../sql-helpers';
import { nextDueColumns, overdueFilter } from './request-next-due';

export const requestSummaryColumns = {
  id: requests.id,
  caseId: requests.caseId,
  caseReference: cases.reference,
  caseTitle: cases.title,
  channel: requests.channel,
  direction: requests.direction,
  kind: requests.kind,
  title: requests.title,
  counterpartCountry: requests.counterpartCountry,
  counterpartAuthority: requests.counterpartAuthority,
  provider: requests.provider,
  urgency: requests.urgency,
  status: requests.status,
  finished: requests.finished,
  ourReference: requests.ourReference,
  theirReference: requests.theirReference,
  sentOn: requests.sentOn,
  dueOn: requests.dueOn,
  preservationUntil: requests.preservationUntil,
  updatedAt: requests.updatedAt,
};

const urgencyRank = sql`CASE ${requests.urgency} WHEN 'emergency' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END`;

type ListInput = ParsedInput<'request:list'>;

const p = (name: string) => sql.placeholder(name);

/** One filter set on a call: its part of the statement's shape, the values it binds, and its SQL. */
interface ActiveFilter {
  token: string;
  values: Record<string, unknown>;
  where: (walkSortIndex: boolean) => SQL;
}

/**
 * The call's filters, each written once with its placeholders and their values, so the statement is
 * prepared once per shape: which filters are set, and how many values a multi-choice holds, shape the
 * SQL; the values only fill it. `walkSortIndex` keeps SQLite off the channel/status index (a unary +
 * makes a term unindexable), so it reads the sort's index in order and stops after a page of matches.
 */
function activeFilters(input: ListInput): ActiveFilter[] {
  const on: ActiveFilter[] = [];
  const one = (name: string, value: unknown, where: (value: Placeholder) => SQL) =>
    on.push({ token: name, values: { [name]: value }, where: () => where(p(name)) });
  const many = (name: string, values: readonly unknown[], column: SQLiteColumn, unindexable = false) =>
    on.push({
      token: `${name}${values.length}`,
      values: Object.fromEntries(values.map((value, i) => [`${name}${i}`, value])),
      where: (walk) =>
        inArray(
          walk && unindexable ? sql`+${column}` : sql`${column}`,
          values.map((_, i) => p(`${name}${i}`)),
        ),
    });
  if (input.overdue) on.push({ token: 'overdue', values: {}, where: () => overdueFilter(p('now')) });
  if (input.caseId) one('caseId', input.caseId, (v) => eq(requests.caseId, v));
  if (input.channels.length > 0) many('channel', input.channels, requests.channel, true);
  if (input.statuses.length > 0) many('status', input.statuses, requests.status, true);
  if (input.direction) one('direction', input.direction, (v) => eq(requests.direction, v));
  if (input.urgencies.length > 0) many('urgency', input.urgencies, requests.urgency);
  if (input.counterpartCountry) one('country', input.counterpartCountry, (v) => eq(requests.counterpartCountry, v));
  // A placeholder skips the column's encoder: the flag goes in as SQLite stores it.
  if (input.state !== 'all') one('finished', input.state === 'finished' ? 1 : 0, (v) => eq(requests.finished, v));
  if (input.contactId) {
    one(
      'contactId',
      input.contactId,
      (v) =>
        sql`EXISTS (SELECT 1 FROM ${requestContacts} WHERE ${requestContacts.requestId} = ${requests.id} AND ${requestContacts.contactId} = ${v})`,
    );
  }
  if (input.q) {
    one(
      'q',
      containsPattern(input.q),
      (v) =>
        sql`(${likeAny(
          [
            sql`${requests.title}`,
            sql`${requests.ourReference}`,
            sql`${requests.theirReference}`,
            sql`${requests.provider}`,
            sql`${requests.counterpartAuthority}`,
            sql`${cases.reference}`,
          ],
          v,
        )})`,
    );
  }
  return on;
}

const SORTS: Record<ParsedInput<'request:list'>['sortBy'], { expr: SQL; nullable?: boolean }[]> = {
  dueOn: [{ expr: sql`${requests.dueOn} IS NULL` }, { expr: sql`${requests.dueOn}`, nullable: true }],
  updatedAt: [{ expr: sql`${requests.updatedAt}` }],
  sentOn: [{ expr: sql`${requests.sentOn} IS NULL` }, { expr: sql`${requests.sentOn}`, nullable: true }],
  status: [{ expr: sql`${requests.status}` }],
  channel: [{ expr: sql`${requests.channel}` }],
  caseReference: [{ expr: sql`${cases.reference}` }],
  urgency: [{ expr: urgencyRank }],
};

/** Sorts an index serves in order (requests_updated_idx, requests_due_sort_idx). */
const INDEXED_SORTS = new Set<ParsedInput<'request:list'>['sortBy']>(['updatedAt', 'dueOn']);
const WALK = 'walk';

type Row = RequestListItem & Record<`sortKey${number}`, unknown>;

/** A list statement's rows as SQLite gives them: flags come back 0/1. */
const decoded = (rows: Row[]) => {
  for (const row of rows) {
    row.finished = Boolean(row.finished);
    row.overdue = Boolean(row.overdue);
  }
  return rows;
};

// Scrolling the list runs the same few shapes again and again: each one is built and prepared once per
// connection (drizzle's build and SQLite's prepare cost as much as reading a page, issue 17).
const pageStatements = preparedShapes<(values: Record<string, unknown>) => Row[]>();
const countStatements = preparedShapes<(values: Record<string, unknown>) => number>();

/** `now` (an ISO instant) tells an overdue deadline from one still ahead. */
export function listRequests(orm: Orm, input: ListInput, now: string): ChannelOutput<'request:list'> {
  const dir = input.sortDir;
  // "No date" sorts last either way: the IS NULL key always goes ascending.
  const keys = SORTS[input.sortBy].map(
    (key, i, all) => ({ ...key, dir: all.length > 1 && i === 0 ? 'asc' : dir }) as const,
  );
  const page = keyset({
    sort: `request:${input.sortBy}:${dir}`,
    keys,
    id: requests.id,
    idDir: dir,
    cursor: input.cursor,
    limit: input.limit,
  });
  const after = page.afterPlaceholders();
  const filters = activeFilters(input);
  const where = (walk: boolean) => filters.map((filter) => filter.where(walk));
  const shape = filters.map((filter) => filter.token).join('.');
  const values: Record<string, unknown> = { now, fetch: page.fetch, ...after?.values };
  for (const filter of filters) Object.assign(values, filter.values);
  const select = (walk: boolean) =>
    decoded(
      pageStatements(orm, [shape, input.sortBy, dir, after?.shape ?? '-', walk ? 'walk' : ''].join('|'), () =>
        preparedRows<Row>(
          orm,
          orm
            .select({ ...requestSummaryColumns, ...nextDueColumns(p('now')), ...page.keyColumns })
            .from(requests)
            .innerJoin(cases, eq(cases.id, requests.caseId))
            .where(and(...where(walk), after?.condition))
            .orderBy(...page.orderBy)
            .limit(p('fetch')),
        ),
      )(values),
    );
  // Every request has its case (foreign key), so the count needs the join only to match the case reference.
  const count = () => {
    const counted = countStatements(orm, shape, () => {
      const from = orm.select({ one: sql`1` }).from(requests);
      return preparedCount(orm, [
        (input.q ? from.innerJoin(cases, eq(cases.id, requests.caseId)) : from)
          .where(and(...where(false)))
          .limit(TOTAL_CAP + 1),
      ]);
    });
    return totalOf(counted(values));
  };
  // A case's or a contact's requests are read along their own index: the page comes first, and a first
  // page with no page after it is its own count (opening a case then runs one query, not two).
  if (input.caseId || input.contactId) {
    const rows = select(false);
    const total =
      input.cursor !== null ? null : rows.length < page.fetch ? { count: rows.length, atLeast: false } : count();
    const { items, nextCursor } = page.page(rows);
    return { items, nextCursor, total };
  }
  const total = input.cursor === null ? count() : null;
  // A channel/status filter matching thousands of rows is read fastest along the sort's index (a page of
  // matches turns up within a few hundred rows); through the channel/status index SQLite would gather
  // and sort every match first. Fewer matches than the count's cap: the other way round. The first
  // page's count decides, and the cursor carries the choice to the pages after it.
  const broad = total ? total.atLeast : page.hint === WALK;
  const walk = broad && INDEXED_SORTS.has(input.sortBy);
  const rows = select(walk);
  const { items, nextCursor } = page.page(rows, walk ? WALK : undefined);
  return { items, nextCursor, total };
}
