import type { StatsOverview } from '../../../shared/contract/statistics';
import { EXPORT_WORDS, type ExportLanguage } from '../../../shared/domain/statistics/labels';

export type Cell = string | number | null;

const share = (onTime: number, decided: number) => (decided === 0 ? null : Math.round((onTime / decided) * 1000) / 10);

/** The overview as one flat table (total, each breakdown, the months): what CSV and XLSX both write. */
export function overviewTable(overview: StatsOverview, language: ExportLanguage): Cell[][] {
  const w = EXPORT_WORDS[language];
  const header: Cell[] = [
    w.dimension,
    w.key,
    w.count,
    w.answered,
    w.median,
    w.p90,
    w.mean,
    w.onTime,
    w.decided,
    `${w.share} (%)`,
  ];
  const line = (dimension: string, key: string, f: StatsOverview['total']): Cell[] => [
    dimension,
    key,
    f.count,
    f.answered,
    f.medianDays,
    f.p90Days,
    f.meanDays,
    f.onTime,
    f.decided,
    share(f.onTime, f.decided),
  ];
  return [
    header,
    line(w.total, '', overview.total),
    ...overview.breakdowns.flatMap((b) =>
      b.groups.map((g) => line(w.dimensions[b.dimension] ?? b.dimension, g.key, g)),
    ),
    ...overview.months.map((m) => line(w.month, m.key, m)),
  ];
}

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed so a spreadsheet never runs it as a formula. */
export function toCsv(table: Cell[][]): string {
  const cell = (value: Cell) => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@]/.test(text) && text !== '-') text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${table.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
