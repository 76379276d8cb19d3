import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AuditFilters, AuditRow } from '../../../shared/contract/audit';
import type { Orm } from '../db/open';
import { canonicalJson } from './audit-chain';
import { listAudit } from './audit-list';

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

/**
 * Writes the filtered rows, newest first, to `file` a page at a time (the log can be millions of rows),
 * through a temporary name so a failed export leaves no half file. Returns the row count.
 */
export function writeAuditCsv(orm: Orm, filters: AuditFilters, file: string): number {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.part`;
  const fd = openSync(partial, 'w');
  let rows = 0;
  try {
    writeSync(fd, `\uFEFF${csvLine(AUDIT_CSV_HEADER)}`);
    let cursor: string | null = null;
    do {
      const page = listAudit(orm, { ...filters, cursor, limit: BATCH });
      if (page.items.length > 0) writeSync(fd, page.items.map((row) => csvLine(rowFields(row))).join(''));
      rows += page.items.length;
      cursor = page.nextCursor;
    } while (cursor !== null);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, file);
  return rows;
}
