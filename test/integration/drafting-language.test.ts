/**
 * A letter rogatory written in French or Spanish reads in that language from the first line to the
 * signature page: the generated DOCX and PDF are read back and searched for English left behind.
 */
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBlob } from '../../electron/core/files/blob-store';
import { docxText, pdfPages } from '../support/document-text';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let requestId: number;
let caseId: number;
const stored = (sha256: string) => buffer(openBlob(app.dataDir, sha256, app.ctx.session.dataKey()));

/** Words of the English templates and labels that have no place in a French or Spanish letter. */
const ENGLISH =
  /\b(the|of|and|to|for|with|by|request(ed)?|court|judge|seal|our|your|none|email|account|phone|witness(es)?)\b|\bDate:/i;

beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', { ...CASE, summary: 'Les faits / los hechos.' })).id;
  await app.call('identifier:add', { caseId, identifier: { kind: 'email', value: 'x@example.org' } });
  requestId = (
    await app.call('request:create', {
      caseId,
      channel: 'rogatory',
      title: 'Commission rogatoire',
      counterpartCountry: 'BE',
      counterpartAuthority: 'Tribunal de première instance de Bruxelles',
      assistanceTypes: ['witness_evidence'],
    })
  ).id;
});
afterEach(() => app.close());

const FILLED = {
  fr: {
    courtName: 'Tribunal judiciaire de Lyon',
    legalBasis: 'Convention européenne d’entraide judiciaire en matière pénale (1959), art. 3.',
    judgeName: 'Mme Claire Martin',
    judgeTitle: 'Juge d’instruction',
    offences: 'Escroquerie (art. 313-1 du code pénal), punie de cinq ans d’emprisonnement.',
  },
  es: {
    courtName: 'Juzgado Central de Instrucción n.º 3',
    legalBasis: 'Convenio europeo de asistencia judicial en materia penal (1959), art. 3.',
    judgeName: 'D.ª Carmen López',
    judgeTitle: 'Magistrada-Jueza',
    offences: 'Estafa (art. 248 del Código Penal), castigada con pena de prisión de hasta seis años.',
  },
} as const;

async function generated(language: 'fr' | 'es'): Promise<string[]> {
  const draft = await app.call('drafting:get', { requestId, docType: 'letter_rogatory' });
  await app.call('drafting:save', {
    requestId,
    docType: 'letter_rogatory',
    language,
    fields: { ...draft.fields, ...FILLED[language] },
  });
  await app.call('drafting:generate', { requestId, docType: 'letter_rogatory', format: 'docx' });
  const view = await app.call('drafting:generate', { requestId, docType: 'letter_rogatory', format: 'pdf' });
  const [pdf, docx] = view.outputs;
  return [await docxText(await stored(docx!.sha256)), (await pdfPages(await stored(pdf!.sha256))).join('\n')];
}

describe('a letter rogatory in the requested state’s language', () => {
  it.each(['fr', 'es'] as const)('has no English left in its DOCX and PDF (%s)', async (language) => {
    for (const text of await generated(language)) {
      if (process.env.SHOW_TEXT) console.log(text);
      const english = text.split('\n').filter((line) => ENGLISH.test(line));
      expect(english).toEqual([]);
    }
  });

  it('gives the court its article and dates the signature in French', async () => {
    const [docx] = await generated('fr');
    expect(docx).toContain('Le Tribunal judiciaire de Lyon présente ses compliments');
    expect(docx).toContain('Fait le ____');
    expect(docx).toContain('Adresse électronique\u00a0: x@example.org');
  });

  it('rewrites the wording Legat prefilled when the officer changes the language', async () => {
    // The draft was prefilled in French (Belgium); saved in Spanish, the assistance reads in Spanish.
    const [docx] = await generated('es');
    expect(docx).toContain('El Juzgado Central de Instrucción n.º 3 saluda atentamente');
    expect(docx).toContain('Toma de declaración de testigos');
    expect(docx).not.toContain('Audition de témoins');
  });
});

describe('facts typed once', () => {
  it('offers the penalties typed for one request to the next request of the case, in the same language', async () => {
    await generated('fr');
    const next = (
      await app.call('request:create', {
        caseId,
        channel: 'rogatory',
        title: 'Seconde commission rogatoire',
        counterpartCountry: 'BE',
      })
    ).id;
    const draft = await app.call('drafting:get', { requestId: next, docType: 'letter_rogatory' });
    expect(draft.saved).toBe(false);
    expect(draft.fields.offences).toBe(FILLED.fr.offences);
    // The court and judge belong to the first letter's own proceedings: not carried across requests.
    expect(draft.fields.courtName).toBe('');
  });
});
