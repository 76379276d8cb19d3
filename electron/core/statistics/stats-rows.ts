import type { StatsFilter } from '../../../shared/contract/statistics';
import {
  EPOC_KINDS,
  EPOC_PR_KINDS,
  REG_1543_STATISTICS_FROM,
  type ReturnKind,
  type ReturnRow,
} from '../../../shared/domain/statistics/returns';
import type { AppDatabase } from '../db/open';
import { ON_DATE } from './stats-keys';

/**
 * The expected-answer deadline of the request (its earliest): 1 met in time, 0 missed (met late, or
 * still unmet past its due time), null while it runs or when the request has none.
 */
export const ON_TIME = `(SELECT CASE WHEN d.met_at IS NOT NULL THEN d.met_at <= d.due_at WHEN d.due_at < @now THEN 0 END
  FROM request_deadlines d WHERE d.request_id = r.id AND d.deadline_kind = 'expected_response'
  ORDER BY d.due_at LIMIT 1)`;

interface RawRow {
  id: number;
  channel: string;
  direction: string;
  kind: string | null;
  country: string;
  provider: string;
  categories: string;
  urgency: string;
  outcome: string | null;
  sentOn: string | null;
  respondedOn: string | null;
  days: number | null;
  onDate: string;
  onTime: 0 | 1 | null;
}

const COLUMNS = `r.id, r.channel, r.direction, r.kind, r.counterpart_country AS country, r.provider,
  r.data_categories AS categories, r.urgency, r.outcome, r.sent_on AS sentOn, r.responded_on AS respondedOn,
  CAST(julianday(r.responded_on) - julianday(r.sent_on) AS INTEGER) AS days, ${ON_DATE} AS onDate, ${ON_TIME} AS onTime`;

export function whereOf(filter: StatsFilter): { sql: string; params: Record<string, string | number> } {
  const clauses = [`${ON_DATE} BETWEEN @from AND @to`];
  const params: Record<string, string | number> = { from: filter.from, to: filter.to };
  if (filter.channel) {
    clauses.push('r.channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.direction) {
    clauses.push('r.direction = @direction');
    params.direction = filter.direction;
  }
  if (filter.counterpartCountry) {
    clauses.push('r.counterpart_country = @country');
    params.country = filter.counterpartCountry;
  }
  if (filter.urgency) {
    clauses.push('r.urgency = @urgency');
    params.urgency = filter.urgency;
  }
  if (filter.officerId) {
    // The officer of a request is its case's lead officer: requests carry no officer of their own.
    clauses.push('r.case_id IN (SELECT id FROM cases WHERE lead_officer_id = @officerId)');
    params.officerId = filter.officerId;
  }
  return { sql: clauses.join(' AND '), params };
}

const NO_CATEGORIES: readonly string[] = Object.freeze([]);
// Most requests name no category: skipping JSON.parse for them is a measurable share of a year's rows.
const categoriesOf = (json: string) => (json === '[]' ? NO_CATEGORIES : (JSON.parse(json) as string[]));

/**
 * Only the requests a return can count, so the year's other requests are never read: a superset of the
 * return's own selection (shared/domain/statistics/returns.ts), which still decides on what it reads.
 */
function returnScope(kind: ReturnKind): { sql: string; params: Record<string, string> } {
  if (kind === 'dir977') return { sql: "r.channel = 'police'", params: {} };
  const kinds = [...EPOC_KINDS, ...EPOC_PR_KINDS];
  return {
    sql: `r.channel = 'provider' AND r.direction = 'outgoing' AND r.sent_on >= @collectedFrom
      AND r.kind IN (${kinds.map((_, i) => `@kind${i}`).join(', ')})`,
    params: {
      collectedFrom: REG_1543_STATISTICS_FROM,
      ...Object.fromEntries(kinds.map((kind, i) => [`kind${i}`, kind])),
    },
  };
}

/**
 * The rows of a calendar year for an official return, with the facts only the returns need: the
 * refusal ground, and when the production request linked to a preservation was sent (either link
 * direction). In date order, then id: the order the returns list requests lacking a fact in.
 */
export function returnRows(db: AppDatabase, kind: ReturnKind, year: number, now: string): ReturnRow[] {
  const where = whereOf({ from: `${year}-01-01`, to: `${year}-12-31` });
  const scope = returnScope(kind);
  const rows = db.sqlite
    .prepare(
      `SELECT ${COLUMNS}, r.title, r.refusal_ground AS refusalGround,
        (SELECT min(f.sent_on) FROM request_links l JOIN requests f
           ON f.id = CASE WHEN l.request_id = r.id THEN l.linked_request_id ELSE l.request_id END
         WHERE (l.request_id = r.id OR l.linked_request_id = r.id) AND f.sent_on IS NOT NULL
           AND f.sent_on >= r.sent_on AND f.kind IS NOT 'preservation') AS followUpOn
       FROM requests r INDEXED BY requests_stats_idx WHERE ${where.sql} AND ${scope.sql}
       ORDER BY onDate, r.id`,
    )
    .all({ ...where.params, ...scope.params, now }) as (RawRow & {
    title: string;
    refusalGround: string | null;
    followUpOn: string | null;
  })[];
  return rows.map((raw) => ({ ...raw, categories: categoriesOf(raw.categories) }));
}

/** The requests behind a figure, a page at a time, with what the list shows of each. */
export function drilldownPage(
  db: AppDatabase,
  ids: readonly number[],
): { id: number; title: string; caseId: number; caseReference: string; channel: string; status: string }[] {
  if (ids.length === 0) return [];
  const rows = db.sqlite
    .prepare(
      `SELECT r.id, r.title, r.case_id AS caseId, c.reference AS caseReference, r.channel, r.status
       FROM requests r JOIN cases c ON c.id = r.case_id WHERE r.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as {
    id: number;
    title: string;
    caseId: number;
    caseReference: string;
    channel: string;
    status: string;
  }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
}
