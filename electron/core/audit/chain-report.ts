import type { ChainBreak, ChainVerification } from './verify-chain';

const EXPLAIN: Record<ChainBreak, string> = {
  unchained: 'the row has no hash (blanked, or inserted outside Legat and not yet chained)',
  content_changed: "the row's content no longer matches its hash (it was edited)",
  previous_missing: 'the row does not follow the row before it (a row before it was deleted, or rows were reordered)',
  last_rows_missing: 'the chain head names this row but it is gone (the newest rows were deleted)',
  head_mismatch: 'the chain head does not match the last row (the head was edited or removed)',
};

/** One line for a person reading the CLI's output or the log. */
export function describeVerification(result: ChainVerification): string {
  if (!result.brokenAt) return `Audit chain OK: ${result.rows} rows verified.`;
  const { id, reason } = result.brokenAt;
  return `Audit chain BROKEN at row ${id}: ${reason}: ${EXPLAIN[reason]}. ${result.rows} rows before it verified.`;
}
