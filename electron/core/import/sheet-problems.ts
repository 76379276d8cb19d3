import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../context';
import type { Cell } from './sheet-file';
import { planSheet } from './sheet-plan';
import { requireSession } from './sheet-session';

/**
 * A cell starting with = + - @ (or a tab or carriage return) would run as a formula when the sheet
 * is opened: written with a leading apostrophe, it stays the text the office typed (OWASP CSV injection).
 */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const REASONS: Record<string, string> = {
  date: 'not a date',
  dateAmbiguous: 'day and month order unclear',
  future: 'date in the future',
  noCase: 'no case reference or title',
  missing: 'missing',
  unknownValue: 'not a known value',
  unknownCountry: 'unknown country',
  notInChannel: "not a status of the request's channel",
  unreachable: "the channel's workflow cannot reach this status",
  noDate: 'no date to record the history with',
  dateOrder: 'dates out of order',
  identifier: 'invalid identifier',
  repeated: 'same key as an earlier row',
  channelChanged: 'the channel changed since the last import',
  invalid: 'invalid',
};

/** The rows with problems, as the sheet had them, with a reason column: to correct in the spreadsheet and import again. */
export async function exportProblems(
  ctx: AppContext,
  input: ParsedInput<'sheet:problems'>,
): Promise<ChannelOutput<'sheet:problems'>> {
  const session = requireSession(ctx, input.sessionId);
  const plan = planSheet(ctx.db.orm, session, input, ctx.clock.now().toISOString());
  const sheet = session.workbook.sheets.find((s) => s.name === input.sheet)!;
  const bad = plan.rows.filter((r) => r.problems.length > 0);
  const table: Cell[][] = [
    [...plan.headers, 'Reason'],
    ...bad.map((r) => [
      ...(sheet.rows[r.row - 1] ?? []).slice(0, plan.headers.length),
      ...Array<Cell>(Math.max(0, plan.headers.length - (sheet.rows[r.row - 1]?.length ?? 0))).fill(null),
      r.problems.map((p) => `${p.field}: ${REASONS[p.code] ?? p.code}${p.detail ? ` (${p.detail})` : ''}`).join('; '),
    ]),
  ].map((row) => row.map(neutralise));
  const base = session.fileName.replace(/\.[^.]+$/, '');
  if (input.format === 'csv') {
    const csv = '\uFEFF' + Papa.unparse(table.map((row) => row.map((c) => (c === null ? '' : String(c)))));
    return {
      fileName: `${base}-problems.csv`,
      mediaType: 'text/csv',
      base64: Buffer.from(csv, 'utf8').toString('base64'),
    };
  }
  const buffer = await writeXlsxFile(
    table.map((row) =>
      row.map((value) =>
        value === null
          ? null
          : { value, type: typeof value === 'number' ? Number : typeof value === 'boolean' ? Boolean : String },
      ),
    ) as never,
  ).toBuffer();
  return {
    fileName: `${base}-problems.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
