import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/events';
import { frenchRegister, xlsx } from '../support/sheet-fixtures';
import { stage } from '../support/sheet-staging';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let progress: EventPayloads['progress:update'][];
beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
  progress = [];
  app.ctx.events.subscribe((event, payload) => {
    if (event === 'progress:update') progress.push(payload as EventPayloads['progress:update']);
  });
});
afterEach(() => app.close());

const count = (sql: string) => (app.ctx.db.sqlite.prepare(sql).get() as { n: number }).n;

async function openRegister() {
  const token = await stage(app, 'registre.xlsx', await xlsx(frenchRegister()));
  const opened = await app.call('sheet:inspect', { source: { kind: 'staged', token } });
  return { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow: 1, skip: [5] };
}

describe('progress and Cancel while a register is imported', () => {
  it('reports progress for the import, from nothing to every row and deadline done', async () => {
    const plan = await openRegister();
    await app.call('sheet:import', plan);
    const mine = progress.filter((p) => p.task === `sheet-import:${plan.sessionId}`);
    // Two rows to write, then the deadlines of their two requests.
    expect(mine[0]).toEqual({ task: `sheet-import:${plan.sessionId}`, done: 0, total: 4 });
    expect(mine.at(-1)).toEqual({ task: `sheet-import:${plan.sessionId}`, done: 4, total: 4 });
    const done = mine.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('cancelled before it commits, the import leaves nothing behind and can be run again', async () => {
    const plan = await openRegister();
    const before = count('SELECT count(*) AS n FROM audit_log');
    // Cancel once, as the page's button would, once the first slice of rows is written (the slice runs
    // right after the first progress event, before the queued cancel).
    const asked: Promise<unknown>[] = [];
    let writtenWhenCancelled = 0;
    app.ctx.events.subscribe((event, payload) => {
      const update = payload as EventPayloads['progress:update'];
      if (event !== 'progress:update' || update.task !== `sheet-import:${plan.sessionId}` || asked.length > 0) return;
      asked.push(
        Promise.resolve().then(() => {
          writtenWhenCancelled = count('SELECT count(*) AS n FROM requests');
          return app.call('sheet:cancel', { sessionId: plan.sessionId });
        }),
      );
    });
    const envelope = await app.raw('sheet:import', plan);
    await Promise.all(asked);
    expect(writtenWhenCancelled).toBeGreaterThan(0);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(envelope)).toContain('Import cancelled: nothing was imported.');
    expect(count('SELECT count(*) AS n FROM requests')).toBe(0);
    expect(count('SELECT count(*) AS n FROM cases')).toBe(0);
    expect(count('SELECT count(*) AS n FROM request_events')).toBe(0);
    expect(count('SELECT count(*) AS n FROM import_records')).toBe(0);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(before);
    expect(app.ctx.db.sqlite.inTransaction).toBe(false);
    expect(await app.call('sheet:import', plan)).toMatchObject({ created: 2, casesCreated: 1 });
  });

  it('a second import while one is being written is refused, and changes nothing', async () => {
    const plan = await openRegister();
    const other = await openRegister();
    const first = app.call('sheet:import', plan);
    const second = await app.raw('sheet:import', other);
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await first).toMatchObject({ created: 2 });
    expect(count('SELECT count(*) AS n FROM requests')).toBe(2);
  });

  it('refuses another write while the import is open between slices, so a cancel cannot undo it', async () => {
    const plan = await openRegister();
    const attempts: Promise<unknown>[] = [];
    app.ctx.events.subscribe((event, payload) => {
      const update = payload as EventPayloads['progress:update'];
      if (event !== 'progress:update' || update.task !== `sheet-import:${plan.sessionId}` || attempts.length > 0)
        return;
      // Queued like a click on another screen: it runs between the import's slices.
      attempts.push(
        Promise.resolve().then(() => app.raw('case:create', { ...CASE, title: 'Typed during the import' })),
      );
      attempts.push(Promise.resolve().then(() => app.call('sheet:cancel', { sessionId: plan.sessionId })));
    });
    await app.raw('sheet:import', plan);
    const [refused] = await Promise.all(attempts);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count('SELECT count(*) AS n FROM cases')).toBe(0);
    // Once the import is over, the same write goes through.
    await app.call('case:create', { ...CASE, title: 'Typed after the import' });
    expect(count('SELECT count(*) AS n FROM cases')).toBe(1);
  });
});
