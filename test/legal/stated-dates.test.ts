/**
 * Dates the counterpart states are recorded facts: they win over what a rule computes, and the page
 * shows the computed date beside them when the two differ (one source of truth for "preserved until").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/events';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
let notices: EventPayloads['notify:show'][];

beforeEach(async () => {
  app = openTestApp({ now: '2026-09-20T15:00:00Z' });
  notices = [];
  app.ctx.events.subscribe((event, payload) => {
    if (event === 'notify:show') notices.push(payload as EventPayloads['notify:show']);
  });
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(() => app.close());

async function preservationToUs(preservedUntil?: string) {
  const { id } = await app.call('request:create', {
    caseId,
    channel: 'provider',
    kind: 'preservation',
    provider: 'Example Mail Inc.',
    title: 'Preserve the account',
    counterpartCountry: 'US',
  });
  await app.call('request:transition', {
    requestId: id,
    action: 'submit',
    occurredOn: '2026-09-09',
    payload: { submittedVia: 'portal' },
    overrideReason: 'Drafted outside Legat (legal scenario)',
  });
  await app.call('request:transition', {
    requestId: id,
    action: 'confirm_preservation',
    occurredOn: '2026-09-11',
    ...(preservedUntil ? { payload: { preservedUntil } } : {}),
  });
  return id;
}

const expiries = async (requestId: number) =>
  (await app.call('deadline:list', { scope: 'all', requestId, includeDone: true })).items.filter(
    (d) => d.deadlineKind === 'hard_expiry',
  );

describe('stated dates win over computed ones (18 U.S.C. 2703(f): 90 days is what the law requires at least)', () => {
  it('the provider’s earlier "preserved until" replaces the computed expiry and keeps it beside', async () => {
    const id = await preservationToUs('2026-11-30');
    const [only, ...rest] = await expiries(id);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ origin: 'entered', dueDate: '2026-11-30' });
    expect(only?.computed).toMatchObject([{ ruleId: 'us-2703f-preservation', dueDate: '2026-12-10' }]);
  });

  it('without a stated date the computed expiry stands, with nothing beside it', async () => {
    const id = await preservationToUs();
    const [only, ...rest] = await expiries(id);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      origin: 'rule',
      ruleId: 'us-2703f-preservation',
      dueDate: '2026-12-10',
      computed: [],
    });
  });

  it('an extension with no stated end returns to the computed date (90 more days)', async () => {
    const id = await preservationToUs('2026-11-30');
    await app.call('request:transition', { requestId: id, action: 'extend', occurredOn: '2026-09-18' });
    const [only] = await expiries(id);
    expect(only).toMatchObject({ origin: 'rule', dueDate: '2027-03-10' });
    expect((await app.call('request:get', { id })).preservationUntil).toBeNull();
  });

  it('an extension "extended to" a stated date wins again', async () => {
    const id = await preservationToUs('2026-11-30');
    await app.call('request:transition', {
      requestId: id,
      action: 'extend',
      occurredOn: '2026-09-18',
      payload: { preservedUntil: '2027-02-28' },
    });
    const [only] = await expiries(id);
    expect(only).toMatchObject({ origin: 'entered', dueDate: '2027-02-28' });
    expect(only?.computed[0]?.dueDate).toBe('2027-03-10');
  });
});
