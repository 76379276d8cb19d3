/**
 * A request's next deadline as plain SQL over the stored deadlines (kept current on every change):
 * computed ones not met, and those the officer added by hand, neither marked done. A snoozed
 * deadline still counts: snoozing quiets the reminder, it does not move the date.
 */
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { deadlineMarks, manualDeadlines, requestDeadlines, requests } from '../db/schema';

const notDone = (key: SQL) =>
  sql`NOT EXISTS (SELECT 1 FROM ${deadlineMarks} WHERE ${deadlineMarks.key} = ${key} AND ${deadlineMarks.state} = 'done')`;

/** Every open deadline of the request in the outer query, as (due_at, due_date, title) rows. */
const openDeadlines = sql`
  SELECT ${requestDeadlines.dueAt} AS due_at, ${requestDeadlines.dueDate} AS due_date, ${requestDeadlines.title} AS title
  FROM ${requestDeadlines}
  WHERE ${requestDeadlines.requestId} = ${requests.id} AND ${requestDeadlines.metAt} IS NULL
    AND ${notDone(sql`${requestDeadlines.key}`)}
  UNION ALL
  SELECT ${manualDeadlines.dueAt}, ${manualDeadlines.dueDate}, ${manualDeadlines.title}
  FROM ${manualDeadlines}
  WHERE ${manualDeadlines.requestId} = ${requests.id}
    AND ${notDone(sql`'manual:' || ${manualDeadlines.id}`)}`;

// min() rather than ORDER BY … LIMIT 1: no sort; SQLite gives the bare columns of the row holding the min.
const next = (column: 'due_at' | 'due_date' | 'title') =>
  sql`(SELECT ${sql.raw(column)} FROM (SELECT due_date, title, min(due_at) AS due_at FROM (${openDeadlines})))`;

/** `now` is the list statement's placeholder for the ISO instant that tells overdue from still ahead. */
export function nextDueColumns(now: Placeholder) {
  return {
    nextDueDate: sql<string | null>`${next('due_date')}`,
    nextDueTitle: sql<string | null>`${next('title')}`,
    overdue: sql<boolean>`coalesce(${next('due_at')} < ${now}, 0)`.mapWith(Boolean),
  };
}

/** Requests with a deadline past `now` and not done: the "Overdue" filter. */
export function overdueFilter(now: Placeholder): SQL {
  return sql`EXISTS (SELECT 1 FROM (${openDeadlines}) WHERE due_at < ${now})`;
}
