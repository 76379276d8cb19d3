import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

/**
 * Every translation of the interface against the English source, read from the folders as they are
 * on disk: a namespace or key another branch adds to en/ is checked here without touching this file.
 */
const ROOT = fileURLToPath(new URL('../../renderer/src/i18n', import.meta.url));
const SOURCE = 'en';
const TRANSLATIONS = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== SOURCE)
  .map((entry) => entry.name)
  .sort();

type Catalogue = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Catalogue): Catalogue {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  else throw new Error(`${prefix}: a catalogue holds only strings and objects`);
  return into;
}

function load(lang: string): Map<string, Catalogue> {
  const byFile = new Map<string, Catalogue>();
  for (const file of readdirSync(join(ROOT, lang))
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const parsed: unknown = JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8'));
    byFile.set(file.replace(/\.json$/, ''), flatten(parsed, '', new Map()));
  }
  return byFile;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** i18next asks for `key_<category>` with the categories of Intl.PluralRules, plus `_zero` where the source has one. */
function expectedKeys(source: Catalogue, lang: string): Set<string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of source.keys()) {
    const plural = PLURAL.exec(key);
    if (!plural) keys.add(key);
    else {
      const base = plural[1] ?? '';
      for (const category of categories) keys.add(`${base}_${category}`);
      if (plural[2] === 'zero') keys.add(key);
    }
  }
  return keys;
}

/** The English text a translated key answers to: a plural form the source lacks answers to its `_other`. */
function sourceText(source: Catalogue, key: string): string | undefined {
  const plural = PLURAL.exec(key);
  return source.get(key) ?? (plural ? source.get(`${plural[1] ?? ''}_other`) : undefined);
}

/** Interpolations, template fields ({factsSummary}), nesting and markup must survive translation unchanged. */
function tokens(text: string): string[] {
  const found = text.match(/\{\{[^}]+\}\}|\{[A-Za-z]+\}|\$t\([^)]*\)|<\/?[a-zA-Z][^>]*>/g) ?? [];
  return [...found].sort();
}

/**
 * Words that read the same in English, French and Spanish: names, codes, formats and brands. A value
 * made only of these (and placeholders, digits, punctuation) may stay as it is in English.
 */
const UNIVERSAL = new Set(
  [
    'Legat',
    'Interpol',
    'Europol',
    'SIENA',
    'I-24/7',
    'E.164',
    'SHA-256',
    'IMEI',
    'DOCX',
    'PDF',
    'CSV',
    'Excel',
    'XLSX',
    'vCard',
    'vCards',
    'Bitcoin',
    'Ethereum',
    'CLOUD',
    'Act',
    'H0',
    'H1',
    'H2',
    'H3',
    'OK',
    'v',
    'n',
  ].map((word) => word.toLowerCase()),
);

/** Words that are the correct term in that language and happen to be spelt as in English. */
const SAME_AS_ENGLISH: Record<string, Set<string>> = {
  fr: new Set(
    [
      'Contacts',
      'Contact',
      'Date',
      'Dates',
      'Document',
      'Version',
      'Actions',
      'Action',
      'Audit',
      'Organisation',
      'Organisations',
      'Notes',
      'Note',
      'Description',
      'Conditions',
      'Sources',
      'Source',
      'Police',
      'Corruption',
      'Terrorisme',
      'Homicide',
      'Portail',
      'Type',
      'Parties',
      'Section',
      'Transmission',
      'Suspect',
    ].map((word) => word.toLowerCase()),
  ),
  es: new Set(
    ['Normal', 'Portal', 'Local', 'Multilateral', 'Regional', 'Error', 'No', 'Hash'].map((word) => word.toLowerCase()),
  ),
};

function mayEqualEnglish(lang: string, text: string): boolean {
  const words = text
    .replace(/\{\{[^}]+\}\}|\{[A-Za-z]+\}/g, ' ')
    .split(/[\s()[\]:;,.…·–—|"“”«»'’+#%]+/)
    .filter((word) => /\p{L}/u.test(word));
  const local = SAME_AS_ENGLISH[lang] ?? new Set<string>();
  return words.every((word) => UNIVERSAL.has(word.toLowerCase()) || local.has(word.toLowerCase()));
}

const english = load(SOURCE);

describe('interface translations', () => {
  it('has at least French and Spanish beside English', () => {
    expect(TRANSLATIONS).toEqual(expect.arrayContaining(['es', 'fr']));
  });

  describe.each(TRANSLATIONS)('%s', (lang) => {
    const translated = load(lang);

    it('has one file for each English namespace and no other', () => {
      expect([...translated.keys()]).toEqual([...english.keys()]);
    });

    it.each([...english.keys()])(
      '%s.json has every English key, in its plural forms, and no key English lacks',
      (ns) => {
        const source = english.get(ns) ?? new Map<string, string>();
        const target = translated.get(ns) ?? new Map<string, string>();
        const expected = [...expectedKeys(source, lang)].sort();
        const actual = [...target.keys()].sort();
        expect({
          missing: expected.filter((k) => !target.has(k)),
          extra: actual.filter((k) => !expected.includes(k)),
        }).toEqual({
          missing: [],
          extra: [],
        });
      },
    );

    it.each([...english.keys()])('%s.json keeps every placeholder and tag of the English text', (ns) => {
      const source = english.get(ns) ?? new Map<string, string>();
      const mismatched: string[] = [];
      for (const [key, text] of translated.get(ns) ?? []) {
        const original = sourceText(source, key);
        if (original === undefined) continue;
        // A singular form may spell the number out ("une fois") instead of {{count}}.
        const drop = (list: string[]) => (PLURAL.test(key) ? list.filter((t) => t !== '{{count}}') : list);
        if (drop(tokens(text)).join(' ') !== drop(tokens(original)).join(' '))
          mismatched.push(`${key}: ${tokens(original).join(' ')} ≠ ${tokens(text).join(' ')}`);
      }
      expect(mismatched).toEqual([]);
    });

    it.each([...english.keys()])('%s.json leaves no text in English that should have been translated', (ns) => {
      const source = english.get(ns) ?? new Map<string, string>();
      const untranslated: string[] = [];
      for (const [key, text] of translated.get(ns) ?? []) {
        if (text.trim() === '') untranslated.push(`${key}: empty`);
        else if (text === sourceText(source, key) && !mayEqualEnglish(lang, text))
          untranslated.push(`${key}: “${text}”`);
      }
      expect(untranslated).toEqual([]);
    });

    it('gives i18next a translated form for every count, including 0 and a million', async () => {
      const instance = i18next.createInstance();
      const resources = Object.fromEntries(
        [...translated].map(([ns, catalogue]) => [ns, Object.fromEntries(catalogue)]),
      );
      await instance.init({ lng: lang, resources: { [lang]: resources }, keySeparator: false, returnNull: false });
      const unresolved: string[] = [];
      for (const [ns, catalogue] of english) {
        const bases = new Set([...catalogue.keys()].flatMap((key) => PLURAL.exec(key)?.slice(1, 2) ?? []));
        for (const base of bases)
          for (const count of [0, 1, 2, 1_000_000])
            if (!instance.exists(base, { ns, count })) unresolved.push(`${ns}:${base} (${count})`);
      }
      expect(unresolved).toEqual([]);
    });
  });
});
