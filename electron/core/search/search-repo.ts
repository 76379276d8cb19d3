import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchHit, SearchResult } from '../../../shared/contract/search';
import { MATCH_END, MATCH_START } from '../../../shared/domain/search';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { canonicalIpv6 } from './ip';
import { matchExpression, phoneForms } from './match-expression';
import { BM25, TYPE_OF_CODE, baseJoins, dateOf, filtersOf, typesOf } from './search-sql';

/**
 * At most this many best matches are ranked, counted and shown: a word found in every case costs one
 * bounded sort, and the page says "500+" instead of counting them all.
 */
export const SEARCH_CAP = 500;
/** Stored IPv6 addresses compared in full form per query; more than an office will hold. */
const IPV6_SCAN_LIMIT = 2000;

interface Row {
  rid: number;
  rank: number;
  total: number;
  caseId: number | null;
  reference: string | null;
  caseTitle: string | null;
  offence: string | null;
  caseStatus: string | null;
  requestTitle: string | null;
  channel: string | null;
  contactName: string | null;
  organisation: string | null;
  contactCountry: string | null;
  value: string | null;
  kind: string | null;
  date: string | null;
}

/**
 * Stored IPv6 addresses equal to the query in full form. FTS5 cannot compare two spellings of one
 * address and a trigger cannot run canonicalIpv6, so the few IPv6 identifiers are compared here and
 * the spellings found join the MATCH as phrases (keeping one ranked, filtered query).
 */
function ipv6Spellings(db: Database.Database, text: string): string[] {
  const wanted = canonicalIpv6(text);
  if (wanted === null) return [];
  const values = db
    .prepare("SELECT DISTINCT value FROM identifiers WHERE kind = 'ip' AND value LIKE '%:%' ORDER BY id DESC LIMIT ?")
    .pluck()
    .all(IPV6_SCAN_LIMIT) as string[];
  return values.filter((value) => canonicalIpv6(value) === wanted);
}

function hitOf(row: Row, snippet: string): SearchHit {
  const type = TYPE_OF_CODE[row.rid % 4]!;
  const id = Math.floor(row.rid / 4);
  const base = { type, id, caseId: row.caseId, requestId: null, snippet, date: row.date, score: -row.rank };
  const join = (...parts: (string | null)[]) => parts.filter((p) => p !== null && p !== '').join(' · ');
  switch (type) {
    case 'case':
      return { ...base, title: join(row.reference, row.caseTitle), subtitle: join(row.offence, row.caseStatus) };
    case 'request':
      return { ...base, requestId: id, title: row.requestTitle ?? '', subtitle: join(row.reference, row.channel) };
    case 'contact':
      return { ...base, title: row.contactName ?? '', subtitle: join(row.organisation, row.contactCountry) };
    case 'identifier':
      return { ...base, title: row.value ?? '', subtitle: join(row.reference, row.kind) };
  }
}

/** Ranked hits for the user's text: best first, rows of archived cases and contacts after the active ones. */
export function searchQuery(db: Database.Database, input: ParsedInput<'search:query'>): SearchResult {
  const none: SearchResult = { items: [], total: 0, capped: false };
  const match = matchExpression(input.q, { prefixes: phoneForms(input.q), phrases: ipv6Spellings(db, input.q) });
  if (match === null || typesOf(input).length === 0) return none;
  const filters = filtersOf(input, 'search_index.rowid');
  const rows = db
    .prepare(
      `WITH hits AS (
        SELECT search_index.rowid AS rid, ${BM25} AS rank FROM search_index
        ${filters.joins ? baseJoins('search_index.rowid') : ''}
        WHERE search_index MATCH @match ${filters.where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY rank LIMIT @cap
      )
      SELECT h.rid, h.rank, count(*) OVER () AS total, c.id AS caseId, c.reference, c.title AS caseTitle,
        c.offence_category AS offence, c.status AS caseStatus, r.title AS requestTitle, r.channel,
        k.name AS contactName, k.organisation, k.country AS contactCountry, i.value, i.kind, ${dateOf('h.rid')} AS date
      FROM hits h ${baseJoins('h.rid')}
      ORDER BY (c.archived_at IS NOT NULL OR k.archived_at IS NOT NULL), h.rank, h.rid
      LIMIT @limit`,
    )
    .all({ ...filters.params, match, cap: SEARCH_CAP + 1, limit: input.limit }) as Row[];
  if (rows.length === 0) return none;
  const snippets = new Map(
    (
      db
        .prepare(
          `SELECT rowid AS rid, snippet(search_index, -1, @start, @end, '…', 12) AS snippet FROM search_index
          WHERE search_index MATCH @match AND rowid IN (SELECT value FROM json_each(@rids))`,
        )
        .all({ match, start: MATCH_START, end: MATCH_END, rids: JSON.stringify(rows.map((r) => r.rid)) }) as {
        rid: number;
        snippet: string;
      }[]
    ).map((s) => [s.rid, s.snippet]),
  );
  const total = rows[0]!.total;
  return {
    items: rows.map((row) => hitOf(row, snippets.get(row.rid) ?? '')),
    total: Math.min(total, SEARCH_CAP),
    capped: total > SEARCH_CAP,
  };
}
