import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

/** Windows-1252 bytes of a text whose characters all lie in Latin-1 (what Excel and Outlook write). */
const win1252 = (text: string) => Buffer.from(text, 'latin1');
const base64 = (bytes: Buffer) => bytes.toString('base64');

/** What Outlook writes for a contact with accents: vCard 2.1, quoted-printable in Windows-1252, soft breaks. */
const OUTLOOK_21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;LANGUAGE=fr;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:L=E9vesque;H=E9l=E8ne',
  'FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:H=E9l=E8ne L=E9vesque',
  'ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Minist=E8re de la Justice, Bureau de l=92entraide;DACG',
  'TITLE:Magistrate',
  'TEL;WORK;VOICE:+33 1 44 77 60 60',
  'TEL;CELL;VOICE:+33 6 12 34 56 78',
  'EMAIL;PREF;INTERNET:helene.levesque@example.fr',
  'NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Pr=E9f=E8re le courriel, jamais le fax.=0D=0AR=E9pond =',
  'vite.',
  'ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;13 place Vend=F4me;Paris;;75001;France',
  'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
  ' /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U',
  '',
  'REV:20261101T101010Z',
  'END:VCARD',
  '',
].join('\r\n');

describe('contacts from Outlook', () => {
  it('reads a vCard 2.1 with quoted-printable Windows-1252 accents, bare types and soft line breaks', async () => {
    const input = { base64: base64(win1252(OUTLOOK_21)) };
    const preview = await app.call('vcard:preview', input);
    expect(preview.counts).toEqual({ new: 1, duplicate: 0, invalid: 0 });
    expect(preview.cards[0]).toMatchObject({
      name: 'Hélène Lévesque',
      organisation: 'Ministère de la Justice, Bureau de l’entraide',
      emails: ['helene.levesque@example.fr'],
      phones: ['+33144776060', '+33612345678'],
    });
    const result = await app.call('vcard:import', input);
    expect(result.created).toBe(1);
    const contact = await app.call('contact:get', { id: result.contactIds[0]! });
    expect(contact).toMatchObject({
      name: 'Hélène Lévesque',
      title: 'Magistrate',
      country: 'FR',
      notes: 'Préfère le courriel, jamais le fax.\nRépond vite.',
    });
  });

  it("imports Outlook's CSV export in Windows-1252 through the same preview and duplicate check", async () => {
    await app.call('vcard:import', { base64: base64(win1252(OUTLOOK_21)) });
    const csv = [
      '"First Name","Middle Name","Last Name","Company","Job Title","Business Country/Region","E-mail Address","Business Phone","Mobile Phone","Notes"',
      '"Hélène","","Lévesque","Ministère de la Justice","Magistrate","France","helene.levesque@example.fr","+33 1 44 77 60 60","",""',
      '"José","María","Núñez","Fiscalía General, Unidad de Cibercrimen","Fiscal","Spain","jnunez@example.es","+34 91 335 2000","+34 600 000 111","Habla inglés; prefiere llamadas"',
      '"","","","","","","nobody@example.org","","",""',
    ].join('\r\n');
    const input = { base64: base64(win1252(csv)) };
    const preview = await app.call('vcard:preview', input);
    expect(preview.counts).toEqual({ new: 1, duplicate: 1, invalid: 1 });
    expect(preview.cards[0]).toMatchObject({ status: 'duplicate', name: 'Hélène Lévesque' });
    expect(preview.cards[1]).toMatchObject({
      status: 'new',
      name: 'José María Núñez',
      organisation: 'Fiscalía General, Unidad de Cibercrimen',
      phones: ['+34913352000', '+34600000111'],
    });
    expect(preview.cards[2]).toMatchObject({ status: 'invalid', problem: { code: 'noName' } });
    expect(preview.cards[1]!.name).not.toContain('\uFFFD');
    const result = await app.call('vcard:import', input);
    expect(result).toMatchObject({ created: 1, skippedDuplicates: 1, invalid: 1 });
    const jose = await app.call('contact:get', { id: result.contactIds[0]! });
    expect(jose).toMatchObject({ country: 'ES', title: 'Fiscal', notes: 'Habla inglés; prefiere llamadas' });
  });

  it('reads the same CSV saved as UTF-16 with a byte-order mark', async () => {
    const csv = '"First Name","Last Name","E-mail Address"\r\n"Zoë","Åström","zoe@example.se"\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const preview = await app.call('vcard:preview', { base64: base64(bytes) });
    expect(preview.cards[0]).toMatchObject({ status: 'new', name: 'Zoë Åström', emails: ['zoe@example.se'] });
  });

  it('refuses a request carrying both the text and the bytes', async () => {
    const envelope = await app.raw('vcard:preview', { text: 'BEGIN:VCARD', base64: 'QQ==' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
