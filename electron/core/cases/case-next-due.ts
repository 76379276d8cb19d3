/**
 * A case's next deadline: the earliest open deadline of its open requests (computed and not met, or
 * added by hand, neither marked done), as plain SQL over the stored deadlines like the requests list.
 */
import { sql, type SQL } from 'drizzle-orm';
import { cases, deadlineMarks, manualDeadlines, requestDeadlines, requests } from '../db/schema';

const notDone = (key: SQL) =>
  sql`NOT EXISTS (SELECT 1 FROM ${deadlineMarks} WHERE ${deadlineMarks.key} = ${key} AND ${deadlineMarks.state} = 'done')`;

const openRequestOfCase = sql`${requests.caseId} = ${cases.id} AND ${requests.finished} = 0`;

/** Every open deadline of the case in the outer query, as (due_at, due_date) rows. */
const openDeadlines = sql`
  SELECT ${requestDeadlines.dueAt} AS due_at, ${requestDeadlines.dueDate} AS due_date
  FROM ${requestDeadlines} JOIN ${requests} ON ${requests.id} = ${requestDeadlines.requestId}
  WHERE ${openRequestOfCase} AND ${requestDeadlines.metAt} IS NULL AND ${notDone(sql`${requestDeadlines.key}`)}
  UNION ALL
  SELECT ${manualDeadlines.dueAt}, ${manualDeadlines.dueDate}
  FROM ${manualDeadlines} JOIN ${requests} ON ${requests.id} = ${manualDeadlines.requestId}
  WHERE ${openRequestOfCase} AND ${notDone(sql`'manual:' || ${manualDeadlines.id}`)}`;

const next = (column: 'due_at' | 'due_date') =>
  sql`(SELECT ${sql.raw(column)} FROM (${openDeadlines}) ORDER BY due_at LIMIT 1)`;

export function caseNextDueColumns(now: string) {
  return {
    nextDueDate: sql<string | null>`${next('due_date')}`,
    overdue: sql<boolean>`coalesce(${next('due_at')} < ${now}, 0)`.mapWith(Boolean),
  };
}

/** Cases with an open request whose deadline is past `now` and not done: the "Overdue" filter. */
export function caseOverdueFilter(now: string): SQL {
  return sql`EXISTS (SELECT 1 FROM (${openDeadlines}) WHERE due_at < ${now})`;
}
