import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { suggestMapping } from '../../../shared/domain/sheet-import/fields';
import type { Staged } from '../attachments/staging';
import type { AppContext } from '../context';
import { AppError, invalid } from '../errors';
import { blobPath, openBlob } from '../files/blob-store';
import { formatBytes } from '../../../shared/domain/file-size';
import type { Workbook } from './sheet-file';
import { SHEET_MAX_BYTES } from './sheet-limits';
import { readSheetJob } from './sheet-read-job';
import { progressEmitter } from '../events/progress';

export interface SheetSession {
  fileName: string;
  sha256: string;
  size: number;
  workbook: Workbook;
  expiresAt: number;
}

/** Long enough to work through a large sheet's problems; the parsed rows are dropped after. */
const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
const sessions = new WeakMap<AppContext, Map<string, SheetSession>>();

function store(ctx: AppContext): Map<string, SheetSession> {
  let map = sessions.get(ctx);
  if (!map) sessions.set(ctx, (map = new Map<string, SheetSession>()));
  const now = ctx.clock.now().getTime();
  for (const [id, session] of map) if (session.expiresAt <= now) map.delete(id);
  return map;
}

export function requireSession(ctx: AppContext, sessionId: string): SheetSession {
  const session = store(ctx).get(sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'The sheet is no longer open; choose the file again.');
  return session;
}

export function closeSession(ctx: AppContext, sessionId: string): void {
  store(ctx).delete(sessionId);
}

/** Sheets being read, by the id their session will have: `sheet:cancel` stops the reading. */
const reading = new WeakMap<AppContext, Map<string, AbortController>>();

function readers(ctx: AppContext): Map<string, AbortController> {
  let map = reading.get(ctx);
  if (!map) reading.set(ctx, (map = new Map<string, AbortController>()));
  return map;
}

/** Stops the reading of this sheet before its session opens; false when none runs. */
export function cancelSheetRead(ctx: AppContext, sessionId: string): boolean {
  const reader = readers(ctx).get(sessionId);
  reader?.abort();
  return reader !== undefined;
}

export const sheetReadTask = (sessionId: string) => `sheet-read:${sessionId}`;

const tooLarge = (size: number) =>
  invalid(
    ['file'],
    'validation.sheetImport.tooLarge',
    `The file is ${formatBytes(size)}; sheets up to ${formatBytes(SHEET_MAX_BYTES)} can be imported. Split it and import each part.`,
  );

/**
 * The staged file's bytes, and the staged copy gone: an upload's blob is removed from the store at
 * once (unless an attachment or another staged upload holds the same content), parsed or refused.
 */
async function takeBytes(ctx: AppContext, entry: Staged): Promise<Buffer> {
  if (entry.source === 'path') {
    const size = statSync(entry.path, { throwIfNoEntry: false })?.size;
    if (size === undefined)
      throw invalid(['token'], 'validation.attachment.gone', `${entry.path} can no longer be read.`);
    if (size > SHEET_MAX_BYTES) throw tooLarge(size);
    return readFileSync(entry.path);
  }
  try {
    if (entry.size > SHEET_MAX_BYTES) throw tooLarge(entry.size);
    const chunks: Buffer[] = [];
    for await (const chunk of openBlob(ctx.paths.dataDir, entry.sha256, ctx.session.dataKey()))
      chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } finally {
    const used = ctx.db.sqlite.prepare('SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').get(entry.sha256);
    if (!used && !ctx.staging.holds(entry.sha256)) rmSync(blobPath(ctx.paths.dataDir, entry.sha256), { force: true });
  }
}

const HEAD_ROWS = 15;

/** The header row: among the first rows, the one whose cells name the most known fields. */
function headerRowOf(rows: Workbook['sheets'][number]['rows']): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, HEAD_ROWS).forEach((row, index) => {
    const score = suggestMapping(row.map((c) => (c === null ? '' : String(c)))).filter(Boolean).length;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

export async function openSheet(
  ctx: AppContext,
  input: ParsedInput<'sheet:inspect'>,
): Promise<ChannelOutput<'sheet:inspect'>> {
  const sessionId = input.sessionId ?? randomUUID();
  if (store(ctx).has(sessionId) || readers(ctx).has(sessionId))
    throw new AppError('CONFLICT', 'This sheet is already open; choose the file again.');
  const entry = ctx.staging.take(input.source.token);
  if (!entry) throw new AppError('NOT_FOUND', 'The chosen file is no longer available; choose it again.');
  const controller = new AbortController();
  readers(ctx).set(sessionId, controller);
  const progress = progressEmitter(ctx, sheetReadTask(sessionId));
  let bytes: Buffer;
  let workbook: Workbook;
  try {
    bytes = await takeBytes(ctx, entry);
    // Parsed in a worker thread (ctx.paths.sheetWorker): a large sheet does not hold the window's calls.
    workbook = await readSheetJob(
      ctx.paths.sheetWorker,
      { bytes, fileName: entry.name },
      { onProgress: progress.report, signal: controller.signal },
    );
  } finally {
    readers(ctx).delete(sessionId);
    progress.finish();
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  store(ctx).set(sessionId, {
    fileName: entry.name,
    sha256,
    size: bytes.byteLength,
    workbook,
    expiresAt: ctx.clock.now().getTime() + SESSION_TTL_MS,
  });
  return {
    sessionId,
    fileName: entry.name,
    sha256,
    size: bytes.byteLength,
    format: workbook.format,
    encoding: workbook.encoding,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      rowCount: sheet.rows.length,
      head: sheet.rows.slice(0, HEAD_ROWS),
      suggestedHeaderRow: headerRowOf(sheet.rows),
    })),
  };
}
