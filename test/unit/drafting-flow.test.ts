import { describe, expect, it } from 'vitest';
import {
  carryFacts,
  documentText,
  emptyDraftFields,
  LANGUAGE_PACKS,
  relanguageFields,
  renderDocument,
} from '../../shared/domain/drafting';
import { courtAsSubject } from '../../shared/domain/drafting/wording';
import { fullFacts } from '../support/drafting-facts';

const prefill = { ...emptyDraftFields(), recipientName: 'Google LLC', factsSummary: 'From the case.' };

describe('facts typed once serve every document', () => {
  it('takes the newest typed value of the request’s other documents, and only case facts from other requests', () => {
    const fields = carryFacts(prefill, [
      { sameRequest: false, fields: { offences: 'Fraud, 5 years.', custodian: 'Other request’s custodian' } },
      { sameRequest: true, fields: { offences: 'Older penalties', custodian: 'Google LLC, Mountain View' } },
    ]);
    expect(fields.offences).toBe('Fraud, 5 years.');
    expect(fields.custodian).toBe('Google LLC, Mountain View');
    expect(fields.recipientName).toBe('Google LLC');
  });

  it('keeps the prefill where nothing was typed, and never carries one document’s own note', () => {
    const fields = carryFacts(prefill, [{ sameRequest: true, fields: { factsSummary: '  ', followUpNote: 'Chaser' } }]);
    expect(fields.factsSummary).toBe('From the case.');
    expect(fields.followUpNote).toBe('');
  });
});

describe('changing a document’s language', () => {
  it('rewrites only what Legat prefilled, never what the officer typed', () => {
    const from = { ...emptyDraftFields(), assistanceSought: 'Audition de témoins', dataSought: 'Données' };
    const to = { ...emptyDraftFields(), assistanceSought: 'Toma de declaración', dataSought: 'Datos' };
    const typed = { ...from, dataSought: 'Les journaux de connexion' };
    expect(relanguageFields(typed, from, to)).toMatchObject({
      assistanceSought: 'Toma de declaración',
      dataSought: 'Les journaux de connexion',
    });
  });
});

describe('wording', () => {
  it.each([
    ['fr', 'Tribunal judiciaire de Lyon', 'Le Tribunal judiciaire de Lyon'],
    ['fr', 'Cour d’appel de Paris', 'La Cour d’appel de Paris'],
    ['fr', 'Autorité judiciaire', 'L’Autorité judiciaire'],
    ['fr', 'Le Tribunal de Nanterre', 'Le Tribunal de Nanterre'],
    ['es', 'Juzgado de Instrucción n.º 3', 'El Juzgado de Instrucción n.º 3'],
    ['es', 'Audiencia Nacional', 'La Audiencia Nacional'],
    ['en', 'Superior Court of Quebec', 'The Superior Court of Quebec'],
  ] as const)('a court as subject (%s): %s', (language, name, expected) => {
    expect(courtAsSubject(name, LANGUAGE_PACKS[language])).toBe(expected);
  });

  it('names an addressee once when the recipient is the provider’s entity', () => {
    const facts = fullFacts('preservation', { recipientName: 'Google LLC', providerEntity: 'Google LLC' });
    const text = documentText(renderDocument('preservation', 'en', facts));
    expect(text).toMatch(/To:\nGoogle LLC\n(?!Google LLC)/);
  });
});
