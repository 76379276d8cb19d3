import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A temporary name beside the destination, so the final rename stays on one file system. */
export function partialPathFor(destination: string): string {
  return path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.partial`,
  );
}

/** Makes a rename durable: on POSIX the directory entry itself must reach the disk. */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a finished temp file to disk and moves it into place; the destination is never half-written. */
export async function commitPartial(partial: string, destination: string): Promise<void> {
  const handle = await open(partial, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, destination);
  fsyncDirectory(path.dirname(destination));
}

/** commitPartial for a caller that cannot wait (opening the database, before a migration). */
export function commitPartialSync(partial: string, destination: string): void {
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, destination);
  fsyncDirectory(path.dirname(destination));
}

export async function discardPartial(partial: string): Promise<void> {
  await rm(partial, { force: true });
}

export function discardPartialSync(partial: string): void {
  rmSync(partial, { force: true });
}
