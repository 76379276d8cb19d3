/**
 * Recomputing every open request's deadlines (after a rule or office change) runs in slices with the
 * event loop free between them, reports its progress, and leaves the same deadlines a one-shot
 * recompute would.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/events';
import { RECOMPUTE_TASK, recomputeOpenRequests } from '../../electron/core/deadlines/recompute-all';
import { openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let progress: EventPayloads['progress:update'][];
beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  await app.call('office:loadSample', {});
  progress = [];
  app.ctx.events.subscribe((event, payload) => {
    if (event === 'progress:update') progress.push(payload as EventPayloads['progress:update']);
  });
});
afterEach(() => app.close());

const storedDeadlines = () =>
  app.ctx.db.sqlite.prepare('SELECT key, due_at, met_at FROM request_deadlines ORDER BY key').all();
const openRequests = () =>
  app.ctx.db.sqlite.prepare('SELECT count(*) FROM requests WHERE finished = 0').pluck().get() as number;

describe('recompute of all open requests', () => {
  it('lets other work run between slices and reports progress up to the total', async () => {
    const before = storedDeadlines();
    app.ctx.db.sqlite.exec('DELETE FROM request_deadlines');
    const total = openRequests();
    expect(total).toBeGreaterThan(2);

    // Counts turns of the event loop taken by anything else while the recompute is under way.
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    // One request per slice, so every request is its own turn.
    const done = await recomputeOpenRequests(app.ctx, { sliceMs: 0 });
    running = false;

    expect(done).toBe(total);
    expect(turns).toBeGreaterThanOrEqual(total - 1);
    expect(storedDeadlines()).toEqual(before);
    expect(progress[0]).toEqual({ task: RECOMPUTE_TASK, done: 0, total });
    expect(progress.at(-1)).toEqual({ task: RECOMPUTE_TASK, done: total, total });
    const counts = progress.map((p) => p.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('stops between slices when asked, and a later run finishes the work', async () => {
    const before = storedDeadlines();
    app.ctx.db.sqlite.exec('DELETE FROM request_deadlines');
    let slices = 0;
    const partial = await recomputeOpenRequests(app.ctx, { sliceMs: 0, stopped: () => (slices += 1) > 2 });
    expect(partial).toBe(2);
    await recomputeOpenRequests(app.ctx);
    expect(storedDeadlines()).toEqual(before);
  });

  it('runs when a rule is saved, and the page hears about it', async () => {
    const { rules } = await app.call('rule:list', {});
    const rule = rules.find((r) => r.rule.channel === 'rogatory' && r.rule.deadlineKind === 'expected_response')!;
    await app.call('rule:save', { ...rule.rule, duration: { amount: 3, unit: 'months' } });
    expect(progress.at(-1)).toEqual({ task: RECOMPUTE_TASK, done: openRequests(), total: openRequests() });
  });
});
