import { z } from 'zod';
import { CHANNELS } from '../domain/requests';
import { DATE_ORDERS } from '../domain/sheet-import/dates';
import { SHEET_FIELDS, VALUE_FIELDS } from '../domain/sheet-import/fields';
import { id } from './common';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const field = z.enum(SHEET_FIELDS, { error: 'validation.choose' });
const valueField = z.enum(VALUE_FIELDS, { error: 'validation.choose' });

export const sheetSource = z.discriminatedUnion('kind', [
  /** A staged file: streamed to the local host (browser mode) or picked in the desktop dialog (attachment:pick). */
  z.object({ kind: z.literal('staged'), token: z.string().min(16).max(100) }),
]);

export const sheetOpenInput = z.object({
  source: sheetSource,
  /**
   * The id the page gives the session, so it can follow the reading's progress (task
   * `sheet-read:<id>`) and cancel it (`sheet:cancel`) before the answer arrives; a new one when absent.
   */
  sessionId: z.uuid().optional(),
});
export const sheetOpened = z.object({
  sessionId: z.uuid(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  format: z.enum(['xlsx', 'csv']),
  encoding: z.string().nullable(),
  sheets: z.array(
    z.object({
      name: z.string(),
      rowCount: z.number().int(),
      /** The first rows, to pick the header row from. */
      head: z.array(z.array(cell)),
      /** The row that looks most like a header (most cells naming a known field). */
      suggestedHeaderRow: z.number().int(),
    }),
  ),
});

/** The officer's choices; everything left out is suggested. The same input previews, imports and exports problems. */
export const sheetPlanInput = z.object({
  sessionId: z.uuid(),
  sheet: z.string().max(200),
  headerRow: z.number().int().min(0).max(100),
  columns: z.array(field.nullable()).max(200).nullable().default(null),
  values: z
    .array(z.object({ field: valueField, source: z.string().max(500), target: z.string().max(200).nullable() }))
    .max(5000)
    .default([]),
  dateOrder: z.enum(DATE_ORDERS).nullable().default(null),
  /** Cells corrected in the preview: the sheet's row number (1-based) and the field's new text. */
  fixes: z
    .array(z.object({ row: z.number().int().min(1), field, value: z.string().max(2000) }))
    .max(10_000)
    .default([]),
  skip: z.array(z.number().int().min(1)).max(60_000).default([]),
  /** The office's own case for each new case (required by cases); the sheet rarely says. */
  offenceCategory: z.string().default('other'),
});

export const SHEET_ROW_ACTIONS = ['create', 'update', 'unchanged', 'problem', 'skipped'] as const;
const problem = z.object({ field: z.string(), code: z.string(), detail: z.string() });

export const sheetPreviewRow = z.object({
  row: z.number().int(),
  key: z.string(),
  action: z.enum(SHEET_ROW_ACTIONS),
  title: z.string(),
  channel: z.enum(CHANNELS).nullable(),
  status: z.string().nullable(),
  country: z.string().nullable(),
  caseLabel: z.string(),
  /** The Legat case it joins, when it exists already; null for a case the import creates. */
  caseId: id.nullable(),
  steps: z.array(z.object({ action: z.string(), occurredOn: z.string() })),
  changed: z.array(z.string()),
  problems: z.array(problem),
  /** The row's cells as mapped, for fixing in place. */
  cells: z.record(z.string(), z.string()),
});

export const sheetPreview = z.object({
  headers: z.array(z.string()),
  columns: z.array(field.nullable()),
  values: z.array(
    z.object({
      field: valueField,
      source: z.string(),
      target: z.string().nullable(),
      /** Confirmed in an earlier import: applied without asking again. */
      remembered: z.boolean(),
      count: z.number().int(),
    }),
  ),
  /** Some date reads differently day-first and month-first: the officer must choose. */
  needsDateOrder: z.boolean(),
  rows: z.array(sheetPreviewRow),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    problem: z.number().int(),
    skipped: z.number().int(),
    newCases: z.number().int(),
  }),
});

export const sheetImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  casesCreated: z.number().int(),
  requestIds: z.array(id),
});

export const sheetProblemsInput = sheetPlanInput.extend({ format: z.enum(['xlsx', 'csv']) });
export const sheetProblemsFile = z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() });
export const sheetCloseInput = z.object({ sessionId: z.uuid() });

export type SheetOpened = z.infer<typeof sheetOpened>;
export type SheetPlanInput = z.input<typeof sheetPlanInput>;
export type SheetPreview = z.infer<typeof sheetPreview>;
export type SheetPreviewRow = z.infer<typeof sheetPreviewRow>;
