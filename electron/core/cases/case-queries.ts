import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { CaseDetail, CaseSummary } from '../../../shared/contract/cases';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { cases, identifiers, officers, requests, subjects } from '../db/schema';
import { notFound } from '../errors';
import { firstPageTotal, keyset } from '../paging/keyset-page';
import { preparedPerConnection } from '../prepared';
import { likeAny } from '../sql-helpers';
import { caseNextDueColumns, caseOverdueFilter } from './case-next-due';

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

function filters(input: ParsedInput<'case:list'>, now: string): SQL[] {
  const where: SQL[] = [];
  if (input.overdue) where.push(caseOverdueFilter(now));
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

const SORTS: Record<ParsedInput<'case:list'>['sortBy'], { expr: SQL; nullable?: boolean }> = {
  reference: { expr: sql`${cases.reference}` },
  title: { expr: sql`${cases.title} COLLATE NOCASE` },
  status: { expr: sql`${cases.status}` },
  priority: { expr: priorityRank },
  openedOn: { expr: sql`${cases.openedOn}` },
  updatedAt: { expr: sql`${cases.updatedAt}` },
  counterpartCountry: { expr: sql`${cases.counterpartCountry}`, nullable: true },
};

/** `now` (an ISO instant) tells an overdue deadline from one still ahead. */
export function listCases(orm: Orm, input: ParsedInput<'case:list'>, now: string): ChannelOutput<'case:list'> {
  const where = filters(input, now);
  const dir = input.sortDir;
  const page = keyset({
    sort: `case:${input.sortBy}:${dir}`,
    keys: [{ ...SORTS[input.sortBy], dir }],
    id: cases.id,
    idDir: dir,
    cursor: input.cursor,
    limit: input.limit,
  });
  const rows = orm
    .select({ ...caseSummaryColumns, ...caseNextDueColumns(now), ...page.keyColumns })
    .from(cases)
    .leftJoin(officers, eq(officers.id, cases.leadOfficerId))
    .where(and(...where, page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch)
    .all();
  const { items, nextCursor } = page.page(rows);
  const total = firstPageTotal(orm, input.cursor, cases, where);
  const listed = items.map((row) => {
    const { nextDueDate, overdue, ...summary } = row as SummaryRow & { nextDueDate: string | null; overdue: boolean };
    return { ...toCaseSummary(summary), nextDueDate, overdue };
  });
  return { items: listed, nextCursor, total };
}

export function listTags(orm: Orm): string[] {
  return orm
    .all<{ value: string }>(
      sql`SELECT DISTINCT j.value AS value FROM ${cases}, json_each(${cases.tags}) AS j ORDER BY j.value`,
    )
    .map((row) => row.value);
}

const caseId = sql.placeholder('id');

/** Opening a case runs these on every call: prepared once per connection, columns the screen shows. */
const caseStatements = preparedPerConnection((orm) => ({
  kase: orm
    .select({ ...caseSummaryColumns, summary: cases.summary, createdAt: cases.createdAt })
    .from(cases)
    .leftJoin(officers, eq(officers.id, cases.leadOfficerId))
    .where(eq(cases.id, caseId))
    .prepare(),
  subjects: orm
    .select({
      id: subjects.id,
      caseId: subjects.caseId,
      name: subjects.name,
      role: subjects.role,
      nationality: subjects.nationality,
      dateOfBirth: subjects.dateOfBirth,
      notes: subjects.notes,
    })
    .from(subjects)
    .where(eq(subjects.caseId, caseId))
    .orderBy(asc(subjects.id))
    .prepare(),
  identifiers: orm
    .select({
      id: identifiers.id,
      caseId: identifiers.caseId,
      subjectId: identifiers.subjectId,
      kind: identifiers.kind,
      value: identifiers.value,
      observedAt: identifiers.observedAt,
      timeZone: identifiers.timeZone,
      platform: identifiers.platform,
      asset: identifiers.asset,
      note: identifiers.note,
    })
    .from(identifiers)
    .where(eq(identifiers.caseId, caseId))
    .orderBy(asc(identifiers.id))
    .prepare(),
}));

/** A case with its subjects and identifiers, as the case screen shows it. */
export function getCase(orm: Orm, id: number): CaseDetail {
  const statements = caseStatements(orm);
  const row = statements.kase.get({ id });
  if (!row) throw notFound('Case', id);
  const { summary, createdAt, ...summaryRow } = row;
  return {
    ...toCaseSummary(summaryRow),
    summary,
    createdAt,
    subjects: statements.subjects.all({ id }) as CaseDetail['subjects'],
    identifiers: statements.identifiers.all({ id }) as CaseDetail['identifiers'],
  };
}
