import { and, asc, eq, gt, gte, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DeadlineItem } from '../../../shared/contract/deadlines';
import { addDays, dateInZone, daysBetween } from '../../../shared/domain/dates';
import { availableTransitions } from '../../../shared/domain/workflow';
import type { Channel, Urgency } from '../../../shared/domain/requests';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { cases, deadlineMarks, manualDeadlines, office, requestDeadlines, requests } from '../db/schema';
import { requireOffice } from '../office/office-repo';
import { preparedCount, preparedPerConnection, preparedRows, preparedShapes } from '../prepared';

type Scope = ParsedInput<'deadline:list'>['scope'];
interface Window {
  now: string;
  today: string;
}

const now = sql.placeholder('now');
const today = sql.placeholder('today');
const weekEnd = sql.placeholder('weekEnd');

/** The same date window applies to computed and manual deadlines, each through its own columns. */
function windowFilter(scope: Scope, dueAt: SQL, dueDate: SQL): SQL | undefined {
  switch (scope) {
    case 'overdue':
      return lt(dueAt, now);
    case 'today':
      return and(eq(dueDate, today), gte(dueAt, now));
    case 'week':
      return and(gt(dueDate, today), lte(dueDate, weekEnd));
    case 'upcoming':
      return gte(dueAt, now);
    case 'all':
      return undefined;
  }
}

function markFilter(includeDone: boolean): SQL | undefined {
  if (includeDone) return undefined;
  return or(
    isNull(deadlineMarks.state),
    eq(deadlineMarks.state, 'open'),
    and(eq(deadlineMarks.state, 'snoozed'), lte(deadlineMarks.snoozedUntil, today)),
  );
}

const requestColumns = {
  caseReference: cases.reference,
  caseTitle: cases.title,
  markState: deadlineMarks.state,
  snoozedUntil: deadlineMarks.snoozedUntil,
  markReason: deadlineMarks.reason,
};

interface Row {
  key: string;
  requestId: number | null;
  caseId: number;
  ruleId: string | null;
  title: string;
  deadlineKind: string;
  dueAt: string;
  dueDate: string;
  metAt: string | null;
  detail: Record<string, unknown>;
  caseReference: string;
  caseTitle: string;
  requestTitle: string | null;
  channel: string | null;
  urgency: string | null;
  status: string | null;
  kind: string | null;
  markState: string | null;
  snoozedUntil: string | null;
  markReason: string | null;
}

function stateOf(row: Row, w: Window): DeadlineItem['state'] {
  if (row.metAt) return 'met';
  if (row.markState === 'done') return 'done';
  if (row.markState === 'snoozed' && row.snoozedUntil && row.snoozedUntil > w.today) return 'snoozed';
  return row.dueAt < w.now ? 'overdue' : 'open';
}

function suggestion(row: Row): string | null {
  if (!row.detail.extensionAvailable || !row.channel || !row.status) return null;
  const steps = availableTransitions(row.channel as Channel, row.status, row.kind);
  return steps.some((step) => step.action === 'extend') ? 'extend' : null;
}

function toItem(row: Row, w: Window): DeadlineItem {
  const source = (row.detail.source as DeadlineItem['source'] | undefined) ?? {
    citation: 'manual',
    url: null,
    note: typeof row.detail.note === 'string' && row.detail.note !== '' ? row.detail.note : null,
  };
  const origin = (row.detail.origin as DeadlineItem['origin'] | undefined) ?? 'manual';
  return {
    key: row.key,
    origin,
    requestId: row.requestId,
    caseId: row.caseId,
    caseReference: row.caseReference,
    caseTitle: row.caseTitle,
    requestTitle: row.requestTitle,
    channel: row.channel as Channel | null,
    urgency: row.urgency as Urgency | null,
    status: row.status,
    ruleId: row.ruleId,
    title: row.title,
    deadlineKind: row.deadlineKind,
    dueAt: row.dueAt,
    dueDate: row.dueDate,
    daysLeft: daysBetween(w.today, row.dueDate),
    state: stateOf(row, w),
    snoozedUntil: row.snoozedUntil,
    markReason: row.markReason ?? '',
    metAt: row.metAt,
    source,
    calendarCountry: (row.detail.calendarCountry as string | undefined) ?? null,
    foreignCalendar: Boolean(row.detail.foreignCalendar),
    extensionAvailable: Boolean(row.detail.extensionAvailable),
    suggestedAction: suggestion(row),
    computed: Array.isArray(row.detail.computed) ? (row.detail.computed as DeadlineItem['computed']) : [],
    countedFrom:
      row.detail.countedFrom === 'receipt' || row.detail.countedFrom === 'trigger' ? row.detail.countedFrom : null,
  };
}

