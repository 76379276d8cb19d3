/** What the search palette finds; plain data, so the first screen can list them without the contract's schemas. */
export const SEARCH_TYPES = ['case', 'request', 'contact', 'identifier'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Matched words in a snippet are wrapped in these two control characters; the page turns them into <mark>. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
