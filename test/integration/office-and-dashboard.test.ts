import { afterEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app.close());

describe('office', () => {
  it('starts without an office, then keeps the profile across a restart', async () => {
    app = openTestApp();
    expect(await app.call('office:get', {})).toBeNull();
    expect(await app.raw('case:create', CASE)).toMatchObject({ ok: false, error: { code: 'NOT_READY' } });
    await app.call('office:setup', OFFICE_PROFILE);
    app = app.reopen();
    expect(await app.call('office:get', {})).toMatchObject({
      name: 'Test Attaché Office',
      timeZone: 'America/New_York',
      isSample: false,
    });
    expect(await app.raw('office:setup', OFFICE_PROFILE)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('rejects an unknown time zone and an office without officers', async () => {
    app = openTestApp();
    const result = await app.raw('office:setup', { ...OFFICE_PROFILE, timeZone: 'Mars/Olympus', officers: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const paths = result.ok ? [] : (result.error.issues ?? []).map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['officers', 'timeZone']);
    expect(await app.call('office:get', {})).toBeNull();
  });

  it('switches the acting officer, whose name goes on the audit trail', async () => {
    app = openTestApp();
    await app.call('office:setup', { ...OFFICE_PROFILE, officers: [{ name: 'Anne' }, { name: 'Bruno' }] });
    const office = await app.call('office:setCurrentOfficer', { officerId: 2 });
    expect(office.currentOfficerId).toBe(2);
    await app.call('case:create', CASE);
    const audit = app.ctx.db.sqlite.prepare("SELECT actor FROM audit_log WHERE action = 'case.create'").get();
    expect(audit).toEqual({ actor: 'Bruno' });
  });

  it('hands "acting as" to another active officer when the current one leaves, and keeps one active', async () => {
    app = openTestApp();
    await app.call('office:setup', { ...OFFICE_PROFILE, officers: [{ name: 'Anne' }, { name: 'Bruno' }] });
    const updated = await app.call('office:update', {
      ...OFFICE_PROFILE,
      officers: [
        { id: 1, name: 'Anne', active: false },
        { id: 2, name: 'Bruno' },
      ],
    });
    expect(updated.currentOfficerId).toBe(2);
    const none = await app.raw('office:update', {
      ...OFFICE_PROFILE,
      officers: [
        { id: 1, name: 'Anne', active: false },
        { id: 2, name: 'Bruno', active: false },
      ],
    });
    expect(none).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.activeOfficerRequired' }] } });
  });

  it('loads the fictional sample dataset, marked as such, only into an empty installation', async () => {
    app = openTestApp();
    const office = await app.call('office:loadSample', {});
    expect(office.isSample).toBe(true);
    expect((await app.call('case:list', {})).total?.count).toBeGreaterThanOrEqual(3);
    expect((await app.call('request:list', {})).items.map((r) => r.channel).sort()).toEqual(
      expect.arrayContaining(['mla', 'police', 'provider', 'rogatory']),
    );
    expect(await app.raw('office:loadSample', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('dashboard', () => {
  it('counts open requests by channel and status and lists what is overdue or due within a week', async () => {
    app = openTestApp({ now: '2026-11-30T03:00:00Z' }); // still 29 November in New York
    await app.call('office:setup', OFFICE_PROFILE);
    const { id: caseId } = await app.call('case:create', CASE);
    const base = { caseId, counterpartCountry: 'US', title: 'R' } as const;
    await app.call('request:create', {
      ...base,
      channel: 'mla',
      title: 'late',
      status: 'transmitted',
      dueOn: '2026-11-28',
    });
    await app.call('request:create', {
      ...base,
      channel: 'mla',
      title: 'soon',
      status: 'transmitted',
      dueOn: '2026-12-06',
    });
    await app.call('request:create', {
      ...base,
      channel: 'mla',
      title: 'later',
      status: 'transmitted',
      dueOn: '2026-12-07',
    });
    await app.call('request:create', {
      ...base,
      channel: 'provider',
      kind: 'preservation',
      provider: 'P',
      title: 'kept',
      status: 'preserved',
      preservationUntil: '2026-12-01',
    });
    await app.call('request:create', {
      ...base,
      channel: 'police',
      kind: 'direct',
      title: 'done',
      status: 'closed',
      dueOn: '2026-11-01',
    });

    const dashboard = await app.call('dashboard:get', {});
    expect(dashboard.today).toBe('2026-11-29');
    expect(dashboard.openRequests).toBe(4);
    expect(dashboard.byChannel).toEqual(
      expect.arrayContaining([
        { channel: 'mla', status: 'transmitted', count: 3 },
        { channel: 'provider', status: 'preserved', count: 1 },
      ]),
    );
    expect(dashboard.overdue.map((i) => [i.requestTitle, i.daysLeft])).toEqual([['late', -1]]);
    expect([dashboard.overdueCount, dashboard.dueThisWeekCount]).toEqual([1, 2]);
    expect(dashboard.dueThisWeek.map((i) => [i.requestTitle, i.origin, i.daysLeft])).toEqual([
      ['kept', 'entered', 2],
      ['soon', 'entered', 7],
    ]);
    // The provider's stated "preserved until" wins over the rule (90 days under 18 U.S.C. 2703(f)), kept beside.
    const kept = await app.call('deadline:list', { scope: 'all', requestId: 4 });
    expect(kept.items.map((i) => [i.deadlineKind, i.dueDate, i.origin])).toEqual([
      ['hard_expiry', '2026-12-01', 'entered'],
    ]);
    expect(kept.items[0]?.computed?.map((c) => [c.dueDate, c.citation.includes('2703(f)')])).toEqual([
      ['2027-02-27', true],
    ]);
  });
});

describe('a dashboard with more overdue than it lists', () => {
  it('lists the first twenty, soonest first, and counts them all, manual ones in and done ones out', async () => {
    app = openTestApp({ now: '2026-11-30T15:00:00Z' });
    await app.call('office:setup', OFFICE_PROFILE);
    const { id: caseId } = await app.call('case:create', CASE);
    const day = (n: number) => `2026-10-${String(n).padStart(2, '0')}`;
    for (let n = 1; n <= 25; n += 1) {
      await app.call('request:create', {
        caseId,
        channel: 'mla',
        title: `late ${n}`,
        counterpartCountry: 'US',
        status: 'transmitted',
        dueOn: day(n),
      });
    }
    await app.call('deadline:addManual', { caseId, title: 'Call the registry back', dueOn: '2026-11-02' });
    const first = (await app.call('deadline:list', { scope: 'overdue' })).items[0]!;
    await app.call('deadline:mark', { key: first.key, state: 'done' });

    const dashboard = await app.call('dashboard:get', {});
    // 25 requests + 1 manual, less the one marked done.
    expect(dashboard.overdueCount).toBe(25);
    expect(dashboard.overdue).toHaveLength(20);
    expect(dashboard.overdue.map((i) => i.requestTitle).slice(0, 3)).toEqual(['late 2', 'late 3', 'late 4']);
    expect(dashboard.overdue.every((i, k, all) => k === 0 || all[k - 1]!.dueAt <= i.dueAt)).toBe(true);
    // The reminder centre's lists say the same: a page of the soonest, and how many there are.
    const page = await app.call('deadline:list', { scope: 'overdue', limit: 5 });
    expect([page.items.length, page.total]).toEqual([5, 25]);
    const whole = await app.call('deadline:list', { scope: 'overdue', limit: 200 });
    expect([whole.items.length, whole.total]).toEqual([25, 25]);
  });
});

describe('a dashboard with a busy week', () => {
  async function dashboardWith(dueToday: number, dueLater: number) {
    app = openTestApp({ now: '2026-11-30T15:00:00Z' }); // 30 November, 10:00 in New York
    await app.call('office:setup', OFFICE_PROFILE);
    const { id: caseId } = await app.call('case:create', CASE);
    const make = async (title: string, dueOn: string) =>
      app.call('request:create', {
        caseId,
        channel: 'mla',
        title,
        counterpartCountry: 'US',
        status: 'transmitted',
        dueOn,
      });
    for (let n = 1; n <= dueToday; n += 1) await make(`today ${n}`, '2026-11-30');
    for (let n = 1; n <= dueLater; n += 1) await make(`later ${n}`, `2026-12-0${1 + (n % 6)}`);
    return app.call('dashboard:get', {});
  }

  it("fills the list with today's deadlines first and the week's nearest after them, counting all", async () => {
    const dashboard = await dashboardWith(3, 24);
    expect(dashboard.dueThisWeekCount).toBe(27);
    expect(dashboard.dueThisWeek).toHaveLength(20);
    expect(dashboard.dueThisWeek.slice(0, 3).map((i) => i.daysLeft)).toEqual([0, 0, 0]);
    expect(dashboard.dueThisWeek.slice(3).every((i) => i.requestTitle?.startsWith('later'))).toBe(true);
    expect(dashboard.dueThisWeek.every((i, k, all) => k === 0 || all[k - 1]!.dueDate <= i.dueDate)).toBe(true);
  });

  it("still counts the rest of the week when today's deadlines alone fill the list", async () => {
    const dashboard = await dashboardWith(21, 4);
    expect(dashboard.dueThisWeekCount).toBe(25);
    expect(dashboard.dueThisWeek).toHaveLength(20);
    expect(dashboard.dueThisWeek.every((i) => i.daysLeft === 0)).toBe(true);
  });
});
