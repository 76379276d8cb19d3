/**
 * The identifiers a request's letters name: by default those the addressee can act on (a provider
 * gets its own e-mail addresses, accounts and IPs, never the case's landline), every identifier for a
 * central authority; the officer's choice then decides; requests made before the choice keep all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knownFacts, withFields } from '../../electron/core/drafting/drafting-facts';
import { documentText, renderDocument } from '../../shared/domain/drafting';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
const ids: Record<string, number> = {};
const idOf = (name: string) => ids[name] ?? 0;

beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
  const add = async (name: string, identifier: Record<string, unknown>) => {
    ids[name] = (await app.call('identifier:add', { caseId, identifier: identifier as never })).id;
  };
  await add('gmail', { kind: 'email', value: 'victim.lyon@gmail.com' });
  await add('landline', { kind: 'phone', value: '+33478123456' });
  await add('mobile', { kind: 'phone', value: '+33612345678' });
  await add('instagram', { kind: 'account', value: 'lyon_seller', platform: 'Instagram' });
  await add('ip', {
    kind: 'ip',
    value: '203.0.113.7',
    observedAt: '2026-04-02T21:14',
    timeZone: 'Europe/Paris',
    platform: 'Gmail',
  });
});
afterEach(() => app.close());

const request = async (input: Record<string, unknown>) =>
  (await app.call('request:create', { caseId, title: 'Request', counterpartCountry: 'US', ...input } as never)).id;

const named = async (requestId: number) =>
  (await app.call('request:identifiers', { requestId })).identifiers.filter((i) => i.chosen).map((i) => i.id);

/** The preservation letter's text as drafting builds it for the request. */
async function letter(requestId: number): Promise<string> {
  const { fields } = await app.call('drafting:get', { requestId, docType: 'preservation' });
  const facts = withFields(knownFacts(app.ctx.db.orm, requestId, new Date()), fields);
  return documentText(renderDocument('preservation', 'en', facts));
}

describe('identifiers chosen per request', () => {
  it('defaults a provider request to what the provider holds, and the letter names only those', async () => {
    const google = await request({ channel: 'provider', kind: 'preservation', provider: 'Google' });
    const choice = await app.call('request:identifiers', { requestId: google });
    expect(choice.selection).toBe('relevant');
    expect(await named(google)).toEqual([ids.gmail, ids.ip]);
    expect(choice.identifiers.find((i) => i.id === ids.landline)).toMatchObject({ chosen: false, relevant: false });

    const text = await letter(google);
    expect(text).toContain('victim.lyon@gmail.com');
    expect(text).toContain('203.0.113.7');
    expect(text).not.toContain('+33478123456');
    expect(text).not.toContain('lyon_seller');
  });

  it('gives a messaging service its mobile numbers, never a landline', async () => {
    const whatsapp = await request({ channel: 'provider', kind: 'preservation', provider: 'WhatsApp' });
    expect(await named(whatsapp)).toEqual([ids.mobile]);
  });

  it('names every identifier to a central authority', async () => {
    const mla = await request({ channel: 'mla', assistanceTypes: ['search_seizure'] });
    expect(await named(mla)).toEqual(Object.values(ids));
  });

  it("uses the officer's choice, audited, and keeps it when identifiers are added later", async () => {
    const google = await request({ channel: 'provider', kind: 'preservation', provider: 'Google' });
    const saved = await app.call('request:chooseIdentifiers', {
      requestId: google,
      identifierIds: [idOf('gmail'), idOf('instagram')],
    });
    expect(saved.selection).toBe('chosen');
    await app.call('identifier:add', { caseId, identifier: { kind: 'email', value: 'second@gmail.com' } });
    expect(await named(google)).toEqual([ids.gmail, ids.instagram]);
    expect(await letter(google)).toContain('lyon_seller');
    expect(await letter(google)).not.toContain('second@gmail.com');
    const audit = app.ctx.db.sqlite
      .prepare("SELECT details FROM audit_log WHERE action = 'request.chooseIdentifiers'")
      .all() as { details: string }[];
    expect(audit).toHaveLength(1);
  });

  it('refuses an identifier of another case and changes nothing', async () => {
    const google = await request({ channel: 'provider', kind: 'preservation', provider: 'Google' });
    const other = (await app.call('case:create', { ...CASE, title: 'Another case' })).id;
    const foreign = (
      await app.call('identifier:add', { caseId: other, identifier: { kind: 'email', value: 'x@gmail.com' } })
    ).id;
    const refused = await app.raw('request:chooseIdentifiers', {
      requestId: google,
      identifierIds: [idOf('gmail'), foreign],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await app.call('request:identifiers', { requestId: google })).selection).toBe('relevant');
  });

  it('keeps every identifier in the letters of a request made before the choice existed', async () => {
    const old = await request({ channel: 'provider', kind: 'preservation', provider: 'Google' });
    app.ctx.db.sqlite.prepare("UPDATE requests SET identifier_selection = 'all' WHERE id = ?").run(old);
    expect(await named(old)).toEqual(Object.values(ids));
    expect(await letter(old)).toContain('+33478123456');
  });
});
