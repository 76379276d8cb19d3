import { SEARCH_TYPES, type SearchType } from '../../../shared/domain/search';
import type { ParsedInput } from '../../../shared/ipc-contract';

type Input = ParsedInput<'search:query'>;

/** The index's rowid is row_id * 4 + this code (see migration 0003_search_index). */
export const TYPE_CODES: Record<SearchType, number> = { case: 0, request: 1, contact: 2, identifier: 3 };
export const TYPE_OF_CODE: SearchType[] = ['case', 'request', 'contact', 'identifier'];

/** title counts ten times body; type, row_id and case_id are UNINDEXED and weigh nothing. */
export const BM25 = 'bm25(search_index, 0, 0, 0, 10.0, 1.0)';

/**
 * The base rows behind an index entry, reached from the rowid alone so that neither filtering nor
 * showing a hit reads the index's stored text.
 */
export function baseJoins(rid: string): string {
  return `
    LEFT JOIN requests r ON ${rid} % 4 = 1 AND r.id = ${rid} / 4
    LEFT JOIN contacts k ON ${rid} % 4 = 2 AND k.id = ${rid} / 4
    LEFT JOIN identifiers i ON ${rid} % 4 = 3 AND i.id = ${rid} / 4
    LEFT JOIN cases c ON c.id = CASE ${rid} % 4 WHEN 0 THEN ${rid} / 4 WHEN 1 THEN r.case_id WHEN 3 THEN i.case_id END`;
}

export function dateOf(rid: string): string {
  return `CASE ${rid} % 4 WHEN 0 THEN c.opened_on WHEN 1 THEN coalesce(r.sent_on, substr(r.created_at, 1, 10))
    WHEN 2 THEN k.last_verified_on END`;
}

function countryOf(rid: string): string {
  return `CASE ${rid} % 4 WHEN 1 THEN r.counterpart_country WHEN 2 THEN k.country ELSE c.counterpart_country END`;
}

/** The types the query may return: channel and status belong to requests, so they narrow to those. */
export function typesOf(input: Input): SearchType[] {
  const asked = input.types.length > 0 ? input.types : [...SEARCH_TYPES];
  return input.channel !== null || input.status !== null ? asked.filter((t) => t === 'request') : asked;
}

/** WHERE conditions (beyond MATCH) and their named parameters; `joins` says whether they need baseJoins. */
export function filtersOf(
  input: Input,
  rid: string,
): { where: string[]; params: Record<string, string>; joins: boolean } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const types = typesOf(input);
  if (types.length < SEARCH_TYPES.length) where.push(`${rid} % 4 IN (${types.map((t) => TYPE_CODES[t]).join(', ')})`);
  if (input.channel !== null) {
    where.push('r.channel = @channel');
    params.channel = input.channel;
  }
  if (input.status !== null) {
    where.push('r.status = @status');
    params.status = input.status;
  }
  if (input.country !== null) {
    where.push(`${countryOf(rid)} = @country`);
    params.country = input.country;
  }
  if (input.from !== null) {
    where.push(`${dateOf(rid)} >= @from`);
    params.from = input.from;
  }
  if (input.to !== null) {
    where.push(`${dateOf(rid)} <= @to`);
    params.to = input.to;
  }
  return { where, params, joins: Object.keys(params).length > 0 };
}