/** A row as stored: the detail still JSON text (computed deadlines' column, manual ones' json_object). */
type StoredRow = Omit<Row, 'detail'> & { detail: string };
const withDetail = (row: StoredRow): Row => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> });

type Variant = Pick<ParsedInput<'deadline:list'>, 'scope' | 'includeDone'> & { byCase: boolean; byRequest: boolean };

const casesByArchived = sql`${cases} INDEXED BY ${sql.identifier('cases_id_archived_idx')}`;

/** The two queries of one form of the list (window, done or not, by case or request), with placeholders. */
function prepareVariant(orm: Orm, v: Variant) {
  const computedWhere = and(
    isNull(cases.archivedAt),
    v.scope === 'all' ? undefined : isNull(requestDeadlines.metAt),
    windowFilter(v.scope, sql`${requestDeadlines.dueAt}`, sql`${requestDeadlines.dueDate}`),
    markFilter(v.includeDone),
    v.byCase ? eq(requestDeadlines.caseId, sql.placeholder('caseId')) : undefined,
    v.byRequest ? eq(requestDeadlines.requestId, sql.placeholder('requestId')) : undefined,
  );
  const computed = orm
    .select({
      key: requestDeadlines.key,
      requestId: requestDeadlines.requestId,
      caseId: requestDeadlines.caseId,
      ruleId: requestDeadlines.ruleId,
      title: requestDeadlines.title,
      deadlineKind: requestDeadlines.deadlineKind,
      dueAt: requestDeadlines.dueAt,
      dueDate: requestDeadlines.dueDate,
      metAt: requestDeadlines.metAt,
      detail: requestDeadlines.detail,
      requestTitle: requests.title,
      channel: requests.channel,
      urgency: requests.urgency,
      status: requests.status,
      kind: requests.kind,
      ...requestColumns,
    })
    .from(requestDeadlines)
    .innerJoin(requests, eq(requests.id, requestDeadlines.requestId))
    .innerJoin(cases, eq(cases.id, requestDeadlines.caseId))
    .leftJoin(deadlineMarks, eq(deadlineMarks.key, requestDeadlines.key))
    .where(computedWhere)
    // The week is a window of days: read in its index's order (day, then time), the list stops at its
    // limit instead of joining and sorting every deadline of the week. A day's deadlines are in the
    // office's zone, so this is also the order of due_at.
    .orderBy(
      ...(v.scope === 'week'
        ? [asc(requestDeadlines.dueDate), asc(requestDeadlines.dueAt)]
        : [asc(requestDeadlines.dueAt)]),
    )
    .limit(sql.placeholder('limit'));
  const manualKey = sql<string>`'manual:' || ${manualDeadlines.id}`;
  const manualWhere = and(
    isNull(cases.archivedAt),
    windowFilter(v.scope, sql`${manualDeadlines.dueAt}`, sql`${manualDeadlines.dueDate}`),
    markFilter(v.includeDone),
    v.byCase ? eq(manualDeadlines.caseId, sql.placeholder('caseId')) : undefined,
    v.byRequest ? eq(manualDeadlines.requestId, sql.placeholder('requestId')) : undefined,
  );
  const manual = orm
    .select({
      key: manualKey,
      requestId: manualDeadlines.requestId,
      caseId: manualDeadlines.caseId,
      ruleId: sql<null>`NULL`,
      title: manualDeadlines.title,
      deadlineKind: sql<string>`'manual'`,
      dueAt: manualDeadlines.dueAt,
      dueDate: manualDeadlines.dueDate,
      metAt: sql<null>`NULL`,
      detail: sql<string>`json_object('origin', 'manual', 'note', ${manualDeadlines.note})`,
      requestTitle: requests.title,
      channel: requests.channel,
      urgency: requests.urgency,
      status: requests.status,
      kind: requests.kind,
      ...requestColumns,
    })
    .from(manualDeadlines)
    .innerJoin(cases, eq(cases.id, manualDeadlines.caseId))
    .leftJoin(requests, eq(requests.id, manualDeadlines.requestId))
    .leftJoin(deadlineMarks, eq(deadlineMarks.key, manualKey))
    .where(manualWhere)
    .orderBy(asc(manualDeadlines.dueAt))
    .limit(sql.placeholder('limit'));
  return {
    computed: preparedRows<StoredRow>(orm, computed),
    manual: preparedRows<StoredRow>(orm, manual),
    // The same matches, joined only to what filters them: the overdue count then reads two covering
    // indexes, request_deadlines_open_due_idx and cases_id_archived_idx (migration 0020). SQLite would
    // look each case up in its table instead, a page per case read through the cipher on a cold start.
    count: preparedCount(orm, [
      orm
        .select({ one: sql`1` })
        .from(requestDeadlines)
        .innerJoin(casesByArchived, eq(cases.id, requestDeadlines.caseId))
        .leftJoin(deadlineMarks, eq(deadlineMarks.key, requestDeadlines.key))
        .where(computedWhere),
      orm
        .select({ one: sql`1` })
        .from(manualDeadlines)
        .innerJoin(casesByArchived, eq(cases.id, manualDeadlines.caseId))
        .leftJoin(deadlineMarks, eq(deadlineMarks.key, manualKey))
        .where(manualWhere),
    ]),
  };
}

