/**
 * The requests list shows each request's next deadline, whatever set it, marks the overdue ones and
 * filters them in SQL: a letter rogatory whose follow-up is past shows it, not a dash.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(() => app.close());

async function letterRogatory(transmittedOn: string) {
  const { id } = await app.call('request:create', {
    caseId,
    channel: 'rogatory',
    title: `Letter rogatory sent ${transmittedOn}`,
    counterpartCountry: 'US',
  });
  await app.call('request:transition', { requestId: id, action: 'sign_and_seal', occurredOn: '2025-10-20' });
  await app.call('request:transition', {
    requestId: id,
    action: 'transmit_to_mfa',
    occurredOn: transmittedOn,
    overrideReason: 'Drafted outside Legat (list test)',
  });
  return id;
}

describe('next due date on the requests list', () => {
  it('shows the next open deadline, marks it overdue and filters the overdue ones', async () => {
    const late = await letterRogatory('2025-10-30');
    const fresh = (
      await app.call('request:create', { caseId, channel: 'mla', title: 'Fresh', counterpartCountry: 'DE' })
    ).id;
    const all = await app.call('request:list', { sortBy: 'updatedAt' });
    const lateRow = all.items.find((r) => r.id === late);
    expect(lateRow).toMatchObject({ overdue: true });
    expect(lateRow?.nextDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lateRow!.nextDueDate! < '2026-11-30').toBe(true);
    expect(all.items.find((r) => r.id === fresh)).toMatchObject({ overdue: false, nextDueDate: null });

    const overdue = await app.call('request:list', { overdue: true });
    expect(overdue.items.map((r) => r.id)).toEqual([late]);
    expect(overdue.total).toMatchObject({ count: 1 });
  });

  it('leaves a deadline marked done out, and counts one added by hand', async () => {
    const late = await letterRogatory('2025-10-30');
    const items = await app.call('deadline:list', { scope: 'overdue' });
    for (const item of items.items.filter((d) => d.requestId === late)) {
      await app.call('deadline:mark', { key: item.key, state: 'done', reason: 'Chased by phone' });
    }
    expect((await app.call('request:list', { overdue: true })).items).toEqual([]);

    await app.call('deadline:addManual', {
      caseId,
      requestId: late,
      title: 'Call the court clerk',
      dueOn: '2026-11-20',
    });
    const [row] = (await app.call('request:list', { overdue: true })).items;
    expect(row).toMatchObject({
      id: late,
      overdue: true,
      nextDueDate: '2026-11-20',
      nextDueTitle: 'Call the court clerk',
    });
  });
});

describe("a case's requests", () => {
  it('counts them whether they fit on one page or run over it, and the pages add up to the whole', async () => {
    const other = (await app.call('case:create', { ...CASE, title: 'Another case' })).id;
    await app.call('request:create', { caseId: other, channel: 'mla', title: 'Elsewhere', counterpartCountry: 'FR' });
    for (const title of ['One', 'Two', 'Three'])
      await app.call('request:create', { caseId, channel: 'mla', title, counterpartCountry: 'DE' });

    const whole = await app.call('request:list', { caseId, limit: 50 });
    expect(whole.total).toEqual({ count: 3, atLeast: false });
    expect(whole.nextCursor).toBeNull();

    const first = await app.call('request:list', { caseId, limit: 2 });
    expect(first.total).toEqual({ count: 3, atLeast: false });
    const second = await app.call('request:list', { caseId, limit: 2, cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((r) => r.title).sort()).toEqual(['One', 'Three', 'Two']);

    const exact = await app.call('request:list', { caseId, limit: 3 });
    expect(exact.total).toEqual({ count: 3, atLeast: false });
    expect(exact.nextCursor).toBeNull();
  });
});
