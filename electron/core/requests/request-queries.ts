import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RequestListItem } from '../../../shared/contract/requests';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Orm } from '../db/open';
import { cases, requestContacts, requests } from '../db/schema';
import { cappedTotal, keyset } from '../paging/keyset-page';
import { likeAny } from '../sql-helpers';
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

/**
 * `walkSortIndex` keeps SQLite off the channel/status index (a unary + makes a term unindexable), so it
 * reads the sort's index in order and stops after a page of matches.
 */
function filters(input: ParsedInput<'request:list'>, now: string, walkSortIndex = false): SQL[] {
  const where: SQL[] = [];
  if (input.overdue) where.push(overdueFilter(now));
  const term = (column: SQLiteColumn): SQL => (walkSortIndex ? sql`+${column}` : sql`${column}`);
  if (input.caseId) where.push(eq(requests.caseId, input.caseId));
  if (input.channels.length > 0) where.push(inArray(term(requests.channel), input.channels));
  if (input.statuses.length > 0) where.push(inArray(term(requests.status), input.statuses));
  if (input.direction) where.push(eq(requests.direction, input.direction));
  if (input.urgencies.length > 0) where.push(inArray(requests.urgency, input.urgencies));
  if (input.counterpartCountry) where.push(eq(requests.counterpartCountry, input.counterpartCountry));
  if (input.state !== 'all') where.push(eq(requests.finished, input.state === 'finished'));
  if (input.contactId) {
    where.push(
      sql`EXISTS (SELECT 1 FROM ${requestContacts} WHERE ${requestContacts.requestId} = ${requests.id} AND ${requestContacts.contactId} = ${input.contactId})`,
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
        input.q,
      )})`,
    );
  }
  return where;
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

/** `now` (an ISO instant) tells an overdue deadline from one still ahead. */
export function listRequests(orm: Orm, input: ParsedInput<'request:list'>, now: string): ChannelOutput<'request:list'> {
  const where = filters(input, now);
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
  const select = (walk: boolean) =>
    orm
      .select({ ...requestSummaryColumns, ...nextDueColumns(now), ...page.keyColumns })
      .from(requests)
      .innerJoin(cases, eq(cases.id, requests.caseId))
      .where(and(...(walk ? filters(input, now, true) : where), page.after))
      .orderBy(...page.orderBy)
      .limit(page.fetch)
      .all();
  // Every request has its case (foreign key), so the count needs the join only to match the case reference.
  const counted = orm.select({ one: sql`1` }).from(requests);
  const count = () =>
    cappedTotal(
      orm,
      (input.q ? counted.innerJoin(cases, eq(cases.id, requests.caseId)) : counted).where(and(...where)),
    );
  // A case's or a contact's requests are read along their own index: the page comes first, and a first
  // page with no page after it is its own count (opening a case then runs one query, not two).
  if (input.caseId || input.contactId) {
    const rows = select(false);
    const total =
      input.cursor !== null ? null : rows.length < page.fetch ? { count: rows.length, atLeast: false } : count();
    const { items, nextCursor } = page.page(rows);
    return { items: items as RequestListItem[], nextCursor, total };
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
  return { items: items as RequestListItem[], nextCursor, total };
}
