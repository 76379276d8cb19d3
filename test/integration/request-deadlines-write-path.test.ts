import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/**
 * Every way a request changes recomputes its deadlines before the write commits: the write scope does
 * it for whatever code made the change, so each case below goes through a different path.
 */
let app: TestApp;
let caseId: number;

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(() => app.close());

async function deadlinesOf(requestId: number) {
  const list = await app.call('deadline:list', { requestId, scope: 'all', includeDone: true });
  return list.items.map((d) => ({ ruleId: d.ruleId, kind: d.deadlineKind, dueDate: d.dueDate }));
}

const letterRogatory = (extra: { dueOn?: string } = {}) =>
  app.call('request:create', {
    caseId,
    channel: 'rogatory',
    title: 'Letter rogatory',
    counterpartCountry: 'US',
    ...extra,
  });

describe('a changed request has its deadlines recomputed in the same write', () => {
  it('on creation and on every save of the request', async () => {
    const { id } = await letterRogatory({ dueOn: '2027-03-01' });
    expect(await deadlinesOf(id)).toEqual([{ ruleId: 'entered', kind: 'expected_response', dueDate: '2027-03-01' }]);

    const request = await app.call('request:get', { id });
    await app.call('request:update', { ...request, dueOn: '2027-04-15' });
    expect(await deadlinesOf(id)).toEqual([{ ruleId: 'entered', kind: 'expected_response', dueDate: '2027-04-15' }]);

    await app.call('request:update', { ...request, dueOn: null });
    expect(await deadlinesOf(id)).toEqual([]);
  });

  it('on each workflow step, and when a step is undone', async () => {
    const { id } = await letterRogatory();
    await app.call('request:transition', { requestId: id, action: 'sign_and_seal', occurredOn: '2026-11-20' });
    expect((await deadlinesOf(id)).filter((d) => d.kind === 'expected_response')).toEqual([]);

    await app.call('request:transition', {
      requestId: id,
      action: 'transmit_to_mfa',
      occurredOn: '2026-11-25',
      overrideReason: 'Drafted outside Legat (deadline test)',
    });
    const running = (await deadlinesOf(id)).filter((d) => d.kind === 'expected_response');
    expect(running).toHaveLength(1);
    expect(running[0]!.ruleId).not.toBe('entered');

    await app.call('request:undo', { requestId: id });
    expect((await deadlinesOf(id)).filter((d) => d.kind === 'expected_response')).toEqual([]);
  });

  it('for both requests an advice drafts, each with the deadlines of its own rules', async () => {
    // The office's own MLA rule for the US, running from the draft status: a draft has a deadline to compute.
    const { rules } = await app.call('rule:list', {});
    const base = rules.find((r) => r.rule.id === 'mla-expected-response')!;
    await app.call('rule:save', {
      ...base.rule,
      id: 'office-mla-draft-review',
      title: 'Review the MLA draft',
      trigger: 'draft',
      stopsAt: ['sent'],
      duration: { amount: 10, unit: 'calendar_days' },
      overrides: { ruleId: base.rule.id, country: 'US', provider: null },
    });
    const drafted = await app.call('advisor:createDraft', {
      country: 'US',
      holder: 'provider',
      providerKey: 'meta',
      dataCategory: 'subscriber',
      urgency: 'routine',
      offence: 'fraud',
      caseId,
      optionId: 'mla',
      withPreservation: true,
      title: 'MLA: subscriber data held by Meta',
      preservationTitle: 'Preservation: Meta',
      legalBasis: 'Convention on Cybercrime (ETS No. 185)',
    });
    expect((await deadlinesOf(drafted.requestId)).map((d) => d.ruleId)).toContain('office-mla-draft-review');
    // The preservation draft is a provider request: the MLA rule is not its own.
    expect((await deadlinesOf(drafted.preservationRequestId!)).map((d) => d.ruleId)).not.toContain(
      'office-mla-draft-review',
    );
  });

  it('leaves nothing behind when the change is refused', async () => {
    const { id } = await letterRogatory({ dueOn: '2027-03-01' });
    const request = await app.call('request:get', { id });
    const refused = await app.raw('request:update', { ...request, dueOn: '2027-05-01', status: 'closed' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await deadlinesOf(id)).toEqual([{ ruleId: 'entered', kind: 'expected_response', dueDate: '2027-03-01' }]);
  });
});
