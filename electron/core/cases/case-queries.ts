import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { CaseSummary } from '../../../shared/contract/cases';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { cases, identifiers, officers, requests } from '../db/schema';
import { likeAny, offsetOf } from '../sql-helpers';

const openRequestCount = sql<number>`(SELECT count(*) FROM ${requests} WHERE ${requests.caseId} = ${cases.id} AND ${requests.finished} = 0)`;
const priorityRank = sql`CASE ${cases.priority} WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END`;

export const caseSummaryColumns = {
  id: cases.id,
  reference: cases.reference,
  title: cases.title,
  offenceCategory: cases.offenceCategory,
  counterpartCountry: cases.counterpartCountry,
  status: cases.status,
  priority: cases.priority,
  leadOfficerId: cases.leadOfficerId,
  leadOfficerName: officers.name,
  openedOn: cases.openedOn,
  closedOn: cases.closedOn,
  tags: cases.tags,
  openRequestCount,
  archivedAt: cases.archivedAt,
  updatedAt: cases.updatedAt,
};

type SummaryRow = { [K in keyof typeof caseSummaryColumns]: unknown } & { archivedAt: string | null };

export function toCaseSummary(row: SummaryRow): CaseSummary {
  const { archivedAt, ...rest } = row;
  return { ...(rest as Omit<CaseSummary, 'archived'>), archived: archivedAt !== null };
}

function filters(input: ParsedInput<'case:list'>): SQL[] {
  const where: SQL[] = [];
  if (input.archived === 'active') where.push(isNull(cases.archivedAt));
  if (input.archived === 'archived') where.push(isNotNull(cases.archivedAt));
  if (input.statuses.length > 0) where.push(inArray(cases.status, input.statuses));
  if (input.priorities.length > 0) where.push(inArray(cases.priority, input.priorities));
  if (input.offenceCategory) where.push(eq(cases.offenceCategory, input.offenceCategory));
  if (input.counterpartCountry) where.push(eq(cases.counterpartCountry, input.counterpartCountry));
  if (input.leadOfficerId) where.push(eq(cases.leadOfficerId, input.leadOfficerId));
  if (input.tag) where.push(sql`EXISTS (SELECT 1 FROM json_each(${cases.tags}) WHERE value = ${input.tag})`);
  if (input.q) {
    const inIdentifiers = sql`EXISTS (SELECT 1 FROM ${identifiers} WHERE ${identifiers.caseId} = ${cases.id} AND (${likeAny([sql`${identifiers.value}`], input.q)}))`;
    where.push(
      sql`((${likeAny([sql`${cases.reference}`, sql`${cases.title}`, sql`${cases.summary}`, sql`${cases.tags}`], input.q)}) OR ${inIdentifiers})`,
    );
  }
  return where;
}

const SORTS: Record<ParsedInput<'case:list'>['sortBy'], SQL> = {
  reference: sql`${cases.reference}`,
  title: sql`${cases.title} COLLATE NOCASE`,
  status: sql`${cases.status}`,
  priority: priorityRank,
  openedOn: sql`${cases.openedOn}`,
  updatedAt: sql`${cases.updatedAt}`,
  counterpartCountry: sql`${cases.counterpartCountry}`,
};

export function listCases(orm: Orm, input: ParsedInput<'case:list'>): ChannelOutput<'case:list'> {
  const where = and(...filters(input));
  const direction = input.sortDir === 'asc' ? asc : desc;
  const rows = orm
    .select(caseSummaryColumns)
    .from(cases)
    .leftJoin(officers, eq(officers.id, cases.leadOfficerId))
    .where(where)
    .orderBy(direction(SORTS[input.sortBy]), direction(cases.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all();
  const total =
    orm
      .select({ n: sql<number>`count(*)` })
      .from(cases)
      .where(where)
      .get()?.n ?? 0;
  return { items: rows.map(toCaseSummary), total, page: input.page, pageSize: input.pageSize };
}

export function listTags(orm: Orm): string[] {
  return orm
    .all<{ value: string }>(
      sql`SELECT DISTINCT j.value AS value FROM ${cases}, json_each(${cases.tags}) AS j ORDER BY j.value`,
    )
    .map((row) => row.value);
}
