import { accessSync, closeSync, constants, existsSync, openSync } from 'node:fs';
import path from 'node:path';

// What the system says when a file or folder cannot be written, even by root: read-only media (EROFS),
// or access taken away (EACCES, EPERM).
const UNWRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Can the database file be opened for writing, and its folder take the WAL and shared-memory files?
 * Asked before SQLite opens it, because SQLite quietly falls back to read-only and would report the
 * first write as an error much later.
 */
export function onReadOnlyMedia(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    closeSync(openSync(file, 'r+'));
    accessSync(path.dirname(file), constants.W_OK);
    return false;
  } catch (error) {
    if (UNWRITABLE.has((error as { code?: string }).code ?? '')) return true;
    throw error;
  }
}
