import type { z } from 'zod';
import {
  contract,
  isChannelName,
  OPEN_WHILE_LOCKED,
  type ChannelName,
  type Envelope,
  type ErrorEnvelope,
} from '../../shared/ipc-contract';
import type { AppContext } from '../core/context';
import { AppError } from '../core/errors';
import { storageError } from '../core/db/storage-errors';
import { handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

const fail = (error: ErrorEnvelope): Envelope<never> => ({ ok: false, error });

function issuesOf(error: z.ZodError) {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
}

function isConstraintError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT')
  );
}

/** The cipher authenticates each page as it reads it: a failure means the file on disk was altered. */
function isDamagedFileError(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (or key) holding a lone UTF-16 surrogate, or null. SQLite and every
 * file writer would turn it into U+FFFD silently, so the text stored would not be the text sent;
 * checked here, before the schemas, so both transports and every channel refuse it alike.
 */
function loneSurrogateAt(value: unknown, at: (string | number)[]): (string | number)[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? at : null;
  // No channel's input nests this deep; the schema refuses such input, and the walk must not overflow.
  if (at.length > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogateAt(value[i], [...at, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...at, key];
      const found = loneSurrogateAt(item, [...at, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The one dispatcher behind both transports (Electron IPC and the local HTTP host):
 * contract lookup → zod parse → handler → envelope. It never throws.
 */
export function createDispatch(ctx: AppContext): Dispatch {
  return (channel, input) => dispatchOne(ctx, channel, input);
}

async function dispatchOne(ctx: AppContext, channel: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) return fail({ code: 'UNKNOWN_CHANNEL', message: `No such channel: ${channel}` });
  if (!OPEN_WHILE_LOCKED.has(channel) && !ctx.session.isUnlocked()) {
    return fail({ code: 'LOCKED', message: 'Legat is locked. Sign in to continue.' });
  }
  const surrogate = loneSurrogateAt(input, []);
  if (surrogate) {
    return fail({
      code: 'VALIDATION',
      message: `Invalid input for ${channel}: text holds a broken character (a lone UTF-16 surrogate).`,
      issues: [{ path: surrogate, message: 'validation.text.loneSurrogate' }],
    });
  }
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    return fail({ code: 'VALIDATION', message: `Invalid input for ${channel}.`, issues: issuesOf(parsed.error) });
  }
  try {
    const run = handlers[channel] as (c: AppContext, i: unknown) => unknown;
    // Synchronous handlers are not awaited: a read answers in the same turn, with no extra microtask hop.
    const result = run(ctx, parsed.data);
    const data = contract[channel].output.parse(result instanceof Promise ? await result : result);
    announceWrite(ctx, channel);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) return fail({ code: error.code, message: error.message, issues: error.issues });
    // A full disk, read-only media or a damaged file: a typed error the officer can act on.
    const storage = storageError(error, ctx.storage.health);
    if (storage) return fail({ code: storage.code, message: storage.message });
    if (isDamagedFileError(error)) {
      ctx.logger.error(`handler ${channel} read a damaged page`, { error: String(error) });
      return fail({
        code: 'UNREADABLE',
        message:
          'Part of the database file is damaged (a page failed its integrity check). Nothing was changed; restore legat.sqlite from the backups folder.',
      });
    }
    if (isConstraintError(error)) {
      return fail({ code: 'CONFLICT', message: `The change conflicts with existing records (${error.code}).` });
    }
    ctx.logger.error(`handler ${channel} failed`, { error: error instanceof Error ? error.stack : String(error) });
    return fail({ code: 'INTERNAL', message: 'An unexpected error occurred. Details are in the log.' });
  }
}

/**
 * A write announces what its channel declares it changed, once; a read never announces, since every
 * announcement makes the page refetch the reads that show those entities.
 */
function announceWrite(ctx: AppContext, channel: ChannelName): void {
  const { changes } = contract[channel];
  if (changes.length > 0) ctx.events.emit('data:changed', { entities: [...changes] });
}
