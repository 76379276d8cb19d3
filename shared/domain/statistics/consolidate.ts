/**
 * Folds several offices' returns into one table. Counts add up; a mean is re-weighted by the number
 * of answers it was taken over; medians and 90th percentiles cannot be folded from aggregates, so the
 * consolidated view leaves them out rather than show a figure that is not one.
 */
export interface Foldable {
  count: number;
  answered: number;
  meanDays: number | null;
  onTime: number;
  decided: number;
}

export interface FoldedFigures extends Foldable {
  key: string;
}

function fold(parts: readonly Foldable[]): Foldable {
  let count = 0;
  let answered = 0;
  let daySum = 0;
  let onTime = 0;
  let decided = 0;
  for (const part of parts) {
    count += part.count;
    answered += part.answered;
    daySum += (part.meanDays ?? 0) * part.answered;
    onTime += part.onTime;
    decided += part.decided;
  }
  return {
    count,
    answered,
    meanDays: answered === 0 ? null : Math.round((daySum / answered) * 10) / 10,
    onTime,
    decided,
  };
}

function foldKeyed(lists: readonly (readonly (Foldable & { key: string })[])[]): FoldedFigures[] {
  const byKey = new Map<string, Foldable[]>();
  for (const list of lists) {
    for (const item of list) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
  }
  return [...byKey.entries()].map(([key, parts]) => ({ key, ...fold(parts) }));
}

export interface FoldableReturn {
  total: Foldable;
  breakdowns: { dimension: string; groups: (Foldable & { key: string })[] }[];
  months: (Foldable & { key: string })[];
}

export function consolidate(returns: readonly FoldableReturn[]) {
  const dimensions = [...new Set(returns.flatMap((r) => r.breakdowns.map((b) => b.dimension)))];
  return {
    total: fold(returns.map((r) => r.total)),
    breakdowns: dimensions.map((dimension) => ({
      dimension,
      groups: foldKeyed(returns.map((r) => r.breakdowns.find((b) => b.dimension === dimension)?.groups ?? [])).sort(
        (a, b) => b.count - a.count || a.key.localeCompare(b.key),
      ),
    })),
    months: foldKeyed(returns.map((r) => r.months)).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
