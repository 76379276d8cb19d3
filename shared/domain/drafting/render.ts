/**
 * Assembles a document from its structure, the language pack (with the office's own wording where
 * it has any) and the facts. The result is a plain block model that the DOCX and PDF writers lay
 * out, and that tests read: what the officer signs is exactly this text.
 */
import { DRAFT_FIELDS, type DocType, type DraftLanguage } from './doc-types';
import type { DraftingFacts } from './facts';
import { STRUCTURES, OPTIONAL_SECTIONS, placeholdersOf, sectionKind, type SectionId } from './structure';
import { LANGUAGE_PACKS, type LanguagePack, type SectionText } from './templates';
import {
  assistanceTypesIn,
  countryIn,
  courtAsSubject,
  dataCategoriesIn,
  dateIn,
  describeIdentifier,
  describePerson,
} from './wording';

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'letterhead'; lines: string[] }
  | { kind: 'address'; lines: string[] }
  | { kind: 'meta'; lines: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'signature'; lines: string[]; label: string; dateLabel: string }
  | { kind: 'seal'; label: string; text: string };

export interface DocModel {
  docType: DocType;
  language: DraftLanguage;
  title: string;
  blocks: DocBlock[];
  /** "Page" in the document's language, for the footer. */
  pageWord: string;
  /** A short reference for the footer of every page. */
  footer: string;
}

/** The office's wording for one section, keyed `${docType}/${sectionId}`. */
export type SectionOverrides = Partial<Record<string, SectionText>>;

const LIST_PLACEHOLDERS = new Set(['identifiers', 'persons', 'enclosures']);
const DRAFT_FIELD_SET = new Set<string>(DRAFT_FIELDS);
/** Values written from a field in another form (the court's name with its article) stand or fall with it. */
const DERIVED_FROM: Partial<Record<string, string>> = { courtSubject: 'courtName' };

/** The wording of a section: the office's own where it has one, else the shipped text. */
export function sectionText(
  docType: DocType,
  id: SectionId,
  language: DraftLanguage,
  overrides: SectionOverrides = {},
): SectionText {
  return overrides[`${docType}/${id}`] ?? LANGUAGE_PACKS[language].sections[id];
}

interface Values {
  text: Record<string, string>;
  lists: Record<string, string[]>;
}

function valuesOf(facts: DraftingFacts, pack: LanguagePack): Values {
  const lang = pack.language;
  const f = facts.fields;
  const r = facts.request;
  const text: Record<string, string> = {
    officeName: facts.office.name,
    officerName: facts.officer?.name ?? '',
    officerTitle: facts.officer?.title ?? '',
    officerEmail: facts.officer?.email ?? '',
    homeCountry: countryIn(facts.office.homeCountry, lang),
    hostCountry: countryIn(facts.office.hostCountry, lang),
    requestedCountry: countryIn(r.counterpartCountry, lang),
    today: dateIn(facts.today, lang),
    ourReference: r.ourReference || facts.case.reference,
    theirReference: r.theirReference,
    caseReference: facts.case.reference,
    requestTitle: r.title,
    provider: r.provider,
    sentOn: r.sentOn ? dateIn(r.sentOn, lang) : '',
    preservationUntil: r.preservationUntil ? dateIn(r.preservationUntil, lang) : '',
    dataCategories: dataCategoriesIn(r.dataCategories, pack),
    assistanceTypes: assistanceTypesIn(r.assistanceTypes, pack),
  };
  for (const field of DRAFT_FIELDS) text[field] = f[field].trim();
  text.dateFrom = f.dateFrom ? dateIn(f.dateFrom.trim(), lang) : '';
  text.dateTo = f.dateTo ? dateIn(f.dateTo.trim(), lang) : '';
  text.courtSubject = courtAsSubject(text.courtName ?? '', pack);
  const lists = {
    identifiers: facts.identifiers.map((i) => describeIdentifier(i, pack)),
    persons: facts.persons.map((p) => describePerson(p, pack)),
    enclosures: f.enclosures
      .split('\n')
      .map((line) => line.replace(/^[-•*]\s*/, '').trim())
      .filter(Boolean),
  };
  return { text, lists };
}

/**
 * How an empty value reads: a field the document requires shows as a visible gap (it can only be
 * empty through a recorded override), a field it does not need disappears, and a reference the
 * request has not got yet reads as a dash.
 */
