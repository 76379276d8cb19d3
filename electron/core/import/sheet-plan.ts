import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { requestInput } from '../../../shared/contract/requests';
import type { SheetPreviewRow } from '../../../shared/contract/sheet-import';
import { dateInZone } from '../../../shared/domain/dates';
import { CHANNELS, KINDS_BY_CHANNEL, type Channel } from '../../../shared/domain/requests';
import { parseDateCell } from '../../../shared/domain/sheet-import/dates';
import {
  DATE_FIELDS,
  fold,
  suggestMapping,
  VALUE_FIELDS,
  type SheetField,
  type ValueField,
} from '../../../shared/domain/sheet-import/fields';
import { historyOf, type HistoryStep, type RowDates } from '../../../shared/domain/sheet-import/history';
import { statusForChannel } from '../../../shared/domain/sheet-import/values';
import type { ParsedInput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { listRequestEvents } from '../requests/request-events-repo';
import { cases, importRecords, requests } from '../db/schema';
import { AppError } from '../errors';
import { requireOffice } from '../office/office-repo';
import type { Cell } from './sheet-file';
import { readIdentifier, splitIdentifiers, type SheetIdentifier } from './sheet-identifiers';
import type { SheetSession } from './sheet-session';
import { buildValueTable, mapped, type ValueChoice, type ValueTable } from './sheet-values';

type PlanInput = ParsedInput<'sheet:preview'>;
type RequestFields = Omit<ParsedInput<'request:create'>, 'caseId'>;
type Problem = SheetPreviewRow['problems'][number];

export interface PlannedRow extends SheetPreviewRow {
  hash: string;
  caseKey: string;
  caseTitle: string;
  caseReference: string;
  fields: RequestFields | null;
  history: HistoryStep[];
  identifiers: SheetIdentifier[];
  firstDate: string | null;
  requestId: number | null;
}

export interface Plan {
  headers: string[];
  columns: (SheetField | null)[];
  values: ValueChoice[];
  table: ValueTable;
  needsDateOrder: boolean;
  rows: PlannedRow[];
}

const cellText = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Header labels; a merged header cell spreads its label over the empty cells to its right. */
function headerLabels(row: Cell[], width: number): string[] {
  const labels: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i += 1) {
    const own = cellText(row[i]);
    if (own) carried = own;
    labels.push(own || (carried ? `${carried} (${i + 1})` : `#${i + 1}`));
  }
  return labels;
}

const INCOMING = new Set([
  'incoming',
  'in',
  'received',
  'entrant',
  'entrante',
  'recue',
  'reçue',
  'recibida',
  'recibido',
  'passive',
  'passif',
]);

/** The status a sheet without a status column implies: its latest dated stage. */
function impliedStatus(dates: RowDates): string {
  if (dates.closedOn) return 'closed';
  if (dates.respondedOn) return 'answered';
  if (dates.acknowledgedOn) return 'acknowledged';
  if (dates.sentOn) return 'sent';
  return 'draft';
}

/** Set by the workflow's steps, not by the row's fields: compared through the status instead. */
const STEP_COLUMNS = new Set<string>([
  'status',
  'sentOn',
  'respondedOn',
  'closedOn',
  'preservationUntil',
  'handlingCode',
  'usableInCourt',
]);

const problemOf = (field: string, code: string, detail = ''): Problem => ({ field, code, detail });

/**
 * Everything the import would do, row by row, without writing: the preview shows it, the import
 * applies it after planning again from the same file and choices (never from the page's copy).
 */
