import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/ipc-contract';
import { openTestApp, type TestApp } from '../support/test-app';
import { seedStatsDataset, type Seeded } from '../support/stats-dataset';

let app: TestApp;
let seeded: Seeded;

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  seeded = await seedStatsDataset(app);
});
afterEach(() => app.close());

type Return = ChannelOutput<'stats:return'>;
const fieldOf = (r: Return, id: string) => r.fields.find((f) => f.id === id)!;
const cells = (r: Return, id: string): Record<string, string | number>[] =>
  fieldOf(r, id).cells.map((c) => ({ ...c.keys, value: c.value }));
const missing = (r: Return, id: string) => fieldOf(r, id).missing.map((m) => [m.id, m.fact]);

describe('Reg. (EU) 2023/1543 art. 28(2) return', () => {
  it('matches the return filled by hand', async () => {
    const r = await app.call('stats:return', { kind: 'reg1543', year: 2026 });
    const { r1, r2, r3, r4 } = seeded.ids;
    // R8 (a voluntary request to a US provider) is no order; R5-R7 are not provider requests.
    expect([r.from, r.to, r.inScope, r.pending]).toEqual(['2026-08-18', '2026-12-31', 4, 0]);
    const meta = { addressee: 'Meta Platforms Ireland', emergency: 'no', order: 'EPOC' };
    const google = { addressee: 'Google Ireland' };
    // (a) issued, by data type, addressee and emergency.
    expect(cells(r, 'a')).toEqual([
      { ...meta, dataType: 'content', value: 1 },
      { ...google, dataType: 'subscriber', emergency: 'yes', order: 'EPOC', value: 1 },
      { ...meta, dataType: 'traffic', value: 1 },
      { ...google, dataType: '-', emergency: 'no', order: 'EPOC-PR', value: 1 },
    ]);
    expect(fieldOf(r, 'a').state).toBe('incomplete');
    expect(missing(r, 'a')).toEqual([[r4, 'dataCategory']]);
    // (b) emergency derogation: not recorded; the one emergency EPOC lacks the fact.
    expect(fieldOf(r, 'b').state).toBe('not_recorded');
    expect(missing(r, 'b')).toEqual([[r3, 'priorValidation']]);
    // (c) fulfilled or not.
    expect(cells(r, 'c').map((c) => [c.dataType, c.fulfilled])).toEqual([
      ['content', 'yes'],
      ['subscriber', 'yes'],
      ['traffic', 'no'],
      ['-', 'yes'],
    ]);
    // (d) refused EPOCs with their ground; art. 8 notifications are not recorded for the traffic/content orders.
    expect(cells(r, 'd')).toEqual([{ ...meta, dataType: 'traffic', ground: 'data_unavailable', value: 1 }]);
    expect(missing(r, 'd')).toEqual([
      [r1, 'enforcingNotification'],
      [r2, 'enforcingNotification'],
    ]);
    // (e) mean days from issuing to obtaining the data, fulfilled EPOCs: R1 10 days, R3 same day.
    expect(cells(r, 'e')).toEqual([
      { ...meta, dataType: 'content', value: 10 },
      { ...google, dataType: 'subscriber', emergency: 'yes', order: 'EPOC', value: 0 },
    ]);
    expect(fieldOf(r, 'e').state).toBe('computed');
    // (f) no production request followed R4's preservation yet.
    expect(missing(r, 'f')).toEqual([[r4, 'followUp']]);
    expect(['g', 'h', 'i', 'j'].map((id) => fieldOf(r, id).state)).toEqual(Array(4).fill('not_recorded'));
  });

  it('counts nothing for an office outside the EU', async () => {
    await app.call('office:update', {
      ...(await import('../support/stats-dataset')).STATS_OFFICE,
      homeCountry: 'US',
    });
    const r = await app.call('stats:return', { kind: 'reg1543', year: 2026 });
    expect(r.inScope).toBe(0);
  });
});

describe('Dir. (EU) 2023/977 art. 18 return', () => {
  it('matches the return filled by hand', async () => {
    const r = await app.call('stats:return', { kind: 'dir977', year: 2026 });
    // R5 sent to DE, R6 received from ES and declined as disproportionate.
    expect([r.inScope, r.pending]).toEqual([2, 0]);
    expect(cells(r, 'a')).toEqual([{ value: 1 }]);
    expect(cells(r, 'b')).toEqual([{ measure: 'received', urgent: 'no', requestingState: 'ES', value: 1 }]);
    expect(cells(r, 'c')).toEqual([{ requestingState: 'ES', ground: 'disproportionate', value: 1 }]);
    expect(fieldOf(r, 'c').state).toBe('computed');
    expect(fieldOf(r, 'd').state).toBe('not_recorded');
  });

  it('lists a refusal recorded without its ground, to be fixed', async () => {
    const request = await app.call('request:create', {
      caseId: 1,
      channel: 'police',
      kind: 'direct',
      direction: 'incoming',
      title: 'R9',
      counterpartCountry: 'IT',
    });
    await app.call('request:transition', {
      requestId: request.id,
      action: 'send',
      occurredOn: '2026-11-10',
      payload: {},
      overrideReason: 'x',
    });
    await app.call('request:transition', {
      requestId: request.id,
      action: 'decline',
      occurredOn: '2026-11-11',
      payload: {},
    });
    const r = await app.call('stats:return', { kind: 'dir977', year: 2026 });
    expect(fieldOf(r, 'c').state).toBe('incomplete');
    expect(fieldOf(r, 'c').missing).toEqual([{ id: request.id, title: 'R9', fact: 'refusalGround' }]);
  });
});
