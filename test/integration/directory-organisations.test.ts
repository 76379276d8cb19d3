import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc-contract';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

const DOJ: ChannelInput<'organisation:create'> = {
  kind: 'central_authority',
  name: 'Office of International Affairs',
  country: 'US',
  phones: ['+1 202 555 0100'],
  emails: ['OIA@Example.gov'],
};

const actions = async () => (await app.call('audit:list', { limit: 200 })).items.map((row) => row.action);

describe('organisations', () => {
  it('creates, edits, archives and restores an organisation, each on the audit trail', async () => {
    const created = await app.call('organisation:create', DOJ);
    expect(created).toMatchObject({
      phones: ['+12025550100'],
      emails: ['oia@example.gov'],
      peopleCount: 0,
      archived: false,
    });
    const edited = await app.call('organisation:update', { ...DOJ, id: created.id, address: '950 Example Ave' });
    expect(edited.address).toBe('950 Example Ave');
    expect((await app.call('organisation:archive', { id: created.id, archived: true })).archived).toBe(true);
    expect((await app.call('organisation:list', {})).items).toEqual([]);
    expect((await app.call('organisation:list', { archived: 'archived' })).items.map((o) => o.id)).toEqual([
      created.id,
    ]);
    await app.call('organisation:archive', { id: created.id, archived: false });
    expect(await actions()).toEqual(
      expect.arrayContaining([
        'organisation.create',
        'organisation.update',
        'organisation.archive',
        'organisation.restore',
      ]),
    );
  });

  it('lists by kind, country and text, paged with a cursor, and counts current people', async () => {
    await app.call('organisation:create', DOJ);
    const ncb = await app.call('organisation:create', { kind: 'interpol_ncb', name: 'NCB Berlin', country: 'DE' });
    await app.call('organisation:create', { kind: 'court', name: 'Amtsgericht Berlin', country: 'DE' });
    await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Duty officer',
      country: 'DE',
      organisationId: ncb.id,
    });
    const byKind = await app.call('organisation:list', { kinds: ['interpol_ncb'] });
    expect(byKind.items.map((o) => [o.name, o.peopleCount])).toEqual([['NCB Berlin', 1]]);
    expect((await app.call('organisation:list', { country: 'DE', q: 'berlin' })).total).toEqual({
      count: 2,
      atLeast: false,
    });
    const first = await app.call('organisation:list', { limit: 2 });
    expect(first.items.map((o) => o.name)).toEqual(['Amtsgericht Berlin', 'NCB Berlin']);
    const second = await app.call('organisation:list', { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((o) => o.name)).toEqual(['Office of International Affairs']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a second organisation with the same name in the same country unless confirmed', async () => {
    await app.call('organisation:create', DOJ);
    const dupe = await app.raw('organisation:create', { ...DOJ, name: '  office of international AFFAIRS ' });
    expect(dupe).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: ['name'], message: 'validation.organisation.duplicate' }] },
    });
    expect((await app.call('organisation:list', {})).items).toHaveLength(1);
    expect(
      (await app.call('organisation:duplicates', { name: 'Office of International Affairs', country: 'US' })).items,
    ).toHaveLength(1);
    // The same name in another country is another body.
    await app.call('organisation:create', { ...DOJ, country: 'CA' });
    await app.call('organisation:create', { ...DOJ, allowDuplicate: true });
    expect((await app.call('organisation:list', {})).items).toHaveLength(3);
  });

  it('renaming an organisation renames it on its current people, so search finds them by the new name', async () => {
    const org = await app.call('organisation:create', DOJ);
    const person = await app.call('contact:create', {
      kind: 'central_authority',
      name: 'Jane Roe',
      country: 'US',
      organisationId: org.id,
    });
    await app.call('organisation:update', { ...DOJ, id: org.id, name: 'OIA Criminal Division' });
    expect((await app.call('contact:get', { id: person.id })).organisation).toBe('OIA Criminal Division');
    expect((await app.call('contact:list', { q: 'criminal division' })).items.map((c) => c.id)).toEqual([person.id]);
  });

  it('shows a case its counterparts, with their organisation and the requests they are on', async () => {
    const org = await app.call('organisation:create', DOJ);
    const person = await app.call('contact:create', {
      kind: 'central_authority',
      name: 'Jane Roe',
      country: 'US',
      organisationId: org.id,
    });
    const kase = await app.call('case:create', CASE);
    const request = await app.call('request:create', {
      caseId: kase.id,
      channel: 'mla',
      direction: 'outgoing',
      title: 'MLA for stored content',
      counterpartCountry: 'US',
      urgency: 'routine',
      status: 'draft',
    });
    await app.call('request:linkContact', { requestId: request.id, contactId: person.id, role: 'counterpart' });
    const counterparts = await app.call('contact:counterparts', { caseId: kase.id });
    expect(counterparts.items).toEqual([
      {
        contactId: person.id,
        name: 'Jane Roe',
        organisation: 'Office of International Affairs',
        organisationId: org.id,
        country: 'US',
        archived: false,
        requests: [{ id: request.id, title: 'MLA for stored content', role: 'counterpart' }],
      },
    ]);
  });
});

describe('directory announcements', () => {
  it('announces its writes to other windows and never its reads (a read that announced would refetch forever)', async () => {
    const seen: string[] = [];
    app.ctx.events.subscribe((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`));
    const org = await app.call('organisation:create', DOJ);
    const person = await app.call('contact:create', {
      kind: 'other',
      name: 'P',
      country: 'US',
      organisationId: org.id,
    });
    const kase = await app.call('case:create', CASE);
    seen.length = 0;
    await app.call('organisation:list', {});
    await app.call('organisation:get', { id: org.id });
    await app.call('organisation:search', { q: 'office' });
    await app.call('organisation:duplicates', { name: 'x', country: 'US' });
    await app.call('organisation:people', { organisationId: org.id, current: true });
    await app.call('affiliation:list', { contactId: person.id });
    await app.call('contact:duplicates', { emails: ['a@example.org'] });
    await app.call('contact:verificationDue', {});
    await app.call('contact:counterparts', { caseId: kase.id });
    await app.call('vcard:preview', { text: '' });
    expect(seen).toEqual([]);
    await app.call('organisation:update', { ...DOJ, id: org.id, notes: 'n' });
    await app.call('contact:markVerified', { id: person.id });
    expect(seen).toEqual(Array(2).fill('data:changed:{"entities":["contact"]}'));
  });
});
