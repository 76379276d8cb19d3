import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc-contract';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

const NCB: ChannelInput<'contact:create'> = {
  kind: 'interpol_ncb',
  name: 'Duty officer',
  organisation: 'NCB Washington',
  country: 'US',
  phones: ['+1 202 555 0143'],
  emails: ['Duty@Example.gov'],
  secureChannels: [{ kind: 'i24_7', address: 'NCB desk' }],
  languages: ['en', 'fr'],
  timeZone: 'America/New_York',
  lastVerifiedOn: '2026-10-01',
};

describe('contacts', () => {
  it('keeps a contact with its channels, normalized phone and e-mail', async () => {
    const created = await app.call('contact:create', NCB);
    expect(created).toMatchObject({
      phones: ['+12025550143'],
      emails: ['duty@example.gov'],
      requestCount: 0,
      archived: false,
    });
  });

  it('explains which phone is wrong and saves nothing', async () => {
    const result = await app.raw('contact:create', { ...NCB, phones: ['+12025550143', '555-0143'] });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['phones', 1], message: 'validation.identifier.phone' }] },
    });
    expect((await app.call('contact:list', {})).total).toEqual({ count: 0, atLeast: false });
  });

  it('filters by kind, country and text; archived contacts leave the default list', async () => {
    const ncb = await app.call('contact:create', NCB);
    await app.call('contact:create', { kind: 'court', name: 'Registry', country: 'DE', organisation: 'Amtsgericht' });
    expect((await app.call('contact:list', { kinds: ['court'] })).items.map((c) => c.name)).toEqual(['Registry']);
    expect((await app.call('contact:list', { q: 'washington' })).items.map((c) => c.id)).toEqual([ncb.id]);
    await app.call('contact:archive', { id: ncb.id, archived: true });
    expect((await app.call('contact:list', {})).items.map((c) => c.name)).toEqual(['Registry']);
    expect((await app.call('contact:list', { archived: 'archived' })).items.map((c) => c.id)).toEqual([ncb.id]);
  });
});
