/**
 * Every document in every language: a fully filled draft says every required element, and a draft
 * missing any one of them is stopped by the checker, which names the field that fixes it.
 */
import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  DOC_TYPES,
  DRAFT_LANGUAGES,
  documentText,
  LANGUAGE_PACKS,
  renderDocument,
  SECTION_IDS,
  STRUCTURES,
  type DocType,
} from '../../shared/domain/drafting';
import { dateIn } from '../../shared/domain/drafting/wording';
import { fullFacts, withoutField } from '../support/drafting-facts';

const cases = DOC_TYPES.flatMap((docType) => DRAFT_LANGUAGES.map((language) => [docType, language] as const));

describe('templates', () => {
  it('every language words every section of every document', () => {
    for (const language of DRAFT_LANGUAGES) {
      const pack = LANGUAGE_PACKS[language];
      for (const id of SECTION_IDS) expect(pack.sections[id].body.trim(), `${language}/${id}`).not.toBe('');
      for (const docType of DOC_TYPES) expect(pack.titles[docType].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in every language, so a translation never drops a fact', () => {
    const names = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
    for (const id of SECTION_IDS) {
      const english = LANGUAGE_PACKS.en.sections[id];
      for (const language of ['fr', 'es'] as const) {
        const other = LANGUAGE_PACKS[language].sections[id];
        expect(names(other.body), `${language}/${id}`).toEqual(names(english.body));
        expect(names(other.heading), `${language}/${id} heading`).toEqual(names(english.heading));
      }
    }
  });

  it.each(cases)('%s (%s): a fully filled draft produces every required element', (docType, language) => {
    const facts = fullFacts(docType);
    const model = renderDocument(docType, language, facts);
    const text = documentText(model);
    expect(text).toContain(LANGUAGE_PACKS[language].titles[docType]);
    for (const field of STRUCTURES[docType].required) {
      const value =
        field === 'dateFrom' || field === 'dateTo' ? dateIn(facts.fields[field], language) : facts.fields[field];
      expect(text, field).toContain(field === 'enclosures' ? 'Court order of 3 June 2026' : value);
    }
    for (const id of STRUCTURES[docType].sections) {
      const heading = LANGUAGE_PACKS[language].sections[id].heading;
      if (heading && !heading.includes('{')) expect(text, id).toContain(heading);
    }
    if (STRUCTURES[docType].sections.includes('identifiers')) {
      expect(text).toContain('+34600111222');
      expect(text).toContain('203.0.113.7');
      expect(text).toContain('Europe/Madrid');
    }
    if (STRUCTURES[docType].sections.includes('persons')) expect(text).toContain('Ιωάννης Παπαδόπουλος');
    expect(text).not.toContain('[…]');
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(checkDraft(docType, facts).filter((f) => f.severity === 'blocking')).toEqual([]);
  });

  it.each(DOC_TYPES)('%s: each missing required element is reported, pointing at its field', (docType: DocType) => {
    for (const field of STRUCTURES[docType].required) {
      const findings = checkDraft(docType, withoutField(fullFacts(docType), field));
      const blocking = findings.filter((f) => f.severity === 'blocking');
      expect(
        blocking.map((f) => f.target),
        field,
      ).toContainEqual({ kind: 'draft', field });
    }
  });

  it('a letter rogatory carries the judge’s signature block and the court’s seal', () => {
    const model = renderDocument('letter_rogatory', 'fr', fullFacts('letter_rogatory'));
    const signature = model.blocks.find((b) => b.kind === 'signature');
    expect(signature?.kind === 'signature' && signature.lines.some((line) => line.includes('judgeName'))).toBe(true);
    expect(model.blocks.at(-1)).toMatchObject({ kind: 'seal', text: 'Sceau de la juridiction' });
  });

  it('office wording replaces the shipped section, placeholders and all', () => {
    const model = renderDocument('mla_request', 'en', fullFacts('mla_request'), {
      'mla_request/confidentiality': { heading: 'Secrecy', body: 'Keep it quiet: {confidentiality}' },
    });
    const text = documentText(model);
    expect(text).toContain('Secrecy');
    expect(text).toContain('Keep it quiet: «confidentiality»');
  });
});
