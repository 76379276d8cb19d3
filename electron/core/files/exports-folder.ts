import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../ports';
import { commitPartial, discardPartial, partialPathFor } from '../atomic-file';
import { openSealedFile, sealFileInPlace, sealingStream } from '../crypto/sealed-blob';

/**
 * Browser mode hands exports over as downloads from `<dataDir>/exports/`. Nothing readable may wait
 * there: every file is sealed under the office's data key (crypto/sealed-blob.ts) before its download link
 * exists, is decrypted as it streams to the browser, and is removed once fetched. What a crash or a
 * closed tab leaves is removed at the next start.
 */
export const exportsDir = (dataDir: string) => path.join(dataDir, 'exports');

export function exportPath(dataDir: string, fileName: string): string {
  const dir = exportsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return path.join(dir, fileName);
}

/** Writes text (an audit CSV, a vCard) sealed from the start: no plaintext byte reaches the disk. */
export async function writeSealedExport(file: string, text: string, dataKey: Buffer): Promise<void> {
  const partial = partialPathFor(file);
  try {
    await pipeline(Readable.from([Buffer.from(text, 'utf8')]), sealingStream(dataKey), createWriteStream(partial));
    await commitPartial(partial, file);
  } catch (error) {
    await discardPartial(partial);
    throw error;
  }
}

/**
 * A file written whole by another writer (the bundle worker, a backup copy), sealed in its place; if
 * that fails the plaintext goes too, and the export fails.
 */
export async function sealExport(file: string, dataKey: Buffer): Promise<void> {
  try {
    await sealFileInPlace(file, dataKey);
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
}

/** The plaintext of a sealed export, as it streams to the download. */
export function openExport(file: string, dataKey: Buffer) {
  return openSealedFile(file, dataKey);
}

/**
 * At every start: the exports and the bundle staging folder of the previous run go (a download never
 * fetched, an upload never imported, a decrypted bundle of an open preview, a half-written partial).
 * A folder that cannot be cleared (read-only media) is logged, never fatal.
 */
export function clearLeftovers(dataDir: string, logger: Logger): void {
  for (const dir of [exportsDir(dataDir), path.join(dataDir, 'staging')]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        rmSync(path.join(dir, name), { recursive: true, force: true });
      } catch (error) {
        logger.warn('could not remove a leftover file', { file: path.join(dir, name), error: String(error) });
      }
    }
  }
}