/** The worklist, the dashboard and the reminder sweep ask for the same few forms again and again. */
const variants = preparedShapes<ReturnType<typeof prepareVariant>>();

const statementsFor = (orm: Orm, variant: Variant) =>
  variants(orm, JSON.stringify(variant), () => prepareVariant(orm, variant));

const windowParams = (w: Window) => ({ now: w.now, today: w.today, weekEnd: addDays(w.today, 7) });

const statementsForInput = (orm: Orm, input: ParsedInput<'deadline:list'>) =>
  statementsFor(orm, {
    scope: input.scope,
    includeDone: input.includeDone,
    byCase: !!input.caseId,
    byRequest: !!input.requestId,
  });

/** The soonest `limit` deadlines of one form of the list, and whether a side filled its limit. */
function soonest(orm: Orm, input: ParsedInput<'deadline:list'>, w: Window) {
  const statements = statementsForInput(orm, input);
  const params = { ...windowParams(w), limit: input.limit, caseId: input.caseId, requestId: input.requestId };
  const computed = statements.computed(params).map(withDetail);
  const manual = statements.manual(params).map(withDetail);
  const items = [...computed, ...manual]
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key))
    .slice(0, input.limit)
    .map((row) => toItem(row, w));
  // Fewer rows than the limit on both sides is every match; a side that filled its limit may have more.
  const capped = computed.length >= input.limit || manual.length >= input.limit;
  const total = () => (capped ? statements.count(params) : computed.length + manual.length);
  return { items, total };
}

/** The deadlines alone, for callers that show no count (the reminder sweep, a mark's answer). */
export function findDeadlines(orm: Orm, input: ParsedInput<'deadline:list'>, w: Window): DeadlineItem[] {
  return soonest(orm, input, w).items;
}

/** How many deadlines one form of the list holds, without reading any of them (the dashboard's full week). */
export function countDeadlines(orm: Orm, input: ParsedInput<'deadline:list'>, w: Window): number {
  return statementsForInput(orm, input).count({ ...windowParams(w), caseId: input.caseId, requestId: input.requestId });
}

/**
 * The list as the screens show it: the soonest deadlines and how many there are in all, counted when
 * the list was capped (an office with a thousand overdue deadlines sees 1,000, not the page size).
 */
export function listDeadlines(
  orm: Orm,
  input: ParsedInput<'deadline:list'>,
  w: Window,
  timeZone: string,
): ChannelOutput<'deadline:list'> {
  const { items, total } = soonest(orm, input, w);
  return { today: w.today, timeZone, items, total: total() };
}

const officeZone = preparedPerConnection((orm) =>
  orm.select({ timeZone: office.timeZone }).from(office).limit(1).prepare(),
);

/** The worklist's window (now, the office's today) and its time zone, read on every call of the list. */
export function worklistWindow(orm: Orm, now: Date): { w: Window; timeZone: string } {
  // Before set-up there is no office: requireOffice says so (NOT_READY).
  const timeZone = officeZone(orm).get()?.timeZone ?? requireOffice(orm).timeZone;
  return { w: { now: now.toISOString(), today: dateInZone(now, timeZone) }, timeZone };
}
