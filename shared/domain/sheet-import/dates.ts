import { isIsoDate } from '../workflow/fields';

/** How a slashed date such as 04/03/2025 is read when both numbers could be the day. */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export type DateCell = { ok: true; date: string | null } | { ok: false; reason: 'ambiguous' | 'invalid' };

const MONTHS: Record<string, number> = {
  jan: 1,
  janv: 1,
  janvier: 1,
  enero: 1,
  ene: 1,
  january: 1,
  feb: 2,
  fev: 2,
  fevr: 2,
  fevrier: 2,
  febrero: 2,
  february: 2,
  mar: 3,
  mars: 3,
  marzo: 3,
  march: 3,
  apr: 4,
  avr: 4,
  avril: 4,
  abr: 4,
  abril: 4,
  april: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  jun: 6,
  juin: 6,
  junio: 6,
  june: 6,
  jul: 7,
  juil: 7,
  juillet: 7,
  julio: 7,
  july: 7,
  aug: 8,
  aou: 8,
  aout: 8,
  ago: 8,
  agosto: 8,
  august: 8,
  sep: 9,
  sept: 9,
  septembre: 9,
  septiembre: 9,
  september: 9,
  oct: 10,
  octobre: 10,
  octubre: 10,
  october: 10,
  nov: 11,
  novembre: 11,
  noviembre: 11,
  november: 11,
  dec: 12,
  decembre: 12,
  dic: 12,
  diciembre: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: number) => (y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y);

function ymd(year: number, month: number, day: number): DateCell {
  const iso = `${fullYear(year)}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? { ok: true, date: iso } : { ok: false, reason: 'invalid' };
}

/**
 * A spreadsheet date serial: days since 1899-12-30 (the 1900 system with Lotus's phantom 29 Feb 1900,
 * which every serial after February 1900 already includes). Only whole-ish numbers in 1990–2100 count.
 */
export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 32874 || serial > 73415) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** Whether a slashed or dotted date reads differently day-first and month-first. */
export function isAmbiguousDate(text: string): boolean {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text.trim());
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

/** A date cell as YYYY-MM-DD; an empty cell is null; a day/month order the officer has not chosen is 'ambiguous'. */
export function parseDateCell(cell: string | number | boolean | null, order: DateOrder | null): DateCell {
  if (cell === null || cell === '') return { ok: true, date: null };
  if (typeof cell === 'number') {
    const date = serialToDate(cell);
    return date ? { ok: true, date } : { ok: false, reason: 'invalid' };
  }
  if (typeof cell === 'boolean') return { ok: false, reason: 'invalid' };
  const text = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12) return ymd(y, b, a);
    if (b > 12) return ymd(y, a, b);
    if (a === b) return ymd(y, a, b);
    if (order === null) return { ok: false, reason: 'ambiguous' };
    return order === 'dmy' ? ymd(y, b, a) : ymd(y, a, b);
  }
  // 4 March 2025, 4 mars 2025, 4 de marzo de 2025, March 4, 2025.
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\bde\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 3) {
    const [p, q, r] = words as [string, string, string];
    if (/^\d{1,2}$/.test(p) && MONTHS[q] && /^\d{4}$/.test(r)) return ymd(Number(r), MONTHS[q], Number(p));
    if (MONTHS[p] && /^\d{1,2}$/.test(q) && /^\d{4}$/.test(r)) return ymd(Number(r), MONTHS[p], Number(q));
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const date = serialToDate(Number(text));
    if (date) return { ok: true, date };
  }
  return { ok: false, reason: 'invalid' };
}
