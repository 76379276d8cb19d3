/** What an import does with one record of the bundle. */
export type RecordAction = 'create' | 'update' | 'unchanged' | 'keep' | 'conflict';

export interface RecordHashes {
  /** This office's current content hash, or null if the record is not here. */
  local: string | null;
  theirs: string;
  /** The hash the record had when it last travelled to or from this office. */
  localBase: string | null;
  /** The hash the exporting office recorded as its own base for the record. */
  theirBase: string | null;
}

/**
 * Three-way decision on content hashes. Only when both sides moved away from every base they share
 * is it a conflict for the officer to settle; otherwise the side that did not change gives way.
 */
export function classifyRecord(h: RecordHashes): RecordAction {
  if (h.local === null) return 'create';
  if (h.local === h.theirs) return 'unchanged';
  if (h.theirs === h.localBase) return 'keep';
  if (h.local === h.localBase || h.local === h.theirBase) return 'update';
  return 'conflict';
}
