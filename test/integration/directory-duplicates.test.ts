import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

describe('duplicate contacts', () => {
  it('finds a contact by the same e-mail in any case and by the same phone however typed', async () => {
    const first = await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Duty officer',
      country: 'US',
      phones: ['+1 202 555 0143'],
      emails: ['Duty@Example.gov'],
    });
    const byEmail = await app.call('contact:duplicates', { emails: ['  DUTY@example.GOV'] });
    expect(byEmail.items).toEqual([expect.objectContaining({ id: first.id, matchedOn: ['duty@example.gov'] })]);
    const byPhone = await app.call('contact:duplicates', { phones: ['+1 (202) 555-0143'] });
    expect(byPhone.items.map((m) => [m.id, m.matchedOn])).toEqual([[first.id, ['+12025550143']]]);
    expect(
      (await app.call('contact:duplicates', { emails: ['other@example.gov'], phones: ['+12025550199'] })).items,
    ).toEqual([]);
    // Editing a contact does not find the contact itself.
    expect((await app.call('contact:duplicates', { emails: ['duty@example.gov'], excludeId: first.id })).items).toEqual(
      [],
    );
  });

  it('refuses to save a duplicate without the explicit confirmation, and saves it with it', async () => {
    await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Duty officer',
      country: 'US',
      emails: ['duty@example.gov'],
    });
    const refused = await app.raw('contact:create', {
      kind: 'other',
      name: 'Second',
      country: 'US',
      emails: ['Duty@example.gov'],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: ['emails'], message: 'validation.contact.duplicate' }] },
    });
    expect((await app.call('contact:list', {})).items).toHaveLength(1);
    await app.call('contact:create', {
      kind: 'other',
      name: 'Second',
      country: 'US',
      emails: ['Duty@example.gov'],
      allowDuplicate: true,
    });
    expect((await app.call('contact:list', {})).items).toHaveLength(2);
  });

  it("refuses an edit that would give a contact another contact's phone", async () => {
    await app.call('contact:create', { kind: 'other', name: 'A', country: 'US', phones: ['+12025550100'] });
    const b = await app.call('contact:create', { kind: 'other', name: 'B', country: 'US' });
    const refused = await app.raw('contact:update', {
      id: b.id,
      kind: 'other',
      name: 'B',
      country: 'US',
      phones: ['0012025550100'],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await app.call('contact:get', { id: b.id })).phones).toEqual([]);
  });
});
