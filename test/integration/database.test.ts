import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFromFutureError } from '../../electron/core/db/open';
import { closeApp, DATABASE_FILE, openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { CASE, fixedClock, MIGRATIONS_DIR, OFFICE_PROFILE, openTestApp, TEST_DATA_KEY } from '../support/test-app';

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real migrations up to `count` of them, as an earlier release shipped. */
function migrationsUpTo(count: number): string {
  const dir = tempDir('legat-migrations-');
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** A copy of the real migrations plus one more, as a future release of the app would ship. */
function migrationsWithOneMore(): string {
  const dir = tempDir('legat-migrations-');
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string }[];
  };
  const last = journal.entries[journal.entries.length - 1]!;
  const tag = `${String(last.idx + 1).padStart(4, '0')}_test_next`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(path.join(dir, `${tag}.sql`), 'ALTER TABLE `cases` ADD `court_file` text;');
  return dir;
}

const open = (dataDir: string, migrationsDir = MIGRATIONS_DIR) =>
  openApp({
    dataDir,
    migrationsDir,
    mode: 'browser',
    version: 'test',
    clock: fixedClock('2026-11-30T10:00:00Z'),
    logger: silentLogger,
    key: TEST_DATA_KEY,
  });

describe('database', () => {
  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const app = openTestApp();
    const pragma = (name: string) => app.ctx.db.sqlite.pragma(name, { simple: true });
    expect([pragma('journal_mode'), pragma('synchronous'), pragma('foreign_keys')]).toEqual(['wal', 2, 1]);
    app.close();
  });

  it('keeps the schema the reviewed snapshot describes', async () => {
    const app = openTestApp();
    const rows = app.ctx.db.sqlite
      .prepare(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
      )
      .all() as { sql: string }[];
    app.close();
    await expect(rows.map((r) => `${r.sql};`).join('\n\n') + '\n').toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('has a migration for every change in schema.ts', () => {
    const out = tempDir('legat-generate-');
    cpSync(MIGRATIONS_DIR, out, { recursive: true });
    // drizzle-kit takes --out relative to the working folder.
    const output = execFileSync(
      'npx',
      [
        'drizzle-kit',
        'generate',
        '--dialect',
        'sqlite',
        '--schema',
        'electron/core/db/schema.ts',
        '--out',
        path.relative(process.cwd(), out),
      ],
      { stdio: 'pipe', encoding: 'utf8' },
    );
    expect(output).toContain('No schema changes');
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.sql'))
        .sort(),
    ).toEqual(
      readdirSync(MIGRATIONS_DIR)
        .filter((f) => f.endsWith('.sql'))
        .sort(),
    );
  }, 60_000);

  it('writes a verified backup before migrating existing data, and keeps the data', async () => {
    const dataDir = tempDir('legat-data-');
    const before = open(dataDir);
    const app = openTestApp({ dataDir });
    await app.call('office:setup', OFFICE_PROFILE);
    await app.call('case:create', CASE);
    closeApp(app.ctx);
    closeApp(before);

    const upgraded = open(dataDir, migrationsWithOneMore());
    expect(upgraded.db.backupFile).toMatch(/backups\/legat-.*-schema-\d+\.sqlite$/);
    expect(upgraded.db.sqlite.prepare('SELECT reference, court_file FROM cases').all()).toEqual([
      { reference: 'LGT-2026-0001', court_file: null },
    ]);
    const backupFile = upgraded.db.backupFile!;
    closeApp(upgraded);
    // The backup of an encrypted database is encrypted with the same key.
    const backup = new Database(backupFile, { readonly: true });
    applyDatabaseKey(backup, TEST_DATA_KEY);
    expect(backup.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const dataDir = tempDir('legat-data-');
    closeApp(open(dataDir, migrationsWithOneMore()));
    const file = path.join(dataDir, DATABASE_FILE);
    const bytes = readFileSync(file);
    expect(() => open(dataDir)).toThrow(DatabaseFromFutureError);
    expect(() => open(dataDir)).toThrow(/newer version of Legat/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('does not take a backup of a brand-new database', () => {
    const dataDir = tempDir('legat-data-');
    const app = open(dataDir);
    expect(app.db.backupFile).toBeNull();
    closeApp(app);
  });

  it('gives requests recorded before workflows their first step, dated when they were sent (migration 0002)', () => {
    const dataDir = tempDir('legat-data-');
    const before = open(dataDir, migrationsUpTo(2));
    const db = before.db.sqlite;
    db.prepare(
      "INSERT INTO office (id, name, home_country, host_country, time_zone, reference_prefix, created_at, updated_at) VALUES (1, 'O', 'FR', 'US', 'America/New_York', 'LGT', 'x', 'x')",
    ).run();
    db.prepare(
      "INSERT INTO cases (id, reference, title, offence_category, status, priority, opened_on, created_at, updated_at) VALUES (1, 'LGT-2025-0001', 'C', 'fraud', 'open', 'normal', '2025-01-02', 'x', 'x')",
    ).run();
    const insertRequest = db.prepare(
      "INSERT INTO requests (case_id, channel, direction, title, counterpart_country, urgency, status, sent_on, created_at, updated_at) VALUES (1, ?, 'outgoing', 'R', 'US', 'routine', ?, ?, ?, ?)",
    );
    insertRequest.run(
      'rogatory',
      'transmitted_mfa',
      '2025-10-30',
      '2025-11-02T09:00:00.000Z',
      '2025-11-02T09:00:00.000Z',
    );
    insertRequest.run('mla', 'draft', null, '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z');
    closeApp(before);

    const after = open(dataDir);
    const events = after.db.sqlite
      .prepare(
        'SELECT request_id AS id, action, from_status AS fromStatus, to_status AS toStatus, occurred_on AS occurredOn, time_zone AS zone FROM request_events ORDER BY request_id',
      )
      .all();
    closeApp(after);
    expect(events).toEqual([
      {
        id: 1,
        action: 'record',
        fromStatus: null,
        toStatus: 'transmitted_mfa',
        occurredOn: '2025-10-30',
        zone: 'America/New_York',
      },
      {
        id: 2,
        action: 'record',
        fromStatus: null,
        toStatus: 'draft',
        occurredOn: '2026-01-05',
        zone: 'America/New_York',
      },
    ]);
  });
});

describe('record identity for bundles (migration 0005)', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const TABLES = [
    'cases',
    'subjects',
    'identifiers',
    'contacts',
    'requests',
    'timeline_events',
    'request_events',
    'manual_deadlines',
  ];

  it('gives every existing record a distinct UUID when upgrading, and every new one on insert', async () => {
    const dataDir = tempDir('legat-data-');
    const before = open(dataDir, migrationsUpTo(5));
    const app = openTestApp({ dataDir: tempDir('legat-sample-') });
    await app.call('office:loadSample', {});
    // Copy the sample's rows into a pre-0005 database, without their UUIDs.
    const sample = app.ctx.db.sqlite;
    const old = before.db.sqlite;
    for (const table of ['office', 'officers', ...TABLES.slice(0, 5), 'request_contacts']) {
      const rows = sample.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      // Columns added by later migrations do not exist yet in a pre-0005 table.
      const existing = new Set(
        (old.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name),
      );
      for (const row of rows) {
        delete row.uuid;
        const cols = Object.keys(row).filter((c) => existing.has(c));
        old
          .prepare(`INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
          .run(...cols.map((c) => row[c]));
      }
    }
    app.close();
    closeApp(before);

    const after = open(dataDir);
    const db = after.db.sqlite;
    for (const table of TABLES.slice(0, 5)) {
      const rows = db.prepare(`SELECT uuid FROM ${table}`).all() as { uuid: string }[];
      expect(rows.length, table).toBeGreaterThan(0);
      for (const { uuid } of rows) expect(uuid, table).toMatch(UUID_V4);
      expect(new Set(rows.map((r) => r.uuid)).size, table).toBe(rows.length);
    }
    // A raw insert without one (old code paths, the seed) still gets one.
    db.prepare(
      "INSERT INTO contacts (kind, name, country, created_at, updated_at) VALUES ('other', 'Raw', 'FR', 'x', 'x')",
    ).run();
    expect((db.prepare("SELECT uuid FROM contacts WHERE name = 'Raw'").get() as { uuid: string }).uuid).toMatch(
      UUID_V4,
    );
    closeApp(after);
  });

  it('fills the UUID of records the app creates', async () => {
    const app = openTestApp();
    await app.call('office:loadSample', {});
    for (const table of TABLES) {
      const missing = app.ctx.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE uuid IS NULL`).get();
      expect(missing, table).toEqual({ n: 0 });
    }
    app.close();
  });
});
