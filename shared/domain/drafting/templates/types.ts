import type { DataCategory, AssistanceType } from '../../requests';
import type { IdentifierKind } from '../../identifiers';
import type { DocType, DraftLanguage } from '../doc-types';
import type { SectionId } from '../structure';

export interface SectionText {
  /** Shown above the section; empty for sections without a heading (address, signature). */
  heading: string;
  /**
   * The wording, with `{placeholders}`. A blank line starts a new paragraph; a paragraph that is only
   * `{identifiers}`, `{persons}` or `{enclosures}` becomes a list.
   */
  body: string;
}

/** One language's wording of every document. */
export interface LanguagePack {
  language: DraftLanguage;
  titles: Record<DocType, string>;
  sections: Record<SectionId, SectionText>;
  words: {
    /** Put in place of a value the officer left out (only reachable through a recorded override). */
    missing: string;
    none: string;
    page: string;
    identifierKinds: Record<IdentifierKind, string>;
    /** "{value}, observed {at} ({zone})" for an IP address. */
    observed: string;
    onPlatform: string;
    roles: Record<string, string>;
    nationality: string;
    born: string;
    dataCategories: Record<DataCategory, string>;
    assistanceTypes: Record<AssistanceType, string>;
    signatureLine: string;
    sealLabel: string;
    /** What precedes the blank for the signing date, punctuation included ("Date:", "Fait le"). */
    dateLabel: string;
    /** Between a label and its value, with the language's spacing ("Email: x", "Adresse : x"). */
    colon: string;
    /** Articles a court's name takes at the start of a sentence, by the name's first word. */
    courtArticles: { masculine: string; feminine: string; elided?: string; feminineNouns: readonly string[] };
  };
}
