import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/core/import/decode-text';
import { normaliseCard } from '../../electron/core/directory/vcard-legacy';
import { parseDateCell, serialToDate } from '../../shared/domain/sheet-import/dates';
import { suggestMapping } from '../../shared/domain/sheet-import/fields';
import { historyOf } from '../../shared/domain/sheet-import/history';
import { suggestValue } from '../../shared/domain/sheet-import/values';

describe('sheet dates', () => {
  it.each([
    ['2025-03-04', null, '2025-03-04'],
    ['4/3/2025', 'dmy', '2025-03-04'],
    ['4/3/2025', 'mdy', '2025-04-03'],
    ['25/12/2024', null, '2024-12-25'],
    ['12.25.24', null, '2024-12-25'],
    ['4 mars 2025', null, '2025-03-04'],
    ['15 de marzo de 2025', null, '2025-03-15'],
    ['March 4, 2025', null, '2025-03-04'],
  ] as const)('%s (%s) → %s', (text, order, iso) => {
    expect(parseDateCell(text, order)).toEqual({ ok: true, date: iso });
  });

  it('an ambiguous slashed date waits for the order; a wrong one is invalid', () => {
    expect(parseDateCell('04/03/2025', null)).toEqual({ ok: false, reason: 'ambiguous' });
    expect(parseDateCell('31/02/2025', null)).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDateCell('soon', null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads spreadsheet serials in the 1900 date system', () => {
    expect(serialToDate(45797)).toBe('2025-05-20');
    expect(serialToDate(36526)).toBe('2000-01-01');
    expect(parseDateCell(12, null)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('mapping and values', () => {
  it('recognises English, French and Spanish headers, each field once', () => {
    expect(suggestMapping(['Our ref.', 'Statut', 'País', 'Envoyée le', 'Estado', 'Whatever'])).toEqual([
      'ourReference',
      'status',
      'country',
      'sentOn',
      null,
      null,
    ]);
  });

  it('suggests Legat values for the office words', () => {
    expect(suggestValue('status', 'En attente')).toBe('acknowledged');
    expect(suggestValue('country', 'U.S.A.')).toBe('US');
    expect(suggestValue('country', 'Allemagne')).toBe('DE');
    expect(suggestValue('channel', 'Commission rogatoire')).toBe('rogatory');
    expect(suggestValue('kind', 'Datos de abonado')).toBe('voluntary_subscriber');
    expect(suggestValue('country', 'Atlantis')).toBeNull();
  });
});

describe('history through the workflow', () => {
  const dates = {
    createdOn: null,
    sentOn: '2025-01-10',
    acknowledgedOn: null,
    respondedOn: '2025-02-01',
    closedOn: null,
  };
  const refs = { ourReference: 'A-1', theirReference: '' };
  it('dates each step from the row', () => {
    expect(historyOf('police', 'interpol', 'draft', 'answered', dates, refs)).toEqual({
      ok: true,
      steps: [
        { action: 'send', occurredOn: '2025-01-10', payload: {} },
        { action: 'answer', occurredOn: '2025-02-01', payload: { usableInCourt: false } },
      ],
    });
  });
  it('refuses a status the workflow cannot reach, and dates out of order', () => {
    expect(historyOf('provider', 'preservation', 'closed', 'submitted', dates, refs)).toMatchObject({
      ok: false,
      code: 'unreachable',
    });
    const backwards = { ...dates, respondedOn: '2024-12-01' };
    expect(historyOf('police', 'interpol', 'draft', 'answered', backwards, refs)).toMatchObject({
      ok: false,
      code: 'dateOrder',
    });
  });
});

describe('Outlook text', () => {
  it('decodes Windows-1252 curly quotes and euro signs that Latin-1 gets wrong', () => {
    expect(decodeText(Uint8Array.from([0x92, 0x80, 0xe9]))).toEqual({ text: '’€é', encoding: 'windows-1252' });
  });
  it('turns a vCard 2.1 line with bare types and quoted-printable into 3.0', () => {
    const card =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;WORK;VOICE:+1 202\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:caf=C3=A9, =\r\nbar\r\nEND:VCARD\r\n';
    expect(normaliseCard(card)).toBe(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=WORK,VOICE:+1 202\r\nNOTE:café\\, bar\r\nEND:VCARD\r\n',
    );
  });
});
