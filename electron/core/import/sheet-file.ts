import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { formatBytes } from '../../../shared/domain/file-size';
import { invalid } from '../errors';
import { decodeText } from './decode-text';
import { SHEET_MAX_BYTES, SHEET_MAX_ROWS } from './sheet-limits';

/** A cell as the import sees it: text, number (maybe a date serial), boolean, or empty. Dates arrive as YYYY-MM-DD text. */
export type Cell = string | number | boolean | null;
export interface SheetTable {
  name: string;
  rows: Cell[][];
}
export interface Workbook {
  format: 'xlsx' | 'csv';
  /** The CSV's encoding as detected (BOM, then strict UTF-8, then Windows-1252); null for XLSX. */
  encoding: string | null;
  sheets: SheetTable[];
}

const refuse = (code: string, text: string) => invalid(['file'], `validation.sheetImport.${code}`, text);

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) XLSX, or an old binary .xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function formatOf(bytes: Uint8Array, fileName: string): 'xlsx' | 'csv' {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'ods' || ext === 'fods')
    throw refuse(
      'ods',
      'OpenDocument sheets (.ods) cannot be read; save the sheet as Excel (.xlsx) or CSV and import that.',
    );
  if (startsWith(bytes, CFB)) {
    throw ext === 'xls'
      ? refuse('xls', 'This is an old Excel 97–2003 workbook (.xls); save it as .xlsx or CSV and import that.')
      : refuse(
          'encrypted',
          'The workbook is protected by a password; open it in Excel, remove the password, save, and import again.',
        );
  }
  if (startsWith(bytes, ZIP)) {
    if (ext === 'ods') throw refuse('ods', 'OpenDocument sheets (.ods) cannot be read; save as .xlsx.');
    return 'xlsx';
  }
  if (ext === 'xlsx' || ext === 'xlsm')
    throw refuse('corrupt', 'The workbook is damaged: it is not a valid Excel file.');
  return 'csv';
}

/** A date cell to the import's YYYY-MM-DD text; the reader gives midnight UTC for date-formatted cells. */
const cellOf = (value: unknown): Cell => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
};

async function readXlsx(bytes: Uint8Array): Promise<SheetTable[]> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      trim: true,
    });
  } catch (error) {
    throw refuse(
      'corrupt',
      `The workbook is damaged and cannot be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    );
  }
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data.map((row) => row.map(cellOf)) }));
}

/** Rows between two progress reports while a CSV is parsed. */
const REPORT_EVERY = 2000;

function readCsv(bytes: Uint8Array, onProgress: Progress): { table: SheetTable; encoding: string } {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw refuse('binary', 'This file is neither a spreadsheet nor a text (CSV) file.');
  const rows: Cell[][] = [];
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (result) => {
      // A CSV's cells are all text: "=1+2" stays the text it is and is never evaluated.
      rows.push(result.data.map((cell) => cell.trim() || null));
      if (rows.length % REPORT_EVERY === 0)
        onProgress(Math.floor((result.meta.cursor / Math.max(text.length, 1)) * bytes.byteLength), bytes.byteLength);
    },
  });
  if (rows.length === 0) throw refuse('empty', 'The file holds no rows.');
  return { table: { name: 'CSV', rows }, encoding };
}

/** How much of the file is read, in bytes: a CSV as it is parsed, a workbook once it is read whole. */
export type Progress = (done: number, total: number) => void;

/** Reads a workbook or CSV into plain rows, refusing what cannot be a tracking sheet with its specific reason. */
export async function readSheetFile(
  bytes: Uint8Array,
  fileName: string,
  onProgress: Progress = () => undefined,
): Promise<Workbook> {
  if (bytes.byteLength > SHEET_MAX_BYTES) {
    throw refuse(
      'tooLarge',
      `The file is ${formatBytes(bytes.byteLength)}; sheets up to ${formatBytes(SHEET_MAX_BYTES)} can be imported. Split it and import each part.`,
    );
  }
  if (bytes.byteLength === 0) throw refuse('empty', 'The file is empty.');
  const format = formatOf(bytes, fileName);
  onProgress(0, bytes.byteLength);
  const workbook: Workbook =
    format === 'xlsx'
      ? { format, encoding: null, sheets: await readXlsx(bytes) }
      : (() => {
          const { table, encoding } = readCsv(bytes, onProgress);
          return { format, encoding, sheets: [table] };
        })();
  if (workbook.sheets.some((s) => s.rows.length > SHEET_MAX_ROWS)) {
    throw refuse(
      'tooManyRows',
      `A sheet has more than ${SHEET_MAX_ROWS.toLocaleString('en')} rows; split it and import each part.`,
    );
  }
  onProgress(bytes.byteLength, bytes.byteLength);
  return workbook;
}
