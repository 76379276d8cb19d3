import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
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
const each = (name: string, values: readonly unknown[]) => values.map((_, i) => p(`${name}${i}`));

/**
 * The filters with every value a placeholder, so the statement is prepared once per shape. Which
 * filters are set, and how many values a multi-choice holds, shape the SQL; `filterValues` fills it.
 * `walkSortIndex` keeps SQLite off the channel/status index (a unary + makes a term unindexable), so it
 * reads the sort's index in order and stops after a page of matches.
 */
function filters(input: ListInput, walkSortIndex = false): SQL[] {
  const where: SQL[] = [];
  if (input.overdue) where.push(overdueFilter(p('now')));
  const term = (column: SQLiteColumn): SQL => (walkSortIndex ? sql`+${column}` : sql`${column}`);
  if (input.caseId) where.push(eq(requests.caseId, p('caseId')));
  if (input.channels.length > 0) where.push(inArray(term(requests.channel), each('channel', input.channels)));
  if (input.statuses.length > 0) where.push(inArray(term(requests.status), each('status', input.statuses)));
  if (input.direction) where.push(eq(requests.direction, p('direction')));
  if (input.urgencies.length > 0) where.push(inArray(requests.urgency, each('urgency', input.urgencies)));
  if (input.counterpartCountry) where.push(eq(requests.counterpartCountry, p('country')));
  if (input.state !== 'all') where.push(eq(requests.finished, p('finished')));
  if (input.contactId) {
    where.push(
      sql`EXISTS (SELECT 1 FROM ${requestContacts} WHERE ${requestContacts.requestId} = ${requests.id} AND ${requestContacts.contactId} = ${p('contactId')})`,
    );
  }
  if (input.q) {
    where.push(
      sql`(${likeAny(
        [
          sql`${requests.title}`,
          sql`${requests.ourReference}`,
          sql`${requests.theirReference}`,
          sql`${requests.provider}`,
          sql`${requests.counterpartAuthority}`,
          sql`${cases.reference}`,
        ],
        p('q'),
      )})`,
    );
  }
  return where;
}

const named = (name: string, values: readonly unknown[]) =>
  Object.fromEntries(values.map((value, i) => [`${name}${i}`, value]));

function filterValues(input: ListInput, now: string): Record<string, unknown> {
  return {
    now,
    caseId: input.caseId,
    ...named('channel', input.channels),
    ...named('status', input.statuses),
    direction: input.direction,
    ...named('urgency', input.urgencies),
    country: input.counterpartCountry,
    // A placeholder skips the column's encoder: the flag goes in as SQLite stores it.
    finished: input.state === 'finished' ? 1 : 0,
    contactId: input.contactId,
    q: input.q ? containsPattern(input.q) : undefined,
  };
}

/** Everything about a call that changes its SQL text (not its values). */
const filterShape = (input: ListInput) =>
  [
    input.overdue ? 'o' : '',
    input.caseId ? 'c' : '',
    input.channels.length,
    input.statuses.length,
    input.direction ? 'd' : '',
    input.urgencies.length,
    input.counterpartCountry ? 'k' : '',
    input.state === 'all' ? '' : 's',
    input.contactId ? 'p' : '',
    input.q ? 'q' : '',
  ].join('.');

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
  const shape = filterShape(input);
  const values = { ...filterValues(input, now), ...after?.values, fetch: page.fetch };
  const select = (walk: boolean) =>
    decoded(
      pageStatements(orm, [shape, input.sortBy, dir, after?.shape ?? '-', walk ? 'walk' : ''].join('|'), () =>
        preparedRows<Row>(
          orm,
          orm
            .select({ ...requestSummaryColumns, ...nextDueColumns(p('now')), ...page.keyColumns })
            .from(requests)
            .innerJoin(cases, eq(cases.id, requests.caseId))
            .where(and(...filters(input, walk), after?.condition))
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
          .where(and(...filters(input)))
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
