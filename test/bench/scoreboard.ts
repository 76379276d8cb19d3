/**
 * The one table `npm run bench` ends with: every goal the performance issues set, measured in this
 * run, with Legat's figure, the raw or peer figure it is held against, their ratio, the target and a
 * verdict. Each section of the bench adds its rows with `score`; `printScoreboard` prints the table
 * and the `targets:` line that lists every row, so a missed goal cannot hide in the scroll-back.
 */

export interface ScoreRow {
  /** What was measured, e.g. "open a case, p95". */
  operation: string;
  /** Legat's figure, already formatted with its unit ("2.91 ms", "421 s"). */
  legat: string;
  /** The raw SQLite / peer tool figure in the same run, formatted, or "" where there is none. */
  peer: string;
  /** Legat ÷ peer where both are measured, else null. */
  ratio: number | null;
  /** The goal as the issue states it, e.g. "≤ 2x raw + 1 ms". */
  target: string;
  pass: boolean;
}

const rows: ScoreRow[] = [];

export function score(row: ScoreRow): void {
  rows.push(row);
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

export function formatScoreboard(list: readonly ScoreRow[]): string[] {
  const table = [
    ['operation', 'Legat', 'raw/peer', 'ratio', 'target', 'verdict'],
    ...list.map((r) => [
      r.operation,
      r.legat,
      r.peer || '—',
      r.ratio === null ? '—' : `${r.ratio.toFixed(2)}x`,
      r.target,
      verdict(r.pass),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const lines = table.map((line) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const missed = list.filter((r) => !r.pass).length;
  lines.push(
    `targets: ${list.map((r) => `${r.operation} ${verdict(r.pass)} (${r.legat}; ${r.target})`).join('; ')}` +
      ` — ${list.length - missed} of ${list.length} met`,
  );
  return lines;
}

export function printScoreboard(): void {
  console.log('');
  for (const line of formatScoreboard(rows)) console.log(line);
}
