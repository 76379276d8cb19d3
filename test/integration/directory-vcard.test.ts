import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc-contract';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';
import { exportedBytes } from '../support/bundles';

let app: TestApp;
const others: TestApp[] = [];
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => {
  app.close();
  others.splice(0).forEach((other) => other.close());
});

const FULL: ChannelInput<'contact:create'> = {
  kind: 'interpol_ncb',
  name: "Pat O'Brien, Jr.",
  organisation: 'NCB Washington; Cyber desk',
  title: 'Duty officer',
  country: 'US',
  phones: ['+1 202 555 0143', '+1 202 555 0199'],
  emails: ['duty@example.gov'],
  secureChannels: [{ kind: 'i24_7', address: 'NCB desk, room 4' }],
  languages: ['en', 'fr'],
  timeZone: 'America/New_York',
  lastVerifiedOn: '2026-10-01',
  notes: 'Answers at night.\nAsk for the supervisor; not the switchboard.',
};

const FIELDS = [
  'kind',
  'name',
  'organisation',
  'title',
  'country',
  'phones',
  'emails',
  'secureChannels',
  'languages',
  'timeZone',
  'lastVerifiedOn',
  'notes',
] as const;
const pick = (contact: Record<string, unknown>) => Object.fromEntries(FIELDS.map((f) => [f, contact[f]]));

describe('vCard export and import', () => {
  it('round-trips a contact: export here, import in another office, same fields', async () => {
    const original = await app.call('contact:create', FULL);
    const exported = await app.call('vcard:export', { scope: 'contact', id: original.id });
    expect(exported).toMatchObject({ cancelled: false, count: 1, downloadPath: `/files/export/${exported.fileName}` });
    const text = (await exportedBytes(exported.path)).toString('utf8');
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4.0\r\n/);

    const other = openTestApp();
    others.push(other);
    await other.call('office:setup', OFFICE_PROFILE);
    const preview = await other.call('vcard:preview', { text });
    expect(preview.counts).toEqual({ new: 1, duplicate: 0, invalid: 0 });
    const result = await other.call('vcard:import', { text });
    expect(result).toMatchObject({ created: 1, skippedDuplicates: 0, invalid: 0 });
    const imported = await other.call('contact:get', { id: result.contactIds[0]! });
    expect(pick(imported)).toEqual(pick(original));
    // The organisation became a directory entry with the person in it.
    expect(imported.organisationId).not.toBeNull();
    expect((await other.call('organisation:get', { id: imported.organisationId! })).name).toBe(
      'NCB Washington; Cyber desk',
    );
    // Importing the same file again: the same person, recognised by UID.
    const again = await other.call('vcard:preview', { text });
    expect(again.cards[0]).toMatchObject({ status: 'duplicate', matches: [{ id: imported.id }] });
    expect(again.cards[0]!.matches[0]!.matchedOn).toEqual(expect.arrayContaining(['duty@example.gov']));
  });

  it("exports an organisation's current people and the filtered list", async () => {
    const org = await app.call('organisation:create', { kind: 'court', name: 'Amtsgericht', country: 'DE' });
    await app.call('contact:create', { kind: 'court', name: 'Clerk', country: 'DE', organisationId: org.id });
    await app.call('contact:create', { kind: 'court', name: 'Judge', country: 'DE', organisationId: org.id });
    await app.call('contact:create', { kind: 'other', name: 'Elsewhere', country: 'FR' });
    const people = await app.call('vcard:export', { scope: 'organisation', id: org.id });
    expect(people.count).toBe(2);
    const list = await app.call('vcard:export', { scope: 'list', filter: { country: 'FR' } });
    expect((await exportedBytes(list.path)).toString('utf8').match(/^FN:.*$/gm)).toEqual(['FN:Elsewhere']);
    const audit = await app.call('audit:list', { limit: 10 });
    expect(audit.items.filter((row) => row.action === 'vcard.export')).toHaveLength(2);
  });

  it('previews new, duplicate and invalid cards, then imports only new ones and chosen duplicates, in one audited step', async () => {
    const existing = await app.call('contact:create', {
      kind: 'other',
      name: 'Known',
      country: 'US',
      emails: ['known@example.org'],
    });
    const cards = [
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fresh\r\nEMAIL:fresh@example.org\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Known again\r\nEMAIL:KNOWN@example.org\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:noname@example.org\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad phone\r\nTEL:12345\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fresh twin\r\nEMAIL:fresh@example.org\r\nEND:VCARD',
    ];
    const text = cards.join('\r\n');
    const preview = await app.call('vcard:preview', { text });
    expect(preview.cards.map((c) => [c.status, c.problem?.code ?? null])).toEqual([
      ['new', null],
      ['duplicate', null],
      ['invalid', 'noName'],
      ['invalid', 'field.phones'],
      ['invalid', 'repeated'],
    ]);
    expect(preview.cards[1]!.matches).toEqual([{ id: existing.id, name: 'Known', matchedOn: ['known@example.org'] }]);
    expect((await app.call('contact:list', {})).items).toHaveLength(1);

    const skipped = await app.call('vcard:import', { text });
    expect(skipped).toMatchObject({ created: 1, skippedDuplicates: 1, invalid: 3 });
    const names = async () => (await app.call('contact:list', {})).items.map((c) => c.name).sort();
    expect(await names()).toEqual(['Fresh', 'Known']);
    const audit = await app.call('audit:list', { limit: 10 });
    expect(audit.items.find((row) => row.action === 'vcard.import')).toBeDefined();

    // The officer ticks "import anyway" for the duplicate (alone in this file, so card 0).
    const chosen = await app.call('vcard:import', { text: cards[1]!, importDuplicates: [0] });
    expect(chosen).toMatchObject({ created: 1 });
    expect(await names()).toEqual(['Fresh', 'Known', 'Known again']);
  });

  it('refuses a file over the size limit and writes nothing', async () => {
    const result = await app.raw('vcard:import', { text: 'x'.repeat(5_000_001) });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['text'], message: 'validation.vcard.tooLarge' }] },
    });
    expect((await app.call('contact:list', {})).items).toEqual([]);
  });
});
