import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AuditFilters, AuditRow } from '../../../shared/contract/audit';
import type { ListTotal } from '../../../shared/contract/keyset';
import { endOfDayInZone, startOfDayInZone } from '../../../shared/domain/dates';
import { auditLog, cases, office } from '../db/schema';
import type { Orm } from '../db/open';
import { AppError, invalid } from '../errors';
import { cappedTotal, keyset } from '../paging/keyset-page';

/**
 * The zone the date filters are read in. Read here rather than through office/, which writes audit
 * rows and so sits above audit/; the guard is office-repo's requireOffice's.
 */
function officeZone(orm: Orm): string {
  const row = orm.select({ timeZone: office.timeZone }).from(office).get();
  if (!row) throw new AppError('NOT_READY', 'The office profile has not been created yet.');
  return row.timeZone;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE clause of the viewer's filters; each equality filter has an index led by its column. */
export function auditWhere(orm: Orm, filters: AuditFilters): SQL | undefined {
  if (filters.fromDate && filters.toDate && filters.fromDate > filters.toDate) {
    throw invalid(['toDate'], 'validation.dateOrder', 'The end date is before the start date.');
  }
  const zone = filters.fromDate || filters.toDate ? officeZone(orm) : 'UTC';
  const reference = filters.caseReference;
  return and(
    filters.actor === null ? undefined : eq(auditLog.actor, filters.actor),
    filters.action === null ? undefined : eq(auditLog.action, filters.action),
    filters.caseId === null ? undefined : eq(auditLog.caseId, filters.caseId),
    reference === ''
      ? undefined
      : sql`${auditLog.caseId} IN (SELECT ${cases.id} FROM ${cases} WHERE ${cases.reference} LIKE ${`${escapeLike(reference)}%`} ESCAPE '\\')`,
    filters.fromDate === null ? undefined : gte(auditLog.at, startOfDayInZone(filters.fromDate, zone).toISOString()),
    filters.toDate === null ? undefined : lte(auditLog.at, endOfDayInZone(filters.toDate, zone).toISOString()),
    filters.atOrBeforeId === null ? undefined : lte(auditLog.id, filters.atOrBeforeId),
  );
}

export interface AuditPageResult {
  items: AuditRow[];
  nextCursor: string | null;
  total: ListTotal | null;
}

/** One page of the audit log, newest first, filtered in SQL and paged by id (shared/contract/keyset.ts). */
export function listAudit(orm: Orm, input: AuditFilters & { cursor: string | null; limit: number }): AuditPageResult {
  const where = auditWhere(orm, input);
  const page = keyset({
    sort: 'audit',
    keys: [],
    id: auditLog.id,
    idDir: 'desc',
    cursor: input.cursor,
    limit: input.limit,
  });
  const rows = orm
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      caseId: auditLog.caseId,
      caseReference: cases.reference,
      details: auditLog.details,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(cases, eq(cases.id, auditLog.caseId))
    .where(and(where, page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch)
    .all();
  const total =
    input.cursor === null ? cappedTotal(orm, orm.select({ id: auditLog.id }).from(auditLog).where(where)) : null;
  return { ...page.page(rows), total };
}

/** The officers and actions that occur in the log, for the filter menus (both are short lists). */
export function auditFacets(orm: Orm): { actors: string[]; actions: string[] } {
  const actors = orm
    .selectDistinct({ v: auditLog.actor })
    .from(auditLog)
    .where(sql`${auditLog.actor} IS NOT NULL`)
    .orderBy(auditLog.actor)
    .all();
  const actions = orm.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action).all();
  return { actors: actors.map((r) => r.v!), actions: actions.map((r) => r.v) };
}