function emptyValue(name: string, required: ReadonlySet<string>, pack: LanguagePack): string {
  if (required.has(DERIVED_FROM[name] ?? name)) return pack.words.missing;
  return DRAFT_FIELD_SET.has(name) ? '' : '—';
}

function sameLine(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

function tidy(line: string): string {
  return line
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([.,])(?=\s|$)/g, '$1')
    .trim();
}

export function renderDocument(
  docType: DocType,
  language: DraftLanguage,
  facts: DraftingFacts,
  overrides: SectionOverrides = {},
): DocModel {
  const pack = LANGUAGE_PACKS[language];
  const structure = STRUCTURES[docType];
  const required = new Set<string>(structure.required);
  const values = valuesOf(facts, pack);
  // Only a provider has a legal entity to address; other documents leave the line out.
  if (!structure.toProvider) values.text.providerEntity = '';
  const filled = (name: string) => values.text[name] ?? '';
  const inline = (text: string) =>
    text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
      if (!(name in values.text)) return whole;
      return filled(name) || emptyValue(name, required, pack);
    });
  /** Lines of a block layout (address, signature): a line whose values are all empty is left out. */
  const lines = (body: string) =>
    body
      .split('\n')
      .filter((line) => {
        const names = placeholdersOf(line);
        return names.length === 0 || names.some((n) => filled(n) !== '');
      })
      .flatMap((line) => inline(line).split('\n'))
      .map(tidy)
      .filter(Boolean)
      // The recipient's name and the provider's entity are often the same company: say it once.
      .filter((line, index, all) => all.findIndex((other) => sameLine(other, line)) === index);

  const blocks: DocBlock[] = [];
  for (const id of structure.sections) {
    const section = sectionText(docType, id, language, overrides);
    const names = placeholdersOf(section.body);
    const fieldNames = names.filter((n) => DRAFT_FIELD_SET.has(n));
    if (OPTIONAL_SECTIONS.has(id) && fieldNames.every((n) => filled(n) === '')) continue;
    const kind = sectionKind(id);
    if (kind === 'letterhead' || kind === 'address' || kind === 'meta') {
      blocks.push({ kind, lines: lines(section.body) });
      if (kind === 'meta') blocks.push({ kind: 'title', text: pack.titles[docType] });
      continue;
    }
    if (kind === 'signature') {
      blocks.push({
        kind,
        lines: lines(section.body),
        label: pack.words.signatureLine,
        dateLabel: pack.words.dateLabel,
      });
      continue;
    }
    if (kind === 'seal') {
      blocks.push({ kind, label: pack.words.sealLabel, text: tidy(inline(section.body)) });
      continue;
    }
    const body: DocBlock[] = [];
    for (const paragraph of section.body.split(/\n\s*\n/)) {
      const only = /^\s*\{([a-zA-Z]+)\}\s*$/.exec(paragraph)?.[1];
      if (only && LIST_PLACEHOLDERS.has(only)) {
        const items = values.lists[only] ?? [];
        if (items.length > 0) body.push({ kind: 'list', items });
        continue;
      }
      // A value typed over several lines keeps its line breaks.
      const paragraphLines = paragraph
        .split('\n')
        .flatMap((line) => inline(line).split('\n'))
        .map(tidy)
        .filter(Boolean);
      if (paragraphLines.length > 0) body.push({ kind: 'paragraph', lines: paragraphLines });
    }
    if (body.length === 0) continue;
    if (section.heading.trim()) blocks.push({ kind: 'heading', text: tidy(inline(section.heading)) });
    blocks.push(...body);
  }
  return {
    docType,
    language,
    title: pack.titles[docType],
    blocks,
    pageWord: pack.words.page,
    footer: `${values.text.ourReference} · ${pack.titles[docType]}`,
  };
}

/** The document's words as plain text, one block a line: what tests and previews compare. */
export function documentText(model: DocModel): string {
  return model.blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
        case 'heading':
          return block.text;
        case 'letterhead':
        case 'address':
        case 'meta':
        case 'paragraph':
          return block.lines.join('\n');
        case 'list':
          return block.items.map((item) => `• ${item}`).join('\n');
        case 'signature':
          return [...block.lines, block.label].join('\n');
        case 'seal':
          return `${block.label}: ${block.text}`;
      }
    })
    .join('\n');
}
