/**
 * A request's provider is linked to the knowledge pack: the pack's providers are offered with the
 * legal entity serving the office's users, and an advisor-made request addresses that entity and
 * carries the legal basis the advisor named.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE); // a French office: its users are in the EU
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

describe('providers from the knowledge pack', () => {
  it('offers each provider with the entity serving the office’s users, when the pack says', async () => {
    const choices = await app.call('provider:choices', {});
    expect(choices.userCountry).toBe('FR');
    const byKey = Object.fromEntries(choices.providers.map((p) => [p.key, p]));
    expect(byKey.meta).toMatchObject({
      name: 'Meta (Facebook, Instagram)',
      entities: ['Meta Platforms, Inc.', 'Meta Platforms Ireland Limited'],
      regionEntity: 'Meta Platforms Ireland Limited',
    });
    expect(byKey.google?.regionEntity).toBeNull();
  });

  it('makes advisor drafts address the entity for the office’s users, with the basis the advisor named', async () => {
    const result = await app.call('advisor:createDraft', {
      ...NEED,
      caseId,
      optionId: 'mla',
      withPreservation: true,
      title: 'MLA: subscriber data held by Meta',
      preservationTitle: 'Preservation: Meta',
      legalBasis: 'Convention on Cybercrime (ETS No. 185)',
    });
    const preservation = await app.call('request:get', { id: result.preservationRequestId! });
    expect(preservation).toMatchObject({
      provider: 'Meta Platforms Ireland Limited',
      legalBasis: 'Convention on Cybercrime (ETS No. 185)',
    });
    // That entity still follows Meta's own preservation policy: see advisor.test.ts.
    const draft = await app.call('drafting:get', { requestId: preservation.id, docType: 'preservation' });
    expect(draft.fields.providerEntity).toBe('Meta Platforms Ireland Limited');
  });
});
