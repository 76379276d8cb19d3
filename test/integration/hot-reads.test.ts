/**
 * Opening a case and the overdue worklist keep their statements prepared per connection: what they
 * show must still follow the clock, the office's time zone, the edits made since, and a new connection
 * after the app is opened again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
let requestId: number;

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
  requestId = (
    await app.call('request:create', { caseId, channel: 'mla', title: 'Bank records', counterpartCountry: 'DE' })
  ).id;
  await app.call('deadline:addManual', { caseId, requestId, title: 'Chase the authority', dueOn: '2026-12-02' });
});
afterEach(() => app.close());

const keysOf = async (scope: 'overdue' | 'today' | 'week') =>
  (await app.call('deadline:list', { scope })).items.map((item) => [item.title, item.state, item.daysLeft]);

describe('reads with statements kept per connection', () => {
  it('the worklist follows the clock and the office time zone from one call to the next', async () => {
    expect(await keysOf('overdue')).toEqual([]);
    expect(await keysOf('week')).toEqual([['Chase the authority', 'open', 2]]);

    app.clock.set('2026-12-03T15:00:00Z');
    expect(await keysOf('overdue')).toEqual([['Chase the authority', 'overdue', -1]]);
    expect(await keysOf('week')).toEqual([]);

    // 03:30 UTC on 4 December is still the 3rd in New York, already the 4th in Tokyo.
    app.clock.set('2026-12-04T03:30:00Z');
    expect((await app.call('deadline:list', { scope: 'overdue' })).today).toBe('2026-12-03');
    await app.call('office:update', { ...OFFICE_PROFILE, timeZone: 'Asia/Tokyo' });
    const inTokyo = await app.call('deadline:list', { scope: 'overdue' });
    expect([inTokyo.today, inTokyo.timeZone]).toEqual(['2026-12-04', 'Asia/Tokyo']);
  });

  it('opening a case shows what was added since, and the same again on a new connection', async () => {
    expect((await app.call('case:get', { id: caseId })).subjects).toEqual([]);
    await app.call('subject:add', { caseId, subject: { name: 'Jon Placeholder', role: 'suspect' } });
    const opened = await app.call('case:get', { id: caseId });
    expect(opened.subjects.map((s) => s.name)).toEqual(['Jon Placeholder']);
    expect(opened.openRequestCount).toBe(1);
    const timeline = await app.call('timeline:list', { caseId });
    expect(timeline.items[0]).toMatchObject({ kind: 'subject_added', params: { name: 'Jon Placeholder' } });
    expect(timeline.total).toBe(timeline.items.length);

    app = app.reopen();
    expect(await app.call('case:get', { id: caseId })).toEqual(opened);
    expect(await app.call('timeline:list', { caseId })).toEqual(timeline);
    expect(await app.raw('case:get', { id: caseId + 100 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
