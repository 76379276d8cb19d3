/**
 * A case's next deadline: the earliest open deadline of its open requests (computed and not met, or
 * added by hand, neither marked done), as plain SQL over the stored deadlines like the requests list.
 */
import { sql, type SQL } from 'drizzle-orm';
import { cases, deadlineMarks, manualDeadlines, requestDeadlines, requests } from '../db/schema';

const notDone = (key: SQL) =>
  sql`NOT EXISTS (SELECT 1 FROM ${deadlineMarks} WHERE ${deadlineMarks.key} = ${key} AND ${deadlineMarks.state} = 'done')`;

// CROSS JOIN keeps SQLite's join order: from the case's requests (by case) to their deadlines (by request),
// never from every unmet deadline of the office.
const openRequestOfCase = sql`${requests.caseId} = ${cases.id} AND ${requests.finished} = 0`;

/** Every open deadline of the case in the outer query, as (due_at, due_date) rows. */
const openDeadlines = sql`
  SELECT ${requestDeadlines.dueAt} AS due_at, ${requestDeadlines.dueDate} AS due_date
  FROM ${requests} CROSS JOIN ${requestDeadlines} ON ${requestDeadlines.requestId} = ${requests.id}
  WHERE ${openRequestOfCase} AND ${requestDeadlines.metAt} IS NULL AND ${notDone(sql`${requestDeadlines.key}`)}
  UNION ALL
  SELECT ${manualDeadlines.dueAt}, ${manualDeadlines.dueDate}
  FROM ${requests} CROSS JOIN ${manualDeadlines} ON ${manualDeadlines.requestId} = ${requests.id}
  WHERE ${openRequestOfCase} AND ${notDone(sql`'manual:' || ${manualDeadlines.id}`)}`;

// min() rather than ORDER BY … LIMIT 1: no sort; SQLite gives the bare due_date of the row holding the min.
const earliestAt = sql`(SELECT min(due_at) FROM (${openDeadlines}))`;
const earliestDate = sql`(SELECT due_date FROM (SELECT due_date, min(due_at) FROM (${openDeadlines})))`;

export function caseNextDueColumns(now: string) {
  return {
    nextDueDate: sql<string | null>`${earliestDate}`,
    overdue: sql<boolean>`coalesce(${earliestAt} < ${now}, 0)`.mapWith(Boolean),
  };
}

/** Cases with an open request whose deadline is past `now` and not done: the "Overdue" filter. */
export function caseOverdueFilter(now: string): SQL {
  return sql`EXISTS (SELECT 1 FROM (${openDeadlines}) WHERE due_at < ${now})`;
}