export function planSheet(orm: Orm, session: SheetSession, input: PlanInput, now: string): Plan {
  const sheet = session.workbook.sheets.find((s) => s.name === input.sheet);
  if (!sheet) throw new AppError('NOT_FOUND', `The sheet “${input.sheet}” is not in this file.`);
  const office = requireOffice(orm);
  const today = dateInZone(new Date(now), office.timeZone);
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const headers = headerLabels(sheet.rows[input.headerRow] ?? [], width);
  const suggested = suggestMapping(headers);
  const columns = headers.map((_, i) => (input.columns ? (input.columns[i] ?? null) : (suggested[i] ?? null)));
  const fixes = new Map(input.fixes.map((f) => [`${f.row}:${f.field}`, f.value] as const));
  const skip = new Set(input.skip);

  const dataRows = sheet.rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(input.headerRow + 1)
    .filter(({ cells }) => cells.some((c) => cellText(c) !== ''));
  /** A row's mapped cells, fixes applied; dates keep their cell (a serial stays a number). */
  const cellsOf = ({ cells, row }: { cells: Cell[]; row: number }) => {
    const out = new Map<SheetField, Cell>();
    columns.forEach((field, i) => {
      if (field && !out.has(field)) out.set(field, cells[i] ?? null);
    });
    for (const field of new Set(columns.filter((f): f is SheetField => f !== null))) {
      const fixed = fixes.get(`${row}:${field}`);
      if (fixed !== undefined) out.set(field, fixed);
    }
    return out;
  };
  const mappedRows = dataRows.map((r) => ({ ...r, values: cellsOf(r) }));

  const seen = mappedRows.flatMap(({ values }) =>
    VALUE_FIELDS.flatMap((field) => {
      const source = cellText(values.get(field));
      return source ? [{ field, source }] : [];
    }),
  );
  const table = buildValueTable(orm, seen, input.values);
  const existingRecords = new Map(
    orm
      .select()
      .from(importRecords)
      .all()
      .map((r) => [`${r.kind}:${r.sourceKey}`, r] as const),
  );
  const casesByReference = new Map(
    orm
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .all()
      .map((c) => [fold(c.reference), c.id] as const),
  );

  let needsDateOrder = false;
  const keys = new Set<string>();
  const rows = mappedRows.map(({ row, values }): PlannedRow => {
    const problems: Problem[] = [];
    const text = (field: SheetField) => cellText(values.get(field));
    const value = (field: ValueField) => mapped(table, field, text(field));
    const dates = {} as Record<(typeof DATE_FIELDS)[number], string | null>;
    for (const field of DATE_FIELDS) {
      const parsed = parseDateCell(values.get(field) ?? null, input.dateOrder);
      if (parsed.ok) dates[field] = parsed.date;
      else {
        dates[field] = null;
        if (parsed.reason === 'ambiguous') needsDateOrder = true;
        problems.push(problemOf(field, parsed.reason === 'ambiguous' ? 'dateAmbiguous' : 'date', text(field)));
      }
      const date = dates[field];
      if (date && date > today && field !== 'dueOn') problems.push(problemOf(field, 'future', date));
    }

    const caseReference = text('caseReference');
    const caseTitle = text('caseTitle') || caseReference;
    const caseKey = fold(caseReference || caseTitle);
    if (!caseKey) problems.push(problemOf('caseReference', 'noCase'));
    const channelText = text('channel');
    const channelValue = value('channel');
    const channel = (CHANNELS as readonly string[]).includes(channelValue ?? '') ? (channelValue as Channel) : null;
    if (!channel) problems.push(problemOf('channel', channelText ? 'unknownValue' : 'missing', channelText));
    const countryText = text('country');
    const country = value('country');
    if (!country) problems.push(problemOf('country', countryText ? 'unknownCountry' : 'missing', countryText));
    const statusText = text('status');
    const statusWord = statusText ? value('status') : impliedStatus(dates);
    let status: string | null = null;
    if (statusWord === null) problems.push(problemOf('status', 'unknownValue', statusText));
    else if (channel) {
      status = statusForChannel(channel, statusWord);
      if (status === null)
        problems.push(problemOf('status', 'notInChannel', `${statusText || statusWord} (${channel})`));
    }
    const kindText = text('kind');
    let kind = kindText ? value('kind') : null;
    if (channel && KINDS_BY_CHANNEL[channel].length === 0) kind = null;
    if (channel && KINDS_BY_CHANNEL[channel].length > 0 && (kind === null || !KINDS_BY_CHANNEL[channel].includes(kind)))
      problems.push(problemOf('kind', kindText ? 'unknownValue' : 'missing', kindText));
    const provider = value('provider') ?? '';
    const title = text('title') || [provider || text('authority'), caseTitle].filter(Boolean).join(' — ');

    const identifiers: SheetIdentifier[] = [];
    for (const raw of splitIdentifiers(text('identifiers'))) {
      const read = readIdentifier(raw);
      if (read.ok) identifiers.push(read.identifier);
      else problems.push(problemOf('identifiers', 'identifier', read.value));
    }

    const ourReference = text('ourReference');
    const theirReference = text('theirReference');
    let fields: RequestFields | null = null;
    if (channel && status) {
      const parsed = requestInput.safeParse({
        caseId: 1,
        channel,
        direction: INCOMING.has(fold(text('direction'))) ? 'incoming' : 'outgoing',
        kind,
        title,
        counterpartCountry: country ?? '',
        counterpartAuthority: text('authority'),
        provider,
        status: 'draft',
        ourReference,
        theirReference,
        dueOn: dates.dueOn,
        notes: text('notes'),
      });
      if (parsed.success) {
        const { caseId: _c, ...rest } = parsed.data;
        fields = rest;
      } else {
        for (const issue of parsed.error.issues) {
          const path = String(issue.path[0] ?? '');
          if (!problems.some((p) => p.field === path || (path === 'counterpartCountry' && p.field === 'country')))
            problems.push(problemOf(path, 'invalid', issue.message));
        }
      }
    }

    const key = text('rowKey')
      ? `key:${fold(text('rowKey'))}`
      : ourReference
        ? `ref:${fold(ourReference)}`
        : `row:${caseKey}|${fold(title)}|${channel ?? ''}`;
    if (keys.has(key))
      problems.push(problemOf(text('rowKey') ? 'rowKey' : 'ourReference', 'repeated', key.replace(/^\w+:/, '')));
    keys.add(key);
    const normalised = { caseKey, caseTitle, fields, status, dates, identifiers };
    const hash = createHash('sha256').update(JSON.stringify(normalised)).digest('hex');

    const record = existingRecords.get(`request:${key}`);
    const current = record?.requestId
      ? orm.select().from(requests).where(eq(requests.id, record.requestId)).get()
      : undefined;
    const caseId =
      current?.caseId ??
      existingRecords.get(`case:${caseKey}`)?.caseId ??
      casesByReference.get(fold(caseReference)) ??
      null;
    let history: HistoryStep[] = [];
    const changed: string[] = [];
    if (channel && status && problems.length === 0) {
      const refs = { ourReference, theirReference };
      if (current && current.channel !== channel)
        problems.push(problemOf('channel', 'channelChanged', `${current.channel} → ${channel}`));
      else {
        const from = current ? current.status : 'draft';
        // A corrected row continues the request's recorded history: no step before its latest one.
        const floor = current ? (listRequestEvents(orm, current.id).at(-1)?.occurredOn ?? null) : null;
        const built = historyOf(channel, kind, from, status, dates, refs, floor);
        if (built.ok) history = built.steps;
        else problems.push(problemOf(built.code === 'unreachable' ? 'status' : 'dates', built.code, built.detail));
        if (current && fields) {
          for (const [name, next] of Object.entries(fields) as [keyof RequestFields, unknown][]) {
            const before = current[name as keyof typeof current];
            if (!STEP_COLUMNS.has(name) && JSON.stringify(before ?? null) !== JSON.stringify(next ?? null))
              changed.push(name);
          }
          if (history.length > 0) changed.push('status');
        }
      }
    }
    const firstDate = history[0]?.occurredOn ?? dates.createdOn ?? dates.sentOn ?? null;
    const action: SheetPreviewRow['action'] = skip.has(row)
      ? 'skipped'
      : problems.length > 0
        ? 'problem'
        : !record
          ? 'create'
          : record.contentHash === hash
            ? 'unchanged'
            : 'update';
    const shown: Record<string, string> = {};
    for (const field of columns) if (field) shown[field] = text(field);
    return {
      row,
      key,
      action,
      title,
      channel,
      status,
      country,
      caseLabel: caseReference || caseTitle,
      caseId,
      steps: history.map(({ action: a, occurredOn }) => ({ action: a, occurredOn })),
      changed,
      problems,
      cells: shown,
      hash,
      caseKey,
      caseTitle,
      caseReference,
      fields,
      history,
      identifiers,
      firstDate,
      requestId: current?.id ?? null,
    };
  });
  return { headers, columns, values: [...table.values()], table, needsDateOrder, rows };
}
