import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/ipc-contract';
import { openTestApp, type TestApp } from '../support/test-app';
import { seedStatsDataset, type Seeded } from '../support/stats-dataset';

let app: TestApp;
let seeded: Seeded;
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  seeded = await seedStatsDataset(app);
});
afterEach(() => app.close());

type Overview = ChannelOutput<'stats:overview'>;
const group = (overview: Overview, dimension: string, key: string) =>
  overview.breakdowns.find((b) => b.dimension === dimension)!.groups.find((g) => g.key === key);

describe('statistics overview', () => {
  it('counts and times the year’s requests as computed by hand', async () => {
    const overview = await app.call('stats:overview', YEAR);
    // Turnarounds in days: R1 10, R2 4, R3 0, R5 2, R6 3, R8 21. R7 was never sent; R4's preservation was
    // confirmed, which the workflow does not count as an answer. Sorted: 0 2 3 4 10 21.
    expect(overview.total).toMatchObject({ count: 8, answered: 6, medianDays: 3.5, p90Days: 21, meanDays: 6.7 });
    // Provider: 0 4 10 21 → median 7, nearest-rank p90 the 4th value, mean 8.75.
    expect(group(overview, 'channel', 'provider')).toMatchObject({
      count: 5,
      answered: 4,
      medianDays: 7,
      p90Days: 21,
      meanDays: 8.8,
    });
    expect(group(overview, 'channel', 'police')).toMatchObject({
      count: 2,
      medianDays: 2.5,
      p90Days: 3,
      meanDays: 2.5,
    });
    expect(group(overview, 'channel', 'mla')).toMatchObject({ count: 1, answered: 0, medianDays: null });
    expect(group(overview, 'outcome', 'fulfilled')?.count).toBe(4);
    expect(group(overview, 'outcome', 'refused')?.count).toBe(2);
    expect(group(overview, 'outcome', 'preserved')?.count).toBe(1);
    expect(group(overview, 'outcome', 'pending')?.count).toBe(1);
    expect(group(overview, 'provider', 'Meta Platforms Ireland')?.count).toBe(2);
    expect(group(overview, 'category', '-')?.count).toBe(4);
    expect(group(overview, 'direction', 'incoming')?.count).toBe(1);
    expect(overview.months.map((m) => [m.key, m.count])).toEqual([
      ['2026-08', 1],
      ['2026-09', 2],
      ['2026-10', 3],
      ['2026-11', 2],
    ]);
  });

  it('makes every breakdown add up to the total', async () => {
    const overview = await app.call('stats:overview', YEAR);
    for (const b of [...overview.breakdowns, { dimension: 'month', groups: overview.months }]) {
      const sum = (field: 'count' | 'answered' | 'onTime' | 'decided') => b.groups.reduce((s, g) => s + g[field], 0);
      expect([b.dimension, sum('count'), sum('answered'), sum('onTime'), sum('decided')]).toEqual([
        b.dimension,
        overview.total.count,
        overview.total.answered,
        overview.total.onTime,
        overview.total.decided,
      ]);
    }
  });

  it('narrows by period, officer and filter', async () => {
    const october = await app.call('stats:overview', { from: '2026-10-01', to: '2026-10-31' });
    expect(october.total.count).toBe(3);
    const bruno = await app.call('stats:overview', { ...YEAR, officerId: seeded.officers[1]! });
    // Case B (Bruno's): R3, R4, R6.
    expect(bruno.total.count).toBe(3);
    const police = await app.call('stats:overview', { ...YEAR, channel: 'police', direction: 'incoming' });
    expect(police.total).toMatchObject({ count: 1, medianDays: 3 });
  });

  it('drills a figure down to exactly the requests behind it, newest first', async () => {
    const refused = await app.call('stats:drilldown', { filter: YEAR, dimension: 'outcome', key: 'refused' });
    expect(refused.total).toBe(2);
    expect(refused.items.map((i) => i.id)).toEqual([seeded.ids.r6, seeded.ids.r2]);
    expect(refused.items[0]).toMatchObject({ title: 'R6', channel: 'police', onDate: '2026-11-02' });
    const month = await app.call('stats:drilldown', { filter: YEAR, dimension: 'month', key: '2026-10', limit: 2 });
    expect([month.total, month.items.length]).toEqual([3, 2]);
    const rest = await app.call('stats:drilldown', { filter: YEAR, dimension: 'month', key: '2026-10', offset: 2 });
    expect(rest.items.map((i) => i.title)).toEqual(['R3']);
  });

  it('keeps the outcome when a request is closed, and gives it back when the step is undone', async () => {
    await app.call('request:transition', { requestId: seeded.ids.r1, action: 'close', occurredOn: '2026-11-20' });
    let overview = await app.call('stats:overview', YEAR);
    expect(group(overview, 'outcome', 'fulfilled')?.count).toBe(4);
    await app.call('request:undo', { requestId: seeded.ids.r1, note: '' });
    await app.call('request:undo', { requestId: seeded.ids.r1, note: '' });
    overview = await app.call('stats:overview', YEAR);
    expect(group(overview, 'outcome', 'fulfilled')?.count).toBe(3);
    expect(group(overview, 'outcome', 'pending')?.count).toBe(2);
  });

  it('refuses a period that ends before it starts, and an unknown refusal ground', async () => {
    const bad = await app.raw('stats:overview', { from: '2026-12-31', to: '2026-01-01' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const r = await app.call('request:create', {
      caseId: 1,
      channel: 'police',
      kind: 'direct',
      title: 'R9',
      counterpartCountry: 'DE',
    });
    await app.call('request:transition', {
      requestId: r.id,
      action: 'send',
      occurredOn: '2026-11-10',
      payload: {},
      overrideReason: 'x',
    });
    const step = await app.raw('request:transition', {
      requestId: r.id,
      action: 'decline',
      occurredOn: '2026-11-11',
      payload: { refusalGround: 'because' },
    });
    expect(step).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'validation.workflow.refusalGround' }] },
    });
  });
});
