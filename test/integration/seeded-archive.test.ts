/**
 * The seeder bulk-loads (indexes, search index and insert triggers built after the rows): the archive it
 * leaves must be the one the app would have written, and the app must work on it as on any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { deadlineInputs } from '../../electron/core/deadlines/deadline-inputs';
import { refreshOpenRequests } from '../../electron/core/deadlines/refresh';
import { requireOffice } from '../../electron/core/office/office-repo';
import { seedArchive, type SeedReport } from '../bench/seed';
import { openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let fresh: TestApp;
let report: SeedReport;
beforeAll(() => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  report = seedArchive(app.ctx, { size: 'small', seed: 5, until: '2026-11-30' });
  fresh = openTestApp();
}, 120_000);
afterAll(() => {
  app.close();
  fresh.close();
});

const schemaOf = (db: Database.Database) =>
  db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all();

describe('the seeded archive', () => {
  it('has the schema of a newly migrated database: every index and trigger is back', () => {
    expect(schemaOf(app.ctx.db.sqlite)).toEqual(schemaOf(fresh.ctx.db.sqlite));
  });

  it('is intact, every reference has its row, and it is back in the app’s journal and sync modes', () => {
    const db = app.ctx.db.sqlite;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const missingUuid = db
      .prepare(
        `SELECT (SELECT count(*) FROM cases WHERE uuid IS NULL) + (SELECT count(*) FROM requests WHERE uuid IS NULL)
           + (SELECT count(*) FROM request_events WHERE uuid IS NULL) + (SELECT count(*) FROM timeline_events WHERE uuid IS NULL)`,
      )
      .pluck()
      .get();
    expect(missingUuid).toBe(0);
  });

  it('holds the search rows the triggers would have written, one per case, request, contact and identifier', () => {
    const db = app.ctx.db.sqlite;
    const sources = `SELECT * FROM (${['cases', 'requests', 'contacts', 'identifiers']
      .map((source) => `SELECT rid, type, row_id, case_id, title, body FROM search_source_${source}`)
      .join(' UNION ALL ')})`;
    const indexed = 'SELECT rowid, type, row_id, case_id, title, body FROM search_index';
    const count = (sql: string) => db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number;
    expect(count(indexed)).toBe(report.counts.cases! + report.counts.requests! + 300 + report.counts.identifiers!);
    expect(count(`${indexed} EXCEPT ${sources}`)).toBe(0);
    expect(count(`${sources} EXCEPT ${indexed}`)).toBe(0);
    expect(() => db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')")).not.toThrow();
  });

  it('is found by search, and keeps its index up to date when a case is edited afterwards', async () => {
    const reference = app.ctx.db.sqlite.prepare('SELECT reference FROM cases WHERE id = 17').pluck().get() as string;
    const found = await app.call('search:query', { q: reference });
    expect(found.items.some((item) => item.type === 'case' && item.id === 17)).toBe(true);

    const kase = await app.call('case:get', { id: 17 });
    await app.call('case:update', { ...kase, summary: 'Zanzibarite shipment traced through the port.' });
    const edited = await app.call('search:query', { q: 'zanzibarite' });
    expect(edited.items.map((item) => [item.type, item.id])).toEqual([['case', 17]]);
  });

  it('carries the deadlines the app computes for its open requests', () => {
    const db = app.ctx.db.sqlite;
    const stored = () => db.prepare('SELECT * FROM request_deadlines ORDER BY key').all();
    const before = stored();
    expect(before.length).toBeGreaterThan(0);
    const inputs = deadlineInputs(app.ctx, requireOffice(app.ctx.db.orm));
    db.transaction(() => refreshOpenRequests(app.ctx.db.orm, inputs))();
    expect(stored()).toEqual(before);
  });
});
