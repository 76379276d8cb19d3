import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RequestSummary } from '../../../shared/contract/requests';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { cases, requestContacts, requests } from '../db/schema';
import { likeAny, offsetOf } from '../sql-helpers';

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

function filters(input: ParsedInput<'request:list'>): SQL[] {
  const where: SQL[] = [];
  if (input.caseId) where.push(eq(requests.caseId, input.caseId));
  if (input.channels.length > 0) where.push(inArray(requests.channel, input.channels));
  if (input.statuses.length > 0) where.push(inArray(requests.status, input.statuses));
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

const SORTS: Record<ParsedInput<'request:list'>['sortBy'], SQL[]> = {
  dueOn: [sql`${requests.dueOn} IS NULL`, sql`${requests.dueOn}`],
  updatedAt: [sql`${requests.updatedAt}`],
  sentOn: [sql`${requests.sentOn} IS NULL`, sql`${requests.sentOn}`],
  status: [sql`${requests.status}`],
  channel: [sql`${requests.channel}`],
  caseReference: [sql`${cases.reference}`],
  urgency: [urgencyRank],
};

export function listRequests(orm: Orm, input: ParsedInput<'request:list'>): ChannelOutput<'request:list'> {
  const where = and(...filters(input));
  const direction = input.sortDir === 'asc' ? asc : desc;
  // "No date" sorts last either way: the IS NULL key always goes ascending.
  const order = SORTS[input.sortBy].map((key, i, all) => (all.length > 1 && i === 0 ? asc(key) : direction(key)));
  const items = orm
    .select(requestSummaryColumns)
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .where(where)
    .orderBy(...order, direction(requests.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all() as RequestSummary[];
  // Every request has its case (foreign key), so the count needs the join only to match the case reference.
  const counted = orm.select({ n: sql<number>`count(*)` }).from(requests);
  const total =
    (input.q ? counted.innerJoin(cases, eq(cases.id, requests.caseId)) : counted).where(where).get()?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}
