import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AuditFilters, AuditRow } from '../../../shared/contract/audit';
import type { Orm } from '../db/open';
import { canonicalJson } from './audit-chain';
import { listAudit } from './audit-list';
import { commitPartial, discardPartial, partialPathFor } from '../atomic-file';
import { sealingStream } from '../crypto/sealed-blob';

export const AUDIT_CSV_HEADER = [
  'id',
  'at',
  'officer',
  'action',
  'entity',
  'entity_id',
  'case_reference',
  'details',
  'hash',
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A field
 * starting with = + - @ (or a tab or CR) is prefixed with an apostrophe so a spreadsheet shows it as
 * text instead of running it as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function rowFields(row: AuditRow): (string | number | null)[] {
  return [
    row.id,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.entityId,
    row.caseReference,
    canonicalJson(row.details),
    row.hash,
  ];
}

const BATCH = 500;

/** The CSV a page at a time (the log may be long), counting the rows it yields. */
function* auditCsvChunks(orm: Orm, filters: AuditFilters, counted: { rows: number }): Generator<Buffer> {
  yield Buffer.from(`\uFEFF${csvLine(AUDIT_CSV_HEADER)}`, 'utf8');
  let cursor: string | null = null;
  do {
    const page = listAudit(orm, { ...filters, cursor, limit: BATCH });
    if (page.items.length > 0) yield Buffer.from(page.items.map((row) => csvLine(rowFields(row))).join(''), 'utf8');
    counted.rows += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/**
 * Writes the filtered log as CSV, atomically (a failure leaves no file). With a data key (browser
 * mode, where it waits in the exports folder for its download) it is sealed as it is written, so the
 * attachment names and case references it lists never reach the disk readable.
 */
export async function writeAuditCsv(
  orm: Orm,
  filters: AuditFilters,
  file: string,
  sealWith: Buffer | null,
): Promise<number> {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = partialPathFor(file);
  const counted = { rows: 0 };
  const source = Readable.from(auditCsvChunks(orm, filters, counted));
  try {
    if (sealWith) await pipeline(source, sealingStream(sealWith), createWriteStream(partial));
    else await pipeline(source, createWriteStream(partial));
    await commitPartial(partial, file);
  } catch (error) {
    await discardPartial(partial);
    throw error;
  }
  return counted.rows;
}
