import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(() => app.close());

const NEED = {
  country: 'US',
  holder: 'provider',
  providerKey: 'meta',
  dataCategory: 'subscriber',
  urgency: 'routine',
  offence: 'fraud',
} as const;

describe('channel advisor', () => {
  it('answers which road, on which basis and how long for subscriber data at a US provider', async () => {
    const advice = await app.call('advisor:advise', NEED);
    expect(advice.options[0]).toMatchObject({
      id: 'direct',
      channel: 'provider',
      kind: 'voluntary_subscriber',
      available: true,
    });
    const mla = advice.options.find((o) => o.id === 'mla')!;
    // The US-France MLAT governs, the EU-US Agreement supplements it; Budapest only adds its expedited measures.
    expect(mla.legalBases.map((b) => [b.treatyKey ?? b.code, b.role])).toEqual([
      ['us-mlat-fr', 'governing'],
      ['eu-us-mla', 'supplements'],
      ['budapest', 'also_applies'],
      ['reciprocity', 'fallback'],
    ]);
    expect(mla.expected).toMatchObject({ basis: 'rule', historyN: 0, rule: { ruleId: 'mla-expected-response' } });
    expect(advice.preservation).toMatchObject({
      days: { value: 90, sourceId: 'meta_le_ota' },
      rule: { ruleId: 'knowledge-meta-us-2703f-preservation' },
    });
  });

  it('creates a preservation request first, linked to the draft, whose expiry follows the provider policy', async () => {
    const result = await app.call('advisor:createDraft', {
      ...NEED,
      caseId,
      optionId: 'mla',
      withPreservation: true,
      title: 'MLA: subscriber data held by Meta',
      preservationTitle: 'Preservation: Meta',
      legalBasis: 'Convention on Cybercrime (ETS No. 185)',
    });
    const draft = await app.call('request:get', { id: result.requestId });
    expect(draft).toMatchObject({
      channel: 'mla',
      status: 'draft',
      counterpartCountry: 'US',
      legalBasis: 'Convention on Cybercrime (ETS No. 185)',
    });
    const links = await app.call('links:list', { id: result.requestId });
    expect(links.links).toEqual([
      expect.objectContaining({
        requestId: result.preservationRequestId,
        relation: 'preservation_for',
        direction: 'from',
      }),
    ]);

    const id = result.preservationRequestId!;
    await app.call('request:transition', {
      requestId: id,
      action: 'submit',
      occurredOn: '2026-11-30',
      payload: { submittedVia: 'portal' },
      // The advised draft is still blank; the drafting gate accepts a recorded reason instead.
      overrideReason: 'Sent through the provider portal form',
    });
    await app.call('request:transition', { requestId: id, action: 'confirm_preservation', occurredOn: '2026-11-30' });
    const deadlines = await app.call('deadline:list', { requestId: id, scope: 'all', includeDone: true });
    expect(deadlines.items[0]).toMatchObject({ ruleId: 'knowledge-meta-us-2703f-preservation', dueDate: '2027-02-28' });
  });

  it('refuses a road the advice does not open', async () => {
    const envelope = await app.raw('advisor:createDraft', {
      ...NEED,
      dataCategory: 'content',
      caseId,
      optionId: 'direct',
      title: 'x',
      preservationTitle: 'y',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['optionId'] }] } });
  });

  it('uses the office history once five requests to the country have closed', async () => {
    for (const days of [10, 20, 30, 40, 200]) {
      const sentOn = '2026-01-01';
      const closedOn = new Date(Date.parse(sentOn) + days * 86400000).toISOString().slice(0, 10);
      await app.call('request:create', {
        caseId,
        channel: 'mla',
        title: `old ${days}`,
        counterpartCountry: 'US',
        status: 'closed',
        sentOn,
        closedOn,
      });
    }
    const mla = (await app.call('advisor:advise', NEED)).options.find((o) => o.id === 'mla')!;
    expect(mla.expected).toEqual({ basis: 'history', n: 5, medianDays: 30, p90Days: 200 });
  });
});
