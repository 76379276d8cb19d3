import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/events';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/** These tests are about workflow and deadlines: the documents were drafted outside Legat (see drafting.test.ts). */
const SENT_OUTSIDE = 'Drafted outside Legat (workflow test)';

let app: TestApp;
let caseId: number;
let notices: EventPayloads['notify:show'][];

function boot(now = '2026-11-30T15:00:00Z', dataDir?: string) {
  app = openTestApp({ now, ...(dataDir ? { dataDir } : {}) });
  notices = [];
  app.ctx.events.subscribe((event, payload) => {
    if (event === 'notify:show') notices.push(payload as EventPayloads['notify:show']);
  });
}

beforeEach(async () => {
  boot();
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(() => app.close());

async function letterRogatoryTransmitted(on: string) {
  const request = await app.call('request:create', {
    caseId,
    channel: 'rogatory',
    title: 'Letter rogatory to the court',
    counterpartCountry: 'US',
  });
  await app.call('request:transition', { requestId: request.id, action: 'sign_and_seal', occurredOn: '2025-10-20' });
  await app.call('request:transition', {
    requestId: request.id,
    action: 'transmit_to_mfa',
    occurredOn: on,
    overrideReason: SENT_OUTSIDE,
  });
  return request.id;
}

describe('workflow steps', () => {
  it('walks a letter rogatory from draft to closed, recording every step', async () => {
    const id = (
      await app.call('request:create', { caseId, channel: 'rogatory', title: 'LR', counterpartCountry: 'US' })
    ).id;
    const steps: [string, Record<string, string>?][] = [
      ['start_translation'],
      ['sign_and_seal'],
      ['authenticate'],
      ['transmit_to_mfa'],
      ['send_diplomatic_note', { diplomaticNoteNumber: 'DN-2026/114' }],
      ['confirm_receipt'],
      ['assign_to_court'],
      ['execute'],
      ['return_via_diplomatic_channel'],
      ['receive'],
      ['close'],
    ];
    for (const [action, payload] of steps)
      await app.call('request:transition', {
        requestId: id,
        action,
        payload: payload ?? {},
        overrideReason: SENT_OUTSIDE,
      });
    const workflow = await app.call('request:workflow', { id });
    expect(workflow.status).toBe('closed');
    expect(workflow.available).toEqual([]);
    expect(workflow.events.map((e) => e.action)).toEqual(['record', ...steps.map(([a]) => a)]);
    expect(workflow.events[5]).toMatchObject({
      payload: { diplomaticNoteNumber: 'DN-2026/114' },
      actor: 'Anne Officer',
      timeZone: 'America/New_York',
    });
    expect(await app.call('request:get', { id })).toMatchObject({
      finished: true,
      sentOn: '2026-11-30',
      closedOn: '2026-11-30',
    });
  });

  it('refuses a step the channel does not allow from here, or without its required field, and changes nothing', async () => {
    const id = (await app.call('request:create', { caseId, channel: 'mla', title: 'MLA', counterpartCountry: 'DE' }))
      .id;
    expect(await app.raw('request:transition', { requestId: id, action: 'close' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['action'], message: 'validation.workflow.notAllowed' }] },
    });
    await app.call('request:transition', { requestId: id, action: 'send_to_central_authority' });
    expect(await app.raw('request:transition', { requestId: id, action: 'acknowledge' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['action'], message: 'validation.workflow.notAllowed' }] },
    });
    expect(
      await app.raw('request:transition', {
        requestId: id,
        action: 'transmit',
        occurredOn: '2027-01-01',
        payload: { centralAuthorityReference: 'X' },
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['occurredOn'], message: 'validation.workflow.future' }] },
    });
    expect((await app.call('request:workflow', { id })).events).toHaveLength(2);
  });

  it('offers the references the request holds and keeps its own reference through MLA transmission', async () => {
    const id = (
      await app.call('request:create', {
        caseId,
        channel: 'mla',
        title: 'MLA',
        counterpartCountry: 'DE',
        ourReference: 'ASIW/MLA/001',
      })
    ).id;
    await app.call('request:transition', { requestId: id, action: 'send_to_central_authority' });
    const transmit = (await app.call('request:workflow', { id })).available.find((s) => s.action === 'transmit');
    expect(transmit?.fields).toEqual([{ name: 'centralAuthorityReference', required: false, prefill: null }]);
    await app.call('request:transition', {
      requestId: id,
      action: 'transmit',
      payload: { centralAuthorityReference: 'MJ/CA/2026/17' },
      overrideReason: SENT_OUTSIDE,
    });
    expect((await app.call('request:get', { id })).ourReference).toBe('ASIW/MLA/001');
    const [transmitted] = (await app.call('request:workflow', { id })).events.filter((e) => e.action === 'transmit');
    expect(transmitted?.payload).toMatchObject({ centralAuthorityReference: 'MJ/CA/2026/17' });

    const provider = (
      await app.call('request:create', {
        caseId,
        channel: 'provider',
        kind: 'preservation',
        provider: 'Google LLC',
        title: 'Preserve',
        counterpartCountry: 'US',
      })
    ).id;
    await app.call('request:transition', {
      requestId: provider,
      action: 'submit',
      payload: { submittedVia: 'portal', ticket: 'G-123' },
      overrideReason: SENT_OUTSIDE,
    });
    const ack = (await app.call('request:workflow', { id: provider })).available.find(
      (s) => s.action === 'acknowledge',
    );
    expect(ack?.fields).toEqual([{ name: 'ticket', required: false, prefill: 'G-123' }]);
  });

  it('undoes the last step as a recorded step of its own, restoring what it changed', async () => {
    const id = (await app.call('request:create', { caseId, channel: 'mla', title: 'MLA', counterpartCountry: 'DE' }))
      .id;
    await app.call('request:transition', {
      requestId: id,
      action: 'send_to_central_authority',
      occurredOn: '2026-11-18',
    });
    await app.call('request:transition', {
      requestId: id,
      action: 'transmit',
      occurredOn: '2026-11-20',
      payload: { centralAuthorityReference: 'MLA-9' },
      overrideReason: SENT_OUTSIDE,
    });
    const undone = await app.call('request:undo', { requestId: id, note: 'Recorded on the wrong request' });
    expect(undone.status).toBe('ca_review');
    expect(undone.events.map((e) => [e.action, e.undoneByEventId !== null])).toEqual([
      ['record', false],
      ['send_to_central_authority', false],
      ['transmit', true],
      ['undo', false],
    ]);
    expect(await app.call('request:get', { id })).toMatchObject({ ourReference: '', sentOn: null });
    expect(undone.undoable?.action).toBe('send_to_central_authority');
    const audit = app.ctx.db.sqlite
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'request.step.undo'")
      .get();
    expect(audit).toEqual({ n: 1 });
  });
});

