/**
 * The SQL each measured operation runs, written by hand on better-sqlite3 with statements prepared once:
 * the floor Legat's layers (zod, drizzle, dispatch, mapping) are measured against.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { TOTAL_CAP } from '../../shared/contract/keyset';
import { DASHBOARD_LIST_LIMIT } from '../../electron/core/dashboard/dashboard';

const DEADLINE_COLUMNS = `d.key, d.request_id, d.case_id, d.rule_id, d.title, d.deadline_kind, d.due_at, d.due_date,
  d.met_at, d.detail, r.title AS request_title, r.channel, r.urgency, r.status, r.kind, c.reference, c.title AS case_title,
  m.state, m.snoozed_until, m.reason`;
const MANUAL_COLUMNS = `'manual:' || d.id AS key, d.request_id, d.case_id, NULL, d.title, 'manual', d.due_at, d.due_date,
  NULL, json_object('origin', 'manual', 'note', d.note), r.title, r.channel, r.urgency, r.status, r.kind, c.reference,
  c.title, m.state, m.snoozed_until, m.reason`;
const NOT_DONE = `(m.state IS NULL OR m.state = 'open' OR (m.state = 'snoozed' AND m.snoozed_until <= @today))`;
const WINDOWS = {
  overdue: 'd.due_at < @now',
  today: 'd.due_date = @today AND d.due_at >= @now',
  week: 'd.due_date > @today AND d.due_date <= @weekEnd',
} as const;
export type Window = keyof typeof WINDOWS;
export interface WindowParams {
  now: string;
  today: string;
  weekEnd: string;
}

/** What the list channels count to: the first page's total stops at TOTAL_CAP + 1 rows. */
const CAP = TOTAL_CAP + 1;

const REQUEST_COLUMNS = `r.id, r.case_id, c.reference, c.title, r.channel, r.direction, r.kind, r.title, r.counterpart_country,
  r.counterpart_authority, r.provider, r.urgency, r.status, r.finished, r.our_reference, r.their_reference, r.sent_on,
  r.due_on, r.preservation_until, r.updated_at`;

