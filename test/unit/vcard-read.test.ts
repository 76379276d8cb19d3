import { describe, expect, it } from 'vitest';
import { readCard, splitCards } from '../../electron/core/directory/vcard-read';
import { contactCard } from '../../electron/core/directory/vcard-write';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
const read = (text: string) => readCard(text, 'US');

describe('reading vCards', () => {
  it('unfolds folded lines and unescapes commas, semicolons and newlines', () => {
    const result = read(
      card(
        'VERSION:4.0',
        'FN:Jane',
        '  Doe',
        'ORG:Acme\\, Inc.\\; Legal;Unit',
        'TITLE:Head\\, cyber unit',
        'NOTE:first line\\nsecond\\, with comma',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      contact: {
        name: 'Jane Doe',
        organisation: 'Acme, Inc.; Legal',
        title: 'Head, cyber unit',
        notes: 'first line\nsecond, with comma',
      },
    });
  });

  it('reads vCard 3.0: TYPE parameter lists, phone-number values, and a name from N when FN is empty', () => {
    const result = read(
      card(
        'VERSION:3.0',
        'N:Doe;Jane;Q.;Dr;',
        'FN:',
        'TEL;TYPE=WORK,VOICE:+33 1 23 45 67 89',
        'EMAIL;TYPE=INTERNET,PREF:Jane.Doe@Example.FR',
        'ADR;TYPE=WORK:;;1 rue Example;Paris;;75001;France',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      contact: { name: 'Dr Jane Q. Doe', phones: ['+33123456789'], emails: ['Jane.Doe@Example.FR'], country: 'FR' },
    });
  });

  it('reads vCard 4.0 tel: URIs, language tags and a text time zone', () => {
    const result = read(
      card(
        'VERSION:4.0',
        'FN:X',
        'TEL;VALUE=uri;TYPE=work:tel:+1-202-555-0143;ext=12',
        'LANG:fr-CA',
        'TZ;VALUE=text:Europe/Paris',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      contact: { phones: ['+12025550143'], languages: ['fr'], timeZone: 'Europe/Paris' },
    });
  });

  it('says why a card cannot be imported', () => {
    expect(read(card('VERSION:4.0', 'EMAIL:a@example.org'))).toMatchObject({ ok: false, problem: { code: 'noName' } });
    expect(read(card('VERSION:2.1', 'FN:Old'))).toMatchObject({
      ok: false,
      name: 'Old',
      problem: { code: 'version', detail: '2.1' },
    });
    expect(read(card('VERSION:4.0', 'FN:Bad phone', 'TEL:555-0143'))).toMatchObject({
      ok: false,
      problem: { code: 'field.phones', detail: '555-0143' },
    });
    expect(read(card('VERSION:4.0', 'FN:Bad mail', 'EMAIL:not-an-address'))).toMatchObject({
      ok: false,
      problem: { code: 'field.emails', detail: 'not-an-address' },
    });
    expect(read(card('VERSION:4.0', 'FN:x', 'this line has no colon'))).toMatchObject({
      ok: false,
      problem: { code: 'unreadable' },
    });
    expect(read(card('VERSION:4.0', `FN:${'x'.repeat(300)}`))).toMatchObject({
      ok: false,
      problem: { code: 'field.name' },
    });
  });

  it('falls back to the office host country when a card names none, and ignores unknown kinds', () => {
    expect(read(card('VERSION:4.0', 'FN:X', 'X-LEGAT-KIND:wizard'))).toMatchObject({
      ok: true,
      contact: { country: 'US', kind: 'other' },
    });
  });

  it('splits a file into cards whatever its line endings, ignoring text outside cards and a BOM', () => {
    const text =
      '\uFEFFjunk\nBEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\rBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\ntrailer';
    expect(
      splitCards(text)
        .map((c) => read(c))
        .map((r) => (r.ok ? r.contact.name : r.problem.code)),
    ).toEqual(['A', 'B']);
  });

  it('writes a card every Legat field survives, with hostile characters', () => {
    const contact = {
      uuid: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
      kind: 'central_authority',
      name: "Anne, O'Neil; Jr",
      organisation: 'Ministry; of Justice, Exampleland',
      title: 'Head\\of unit',
      country: 'FR',
      phones: ['+33123456789'],
      emails: ['a@example.fr'],
      secureChannels: [{ kind: 'siena', address: 'desk,7;b' }],
      languages: ['fr', 'en'],
      timeZone: 'Europe/Paris',
      lastVerifiedOn: '2026-01-02',
      notes: `line1\nline2, with comma; semicolon ${'long '.repeat(40)}end`,
    };
    const text = contactCard(contact);
    // Long values are folded (ical.js: 75 characters, plus the space that starts a continuation line).
    expect(text.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
    expect(text.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    const { uuid, ...fields } = contact;
    expect(read(text)).toEqual({
      ok: true,
      uid: uuid,
      contact: { ...fields, organisationId: null, allowDuplicate: false },
    });
  });
});
