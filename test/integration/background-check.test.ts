import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { lockSession } from '../../electron/core/security/auth-sign-in';
import { checkpoint, flipPageTypeByte, rootPageOf } from '../support/damage';
import { CASE, CHECK_WORKER, OFFICE_PROFILE, openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app';

// A worker thread that loads the TypeScript sources takes seconds to start on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const apps: TestApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

/** An office with some cases, closed so its file can be changed from outside. */
async function closedOffice(): Promise<{ dataDir: string; file: string }> {
  const app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  for (let i = 0; i < 30; i += 1)
    await app.call('case:create', { ...CASE, title: `Case ${i}`, summary: 'x'.repeat(400) });
  app.ctx.db.sqlite.close();
  const file = path.join(app.dataDir, 'legat.sqlite');
  checkpoint(file, TEST_DATA_KEY);
  return { dataDir: app.dataDir, file };
}

function reopen(dataDir: string, worker: string | undefined): TestApp {
  const app = openTestApp({ dataDir, now: '2026-12-01T09:00:00Z', backgroundCheck: { worker } });
  apps.push(app);
  return app;
}

// The same check runs in the app's worker thread and, for the core on its own, on this thread.
describe.each([
  ['in a worker thread', CHECK_WORKER],
  ['on this thread', undefined],
])('the database check after sign-in, %s', (_where, worker) => {
  it('ends "checked, fine" on a sound database, and writes go on', async () => {
    const { dataDir } = await closedOffice();
    const app = reopen(dataDir, worker);
    expect(await app.ctx.storage.check.settled()).toBe('fine');
    expect(app.ctx.storage.health).toEqual({ damaged: null, readOnly: false });
    await app.call('case:create', { ...CASE, title: 'Written after the check' });
  });

  it('finds a damaged page the open did not read: damaged mode, the page told to refresh, writes refused', async () => {
    const { dataDir, file } = await closedOffice();
    flipPageTypeByte(file, rootPageOf(file, 'cases', TEST_DATA_KEY));
    const app = reopen(dataDir, worker);
    const changes: unknown[] = [];
    app.ctx.events.subscribe((event, payload) => {
      if (event === 'data:changed') changes.push(payload);
    });
    expect((await app.call('office:get', {}))?.name).toBe(OFFICE_PROFILE.name);
    expect(await app.ctx.storage.check.settled()).toBe('damaged');
    expect(changes).toContainEqual({ entities: ['backup'] });
    const status = await app.call('backup:status', {});
    expect(status.damaged).toMatchObject({ found: 'open' });
    expect(status.damaged?.detail).toBeTruthy();
    const write = await app.raw('contact:create', { name: 'Nobody', kind: 'legal_attache', country: 'US' });
    expect(write).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
  });

  it('finds a row pointing at a parent that is gone (foreign_key_check)', async () => {
    const { dataDir, file } = await closedOffice();
    const db = new Database(file);
    applyDatabaseKey(db, TEST_DATA_KEY);
    db.pragma('foreign_keys = OFF');
    db.prepare('UPDATE cases SET lead_officer_id = 999 WHERE id = 3').run();
    db.close();
    const app = reopen(dataDir, worker);
    expect(await app.ctx.storage.check.settled()).toBe('damaged');
    expect(app.ctx.storage.health.damaged?.detail).toMatch(/foreign_key_check: cases row 3 → missing officers/);
    expect((await app.raw('case:create', CASE)).ok).toBe(false);
  });

  it('closing the app while the check runs ends it: nothing hangs, nothing is marked', async () => {
    const { dataDir } = await closedOffice();
    const app = reopen(dataDir, worker);
    const settled = app.ctx.storage.check.settled();
    while (app.ctx.storage.check.state === 'waiting') await new Promise((resolve) => setImmediate(resolve));
    expect(app.ctx.storage.check.state).toBe('running');
    apps.splice(apps.indexOf(app), 1);
    app.close();
    expect(await settled).toBe('stopped');
    expect(app.ctx.storage.check.state).toBe('stopped');
  });

  it('locking before the check ends stops it; the next sign-in checks again', async () => {
    const { dataDir } = await closedOffice();
    const app = reopen(dataDir, worker);
    const first = app.ctx.storage.check.settled();
    lockSession(app.ctx, 'manual');
    expect(await first).toBe('stopped');
    app.ctx.session.open(TEST_DATA_KEY, 1);
    expect(await app.ctx.storage.check.settled()).toBe('fine');
  });
});

describe('locking while the check runs on this thread', () => {
  it('lets the check go first, so the close folds every row into the database file', async () => {
    const { dataDir, file } = await closedOffice();
    const app = reopen(dataDir, undefined);
    await app.call('case:create', { ...CASE, title: 'Written just before the lock' });
    while (app.ctx.storage.check.state === 'waiting') await new Promise((resolve) => setImmediate(resolve));
    expect(app.ctx.storage.check.state).toBe('running');
    // A few turns in, the check has its own connection open and is between two tables.
    for (let turn = 0; turn < 4; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    lockSession(app.ctx, 'manual');
    expect(await app.ctx.storage.check.settled()).toBe('stopped');
    // An officer who copies legat.sqlite alone after locking copies every case.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const copy = new Database(file, { readonly: true });
    applyDatabaseKey(copy, Buffer.from(TEST_DATA_KEY));
    expect(copy.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 31 });
    copy.close();
  });
});
