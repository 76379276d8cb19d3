import { randomBytes } from 'node:crypto';
import type { Staged, StagedInput, StagingPort } from '../context';
import type { Clock } from '../ports';

export type { Staged, StagedBlob, StagedInput, StagedPath } from '../context';

/** Long enough to type a description for a batch of files, short enough that nothing lingers. */
export const STAGING_TTL_MS = 30 * 60 * 1000;

/**
 * Files between arrival and registration, behind unguessable single-use tokens. Kept in memory only:
 * a token is a claim on this launch's upload, never a lasting reference.
 */
export class StagingArea implements StagingPort {
  private readonly entries = new Map<string, Staged>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = STAGING_TTL_MS,
  ) {}

  put(entry: StagedInput): string {
    const token = randomBytes(24).toString('base64url');
    this.entries.set(token, { ...entry, expiresAt: this.clock.now().getTime() + this.ttlMs });
    return token;
  }

  /** Hands the entry over once; an unknown, used or expired token gives null. */
  take(token: string): Staged | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    this.entries.delete(token);
    return entry.expiresAt > this.clock.now().getTime() ? entry : null;
  }

  /** Puts back an entry whose registration failed (a wrong case id), so the officer can correct and retry. */
  restore(token: string, entry: Staged): void {
    this.entries.set(token, entry);
  }

  /** Removes and returns what has expired, so the caller can drop blobs nobody registered. */
  sweep(): Staged[] {
    const now = this.clock.now().getTime();
    const expired: Staged[] = [];
    for (const [token, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        expired.push(entry);
        this.entries.delete(token);
      }
    }
    return expired;
  }

  holds(sha256: string): boolean {
    for (const entry of this.entries.values()) if (entry.source === 'store' && entry.sha256 === sha256) return true;
    return false;
  }

  clear(): void {
    this.entries.clear();
  }
}
