import { z } from 'zod';

export const BACKUP_KINDS = ['auto', 'manual', 'safety', 'pre-migration'] as const;

export const backupInfo = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number().int().min(0),
  schemaVersion: z.number().int().nullable(),
  verified: z.boolean(),
});
export type BackupInfoDto = z.infer<typeof backupInfo>;

/** Bounded by rotation (7 daily + 4 weekly) plus the copies made by hand; capped all the same. */
export const backupList = z.object({ items: z.array(backupInfo), total: z.number().int() });

export const DAMAGE_FOUND = ['open', 'migration', 'export', 'read'] as const;

export const backupStatus = z.object({
  /** Set when the database failed SQLite's check: writes are refused until a backup is restored. */
  damaged: z.object({ found: z.enum(DAMAGE_FOUND), detail: z.string() }).nullable(),
  /** The data folder is on read-only media: an intact database opened read-only; every change is refused. */
  readOnly: z.boolean(),
  lastGood: backupInfo.nullable(),
  folder: z.string(),
});

/** "Back up to folder…": the desktop writes where the officer chose; the browser downloads the copy. */
export const backupCopyResult = z.object({
  fileName: z.string(),
  path: z.string().nullable(),
  downloadPath: z.string().nullable(),
  cancelled: z.boolean(),
});

/** A backup from the list by name, or (desktop) a file the officer picks, e.g. on removable media. */
export const backupRestoreInput = z.union([
  z.object({ name: z.string().min(1).max(200) }).strict(),
  z.object({ pick: z.literal(true) }).strict(),
]);

export const backupRestoreResult = z.object({
  restoredFrom: z.string(),
  /** The database as it was just before, kept in the backups folder (null when nothing was restored). */
  safetyCopy: z.string().nullable(),
  schemaVersion: z.number().int(),
  cancelled: z.boolean(),
});
