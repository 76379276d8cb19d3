/**
 * The cases list shows each case's next deadline (the earliest open deadline of its open requests),
 * marks the overdue ones and filters them in SQL, page by page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

async function caseWithDeadline(title: string, dueOn: string | null) {
  const caseId = (await app.call('case:create', { ...CASE, title })).id;
  const requestId = (
    await app.call('request:create', { caseId, channel: 'mla', title: `Request of ${title}`, counterpartCountry: 'DE' })
  ).id;
  if (dueOn) await app.call('deadline:addManual', { caseId, requestId, title: 'Chase the authority', dueOn });
  return { caseId, requestId };
}

describe('next due date on the cases list', () => {
  it('shows the earliest open deadline of the open requests and marks it overdue', async () => {
    const late = await caseWithDeadline('Late', '2026-11-20');
    await app.call('deadline:addManual', {
      caseId: late.caseId,
      requestId: late.requestId,
      title: 'Later one',
      dueOn: '2026-12-20',
    });
    const ahead = await caseWithDeadline('Ahead', '2026-12-15');
    const none = await caseWithDeadline('None', null);
    const { items } = await app.call('case:list', {});
    const row = (id: number) => items.find((c) => c.id === id);
    expect(row(late.caseId)).toMatchObject({ nextDueDate: '2026-11-20', overdue: true });
    expect(row(ahead.caseId)).toMatchObject({ nextDueDate: '2026-12-15', overdue: false });
    expect(row(none.caseId)).toMatchObject({ nextDueDate: null, overdue: false });
  });

  it('leaves out deadlines marked done and those of finished requests', async () => {
    const late = await caseWithDeadline('Late', '2026-11-20');
    const [manual] = (await app.call('deadline:list', { scope: 'overdue' })).items;
    await app.call('deadline:mark', { key: manual!.key, state: 'done', reason: 'Chased by phone' });
    expect((await app.call('case:list', { overdue: true })).items).toEqual([]);

    const closed = await caseWithDeadline('Closed request', '2026-11-10');
    app.ctx.db.sqlite.prepare('UPDATE requests SET finished = 1 WHERE id = ?').run(closed.requestId);
    const { items } = await app.call('case:list', {});
    expect(items.find((c) => c.id === closed.caseId)).toMatchObject({ nextDueDate: null, overdue: false });
    expect(items.find((c) => c.id === late.caseId)).toMatchObject({ overdue: false });
  });

  it('filters the overdue cases in SQL, keeping the count and the pages right', async () => {
    const overdue: number[] = [];
    for (let i = 0; i < 5; i++) {
      overdue.push((await caseWithDeadline(`Late ${i}`, `2026-11-0${i + 1}`)).caseId);
      await caseWithDeadline(`Ahead ${i}`, '2027-01-10');
    }
    const first = await app.call('case:list', { overdue: true, limit: 2, sortBy: 'reference', sortDir: 'asc' });
    expect(first.total).toMatchObject({ count: 5 });
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await app.call('case:list', {
        overdue: true,
        limit: 2,
        sortBy: 'reference',
        sortDir: 'asc',
        cursor,
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((c) => c.id).sort((a, b) => a - b)).toEqual(overdue);
    expect(seen.every((c) => c.overdue)).toBe(true);
  });
});