describe('deadlines and reminders', () => {
  it('shows a letter rogatory transmitted 13 months ago as overdue against its cited rule and notifies once a day', async () => {
    const id = await letterRogatoryTransmitted('2025-10-30');
    const overdue = await app.call('deadline:list', { scope: 'overdue' });
    const expected = overdue.items.find((d) => d.requestId === id && d.deadlineKind === 'expected_response');
    expect(expected).toMatchObject({ state: 'overdue', dueDate: '2026-10-30', daysLeft: -31 });
    expect(expected?.source.citation).toMatch(/7 FAM 931/);
    expect((await app.call('dashboard:get', {})).overdue.some((d) => d.requestId === id)).toBe(true);

    // The reminder centre shows the three scopes side by side: no deadline may sit in two of them.
    const keys = [];
    for (const scope of ['overdue', 'today', 'week'] as const)
      keys.push(...(await app.call('deadline:list', { scope })).items.map((d) => d.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(3);

    const first = await app.call('reminder:sweep', {});
    // One notice for the request, naming the overdue answer first and counting what else is due.
    expect(notices.filter((n) => n.requestId === id)).toHaveLength(1);
    expect(notices.find((n) => n.requestId === id)?.title).toMatch(/^Overdue: Letter rogatory executed \(\+1 more\)$/);
    expect(first.notified).toBe(1);
    expect((await app.call('reminder:sweep', {})).notified).toBe(0);
    app.clock.set('2026-12-01T15:00:00Z');
    expect((await app.call('reminder:sweep', {})).notified).toBeGreaterThanOrEqual(1);
  });

  it('turns quiet hours off again, and notifications are no longer held', async () => {
    await letterRogatoryTransmitted('2025-10-30');
    await app.call('settings:update', { quietHours: { start: '08:00', end: '12:00' } });
    await app.call('settings:update', { quietHours: null });
    expect((await app.call('settings:get', {})).quietHours).toBeNull();
    const sweep = await app.call('reminder:sweep', {});
    expect(sweep.deferredForQuietHours).toBe(0);
    expect(sweep.notified).toBeGreaterThanOrEqual(1);
  });

  it('holds notifications during quiet hours and raises them after', async () => {
    await letterRogatoryTransmitted('2025-10-30');
    await app.call('settings:update', { quietHours: { start: '08:00', end: '12:00' } }); // 10:00 in New York now
    const quiet = await app.call('reminder:sweep', {});
    expect(quiet.notified).toBe(0);
    expect(quiet.deferredForQuietHours).toBeGreaterThanOrEqual(1);
    app.clock.set('2026-11-30T18:00:00Z');
    expect((await app.call('reminder:sweep', {})).notified).toBeGreaterThanOrEqual(1);
  });

  it('raises on start what fell due while the app was closed', async () => {
    await letterRogatoryTransmitted('2025-10-30');
    const dataDir = app.dataDir;
    app.ctx.db.sqlite.close();
    boot('2026-12-02T15:00:00Z', dataDir);
    expect((await app.call('reminder:sweep', {})).notified).toBeGreaterThanOrEqual(1);
  });

  it('offers the extension of a preservation about to lapse, and the extension moves the expiry', async () => {
    const id = (
      await app.call('request:create', {
        caseId,
        channel: 'provider',
        kind: 'preservation',
        provider: 'Example Mail Inc.',
        title: 'Preserve the account',
        counterpartCountry: 'US',
      })
    ).id;
    await app.call('request:transition', {
      requestId: id,
      action: 'submit',
      occurredOn: '2026-09-09',
      payload: { submittedVia: 'portal' },
      overrideReason: SENT_OUTSIDE,
    });
    await app.call('request:transition', { requestId: id, action: 'confirm_preservation', occurredOn: '2026-09-11' });
    const [expiry] = (await app.call('deadline:list', { scope: 'all', requestId: id })).items;
    expect(expiry).toMatchObject({
      deadlineKind: 'hard_expiry',
      dueDate: '2026-12-10',
      daysLeft: 10,
      suggestedAction: 'extend',
      extensionAvailable: true,
    });
    await app.call('request:transition', { requestId: id, action: 'extend' });
    const [extended] = (await app.call('deadline:list', { scope: 'all', requestId: id })).items;
    expect(extended).toMatchObject({ dueDate: '2027-03-10', extensionAvailable: false, suggestedAction: null });
  });

  it('snoozes with a reason, marks done, and keeps manual deadlines', async () => {
    const id = await letterRogatoryTransmitted('2025-10-30');
    const item = (await app.call('deadline:list', { scope: 'overdue', requestId: id })).items[0]!;
    expect(
      await app.raw('deadline:mark', { key: item.key, state: 'snoozed', snoozedUntil: '2026-12-05' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reason'] }] },
    });
    const snoozed = await app.call('deadline:mark', {
      key: item.key,
      state: 'snoozed',
      snoozedUntil: '2026-12-05',
      reason: 'Embassy chasing by phone',
    });
    expect(snoozed).toMatchObject({ state: 'snoozed', markReason: 'Embassy chasing by phone' });
    expect(
      (await app.call('deadline:list', { scope: 'overdue', requestId: id })).items.map((d) => d.key),
    ).not.toContain(item.key);
    const manual = await app.call('deadline:addManual', {
      caseId,
      requestId: id,
      title: 'Hearing in the executing court',
      dueOn: '2026-12-03',
      dueTime: '09:30',
    });
    expect(manual).toMatchObject({ origin: 'manual', dueAt: '2026-12-03T14:30:00.000Z', daysLeft: 3 });
    const done = await app.call('deadline:mark', { key: manual.key, state: 'done' });
    expect(done.state).toBe('done');
  });

  it('lets the office override a rule for one country, and reset it', async () => {
    const rules = await app.call('rule:list', {});
    const lr = rules.rules.find((r) => r.rule.channel === 'rogatory' && r.rule.deadlineKind === 'expected_response')!;
    await letterRogatoryTransmitted('2025-10-30');
    await app.call('rule:save', {
      ...lr.rule,
      id: `${lr.rule.id}-us`,
      duration: { amount: 18, unit: 'months' },
      overrides: { ruleId: lr.rule.id, country: 'US', provider: null },
    });
    const open = await app.call('deadline:list', { scope: 'all' });
    expect(open.items.find((d) => d.deadlineKind === 'expected_response')?.dueDate).toBe('2027-04-30');
    await app.call('rule:reset', { id: `${lr.rule.id}-us` });
    expect(
      (await app.call('deadline:list', { scope: 'all' })).items.find((d) => d.deadlineKind === 'expected_response')
        ?.dueDate,
    ).toBe('2026-10-30');
  });

  it('moves a monthly follow-up forward as time passes', async () => {
    const id = await letterRogatoryTransmitted('2026-11-02');
    const next = async () =>
      (await app.call('deadline:list', { scope: 'upcoming', requestId: id })).items
        .filter((d) => d.deadlineKind === 'follow_up')
        .map((d) => d.dueDate);
    expect(await next()).toEqual(['2026-12-02']);
    app.clock.set('2027-01-05T15:00:00Z');
    await app.call('reminder:sweep', {});
    expect(await next()).toEqual(['2027-02-02']);
  });
});
