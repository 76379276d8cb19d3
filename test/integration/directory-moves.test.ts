import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

async function twoOrganisations() {
  const ncb = await app.call('organisation:create', { kind: 'interpol_ncb', name: 'NCB Washington', country: 'US' });
  const oia = await app.call('organisation:create', {
    kind: 'central_authority',
    name: 'Office of International Affairs',
    country: 'US',
  });
  return { ncb, oia };
}

describe('moves between organisations', () => {
  it('closes the current membership, opens the new one, and keeps both in the history', async () => {
    const { ncb, oia } = await twoOrganisations();
    const person = await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Sam Lee',
      title: 'Duty officer',
      country: 'US',
      organisationId: ncb.id,
    });
    expect(person).toMatchObject({ organisation: 'NCB Washington', organisationId: ncb.id });
    const history = await app.call('affiliation:move', {
      contactId: person.id,
      organisationId: oia.id,
      title: 'Trial attorney',
      fromOn: '2026-12-01',
    });
    expect(history.items.map((a) => [a.organisationName, a.title, a.fromOn, a.toOn, a.current])).toEqual([
      ['Office of International Affairs', 'Trial attorney', '2026-12-01', null, true],
      // Created 30 Nov in the office's zone (New York): the first membership starts that day.
      ['NCB Washington', 'Duty officer', '2026-11-30', '2026-12-01', false],
    ]);
    expect(await app.call('contact:get', { id: person.id })).toMatchObject({
      organisation: 'Office of International Affairs',
      organisationId: oia.id,
      title: 'Trial attorney',
    });
    const former = await app.call('organisation:people', { organisationId: ncb.id, current: false });
    expect(former.items.map((a) => a.contactName)).toEqual(['Sam Lee']);
    expect((await app.call('organisation:people', { organisationId: ncb.id, current: true })).items).toEqual([]);
    expect((await app.call('organisation:get', { id: oia.id })).peopleCount).toBe(1);
    const audit = await app.call('audit:list', { limit: 50 });
    expect(audit.items.find((row) => row.action === 'affiliation.move')).toMatchObject({
      entity: 'contact',
      entityId: person.id,
    });
  });

  it('keeps the requests pointing at the person after a move', async () => {
    const { ncb, oia } = await twoOrganisations();
    const person = await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Sam Lee',
      country: 'US',
      organisationId: ncb.id,
    });
    const kase = await app.call('case:create', CASE);
    const request = await app.call('request:create', {
      caseId: kase.id,
      channel: 'police',
      kind: 'interpol',
      direction: 'outgoing',
      title: 'Who holds the account?',
      counterpartCountry: 'US',
      urgency: 'routine',
      status: 'draft',
    });
    await app.call('request:linkContact', { requestId: request.id, contactId: person.id, role: 'counterpart' });
    await app.call('affiliation:move', { contactId: person.id, organisationId: oia.id, fromOn: '2026-12-01' });
    const requests = await app.call('request:list', { contactId: person.id, state: 'all' });
    expect(requests.items.map((r) => r.id)).toEqual([request.id]);
    expect((await app.call('contact:get', { id: person.id })).requestCount).toBe(1);
  });

  it('refuses a move to the same organisation, to an archived one, or dated before the current membership', async () => {
    const { ncb, oia } = await twoOrganisations();
    const person = await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Sam Lee',
      country: 'US',
      organisationId: ncb.id,
    });
    const same = await app.raw('affiliation:move', {
      contactId: person.id,
      organisationId: ncb.id,
      fromOn: '2026-12-01',
    });
    expect(same).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['organisationId'], message: 'validation.affiliation.same' }] },
    });
    const early = await app.raw('affiliation:move', {
      contactId: person.id,
      organisationId: oia.id,
      fromOn: '2026-01-01',
    });
    expect(early).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['fromOn'], message: 'validation.affiliation.beforeCurrent' }] },
    });
    await app.call('organisation:archive', { id: oia.id, archived: true });
    const archived = await app.raw('affiliation:move', {
      contactId: person.id,
      organisationId: oia.id,
      fromOn: '2026-12-01',
    });
    expect(archived).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.affiliation.archived' }] } });
    expect((await app.call('affiliation:list', { contactId: person.id })).items).toHaveLength(1);
  });

  it('ends a membership without a new one, and the contact then has no organisation', async () => {
    const { ncb } = await twoOrganisations();
    const person = await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Sam Lee',
      country: 'US',
      organisationId: ncb.id,
    });
    const [current] = (await app.call('affiliation:list', { contactId: person.id })).items;
    const ended = await app.call('affiliation:end', { id: current!.id, toOn: '2026-12-15' });
    expect(ended.items.map((a) => [a.toOn, a.current])).toEqual([['2026-12-15', false]]);
    expect(await app.call('contact:get', { id: person.id })).toMatchObject({ organisation: '', organisationId: null });
    const again = await app.raw('affiliation:end', { id: current!.id, toOn: '2026-12-16' });
    expect(again).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.affiliation.ended' }] } });
  });

  it('finds or creates the organisation when a contact is saved with a name only', async () => {
    const { ncb } = await twoOrganisations();
    const a = await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'A',
      country: 'US',
      organisation: 'ncb washington',
    });
    expect(a.organisationId).toBe(ncb.id);
    const b = await app.call('contact:create', {
      kind: 'court',
      name: 'B',
      country: 'DE',
      organisation: 'Amtsgericht Köln',
    });
    expect(await app.call('organisation:get', { id: b.organisationId! })).toMatchObject({
      name: 'Amtsgericht Köln',
      kind: 'court',
      country: 'DE',
    });
  });
});