export function rawQueries(db: Database.Database) {
  const deadlines = (window: Window) => ({
    computed: db.prepare(
      `SELECT ${DEADLINE_COLUMNS} FROM request_deadlines d JOIN requests r ON r.id = d.request_id
       JOIN cases c ON c.id = d.case_id LEFT JOIN deadline_marks m ON m.key = d.key
       WHERE c.archived_at IS NULL AND d.met_at IS NULL AND ${WINDOWS[window]} AND ${NOT_DONE}
       ORDER BY d.due_at LIMIT @limit`,
    ),
    manual: db.prepare(
      `SELECT ${MANUAL_COLUMNS} FROM manual_deadlines d JOIN cases c ON c.id = d.case_id
       LEFT JOIN requests r ON r.id = d.request_id LEFT JOIN deadline_marks m ON m.key = 'manual:' || d.id
       WHERE c.archived_at IS NULL AND ${WINDOWS[window]} AND ${NOT_DONE} ORDER BY d.due_at LIMIT @limit`,
    ),
  });
  const lists = { overdue: deadlines('overdue'), today: deadlines('today'), week: deadlines('week') };
  // The dashboard's counts: every open deadline in the window, computed and manual.
  const counted = (window: Window) =>
    db
      .prepare(
        `SELECT (SELECT count(*) FROM request_deadlines d JOIN cases c ON c.id = d.case_id
           LEFT JOIN deadline_marks m ON m.key = d.key
           WHERE c.archived_at IS NULL AND d.met_at IS NULL AND ${WINDOWS[window]} AND ${NOT_DONE})
         + (SELECT count(*) FROM manual_deadlines d JOIN cases c ON c.id = d.case_id
           LEFT JOIN deadline_marks m ON m.key = 'manual:' || d.id
           WHERE c.archived_at IS NULL AND ${WINDOWS[window]} AND ${NOT_DONE})`,
      )
      .pluck();
  const counts = { overdue: counted('overdue'), today: counted('today'), week: counted('week') };
  const listDeadlines = (window: Window, params: WindowParams, limit: number) => [
    ...lists[window].computed.all({ ...params, limit }),
    ...lists[window].manual.all({ ...params, limit }),
  ];
  const byChannel = db.prepare(
    'SELECT channel, status, count(*) FROM requests WHERE finished = 0 GROUP BY channel, status',
  );
  const openCases = db.prepare("SELECT count(*) FROM cases WHERE status = 'open' AND archived_at IS NULL");
  const openRequests = db.prepare('SELECT count(*) FROM requests WHERE finished = 0');
  const emergencies = db.prepare("SELECT count(*) FROM requests WHERE finished = 0 AND urgency = 'emergency'");

  const caseRow = db.prepare(
    `SELECT c.*, o.name, (SELECT count(*) FROM requests r WHERE r.case_id = c.id AND r.finished = 0) AS open_requests
     FROM cases c LEFT JOIN officers o ON o.id = c.lead_officer_id WHERE c.id = ?`,
  );
  const subjects = db.prepare('SELECT * FROM subjects WHERE case_id = ? ORDER BY id');
  const identifiers = db.prepare('SELECT * FROM identifiers WHERE case_id = ? ORDER BY id');
  const caseRequests = db.prepare(
    `SELECT ${REQUEST_COLUMNS} FROM requests r JOIN cases c ON c.id = r.case_id WHERE r.case_id = ?
     ORDER BY r.updated_at DESC, r.id DESC LIMIT 51`,
  );
  const caseRequestCount = db.prepare(
    `SELECT count(*) FROM (SELECT 1 FROM requests r WHERE r.case_id = ? LIMIT ${CAP})`,
  );
  const timeline = db.prepare(
    'SELECT * FROM timeline_events WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT 50 OFFSET 0',
  );
  const timelineCount = db.prepare('SELECT count(*) FROM timeline_events WHERE case_id = ?');

  const filtered = `FROM requests r JOIN cases c ON c.id = r.case_id
    WHERE r.channel IN (@c1, @c2) AND r.status IN (@s1, @s2, @s3) AND r.counterpart_country = @country`;
  // The benchmark's filter matches tens of thousands of rows: read along the sort index (+ keeps the
  // channel/status index out), as request:list does once its count passes the cap.
  const filteredPage = db.prepare(
    `SELECT ${REQUEST_COLUMNS} FROM requests r JOIN cases c ON c.id = r.case_id
     WHERE +r.channel IN (@c1, @c2) AND +r.status IN (@s1, @s2, @s3) AND r.counterpart_country = @country
     ORDER BY r.updated_at DESC, r.id DESC LIMIT 51`,
  );
  const filteredCount = db.prepare(`SELECT count(*) FROM (SELECT 1 ${filtered} LIMIT ${CAP})`);
  // A page deep into the list: keyset, starting strictly after the last row the user has seen.
  const afterRow = db.prepare(
    `SELECT ${REQUEST_COLUMNS} FROM requests r JOIN cases c ON c.id = r.case_id
     WHERE r.updated_at <= @at AND (r.updated_at < @at OR (r.updated_at = @at AND r.id < @id))
     ORDER BY r.updated_at DESC, r.id DESC LIMIT 101`,
  );

  const searchHits = db.prepare(
    `WITH hits AS (
       SELECT rowid AS rid, bm25(search_index, 0, 0, 0, 10.0, 1.0) AS rank FROM search_index
       WHERE search_index MATCH @match ORDER BY rank LIMIT 501
     )
     SELECT h.rid, h.rank, count(*) OVER () AS total, c.id, c.reference, c.title, c.offence_category, c.status,
       r.title, r.channel, k.name, k.organisation, k.country, i.value, i.kind
     FROM hits h
       LEFT JOIN requests r ON h.rid % 4 = 1 AND r.id = h.rid / 4
       LEFT JOIN contacts k ON h.rid % 4 = 2 AND k.id = h.rid / 4
       LEFT JOIN identifiers i ON h.rid % 4 = 3 AND i.id = h.rid / 4
       LEFT JOIN cases c ON c.id = CASE h.rid % 4 WHEN 0 THEN h.rid / 4 WHEN 1 THEN r.case_id WHEN 3 THEN i.case_id END
     ORDER BY (c.archived_at IS NOT NULL OR k.archived_at IS NOT NULL), h.rank, h.rid LIMIT 20`,
  );
  const snippets = db.prepare(
    `SELECT rowid, snippet(search_index, -1, '[', ']', '…', 12) FROM search_index
     WHERE search_index MATCH @match AND rowid IN (SELECT value FROM json_each(@rids))`,
  );

  const openIds = db.prepare('SELECT * FROM requests WHERE finished = 0');
  const eventsOf = db.prepare('SELECT * FROM request_events WHERE request_id = ?');

  return {
    dashboard(params: WindowParams): void {
      listDeadlines('overdue', params, DASHBOARD_LIST_LIMIT);
      // As the dashboard: the week only fills the room today's deadlines leave in the list.
      const room =
        DASHBOARD_LIST_LIMIT -
        Math.min(DASHBOARD_LIST_LIMIT, listDeadlines('today', params, DASHBOARD_LIST_LIMIT).length);
      if (room > 0) listDeadlines('week', params, room);
      for (const window of ['overdue', 'today', 'week'] as const) counts[window].get(params);
      byChannel.all();
      openCases.get();
      openRequests.get();
      emergencies.get();
    },
    overdue(params: WindowParams): void {
      listDeadlines('overdue', params, 200);
      // The reminder centre shows how many are overdue in all, beyond the 200 listed.
      counts.overdue.get(params);
    },
    openCase(caseId: number): void {
      caseRow.get(caseId);
      subjects.all(caseId);
      identifiers.all(caseId);
      caseRequests.all(caseId);
      caseRequestCount.get(caseId);
      timeline.all(caseId);
      timelineCount.get(caseId);
    },
    filteredRequests(filter: { c1: string; c2: string; s1: string; s2: string; s3: string; country: string }): void {
      filteredPage.all(filter);
      filteredCount.get(filter);
    },
    requestsAfter(at: string, id: number): void {
      afterRow.all({ at, id });
    },
    search(match: string): void {
      const rows = searchHits.raw().all({ match }) as unknown[][];
      if (rows.length > 0) snippets.all({ match, rids: JSON.stringify(rows.map((row) => row[0])) });
    },
    /** What a recompute reads (every open request and its steps), without the engine or the writes. */
    recomputeReads(): void {
      for (const request of openIds.all() as { id: number }[]) eventsOf.all(request.id);
    },
  };
}
