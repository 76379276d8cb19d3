import type { AssistanceType, Channel, DataCategory, Urgency } from '../requests';
import type { FactKind, FactValue, OffenceCategory } from '../knowledge/fields';

/** Where a statement in an advice comes from: a pack fact (with its source) or an office edit. */
export interface Citation {
  kind: FactKind;
  key: string;
  field: string;
  value: FactValue;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  asOf: string;
  local: boolean;
}

/** The facts the advisor reads, already merged with the office's edits. */
export interface KnowledgeBook {
  fact(kind: FactKind, key: string, field: string): Citation | null;
  /** Keys of every entity of a kind (treaties, providers, countries). */
  keys(kind: FactKind): string[];
}

export interface AdviceInput {
  /** The office's home country: the requesting state. */
  fromCountry: string;
  /** Where the data or evidence is. */
  country: string;
  holder: 'provider' | 'authority';
  providerKey: string | null;
  dataCategory: DataCategory | null;
  assistanceType: AssistanceType | null;
  urgency: Urgency;
  offence: OffenceCategory;
  /** Calendar date the advice is for (treaties must be in force on it). */
  today: string;
}

export interface Note {
  code: string;
  params: Record<string, string | number>;
  cites: Citation[];
}

export interface LegalBasis {
  code: 'treaty' | 'cloud_act' | 'reciprocity' | 'provider_policy' | 'emergency';
  treatyKey: string | null;
  name: string | null;
  cites: Citation[];
  /**
   * How this basis stands among the others: the treaty that governs the request, one that supplements it
   * (the EU-US MLA Agreement beside a bilateral treaty), one that also applies for what it adds, or the
   * fallback (reciprocity).
   */
  role?: 'governing' | 'supplements' | 'also_applies' | 'fallback';
  /** What this basis requires of the request, as a note code (advisor.requires.*). */
  requires?: string;
}

export interface HistoryStats {
  n: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface DefaultDuration {
  ruleId: string;
  title: string;
  amount: number;
  unit: string;
  citation: string;
  url: string | null;
}

export type ExpectedDuration =
  ({ basis: 'history' } & HistoryStats) | { basis: 'rule'; historyN: number; rule: DefaultDuration | null };

export const OPTION_IDS = ['emergency', 'direct', 'cloud_act', 'mla', 'police', 'rogatory'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export interface ChannelOption {
  id: OptionId;
  channel: Channel;
  kind: string | null;
  available: boolean;
  rank: number;
  legalBases: LegalBasis[];
  prerequisites: Note[];
  warnings: Note[];
  preserveFirst: boolean;
  expected: ExpectedDuration;
}

export interface PreservationAdvice {
  providerKey: string;
  days: Citation | null;
  extensionDays: Citation | null;
  policy: Citation | null;
}

export interface TreatyConsidered {
  treatyKey: string;
  name: string | null;
  outcome: 'basis' | 'not_party' | 'not_in_force' | 'out_of_scope' | 'parties_not_recorded';
  cites: Citation[];
}

export interface Advice {
  options: ChannelOption[];
  preservation: PreservationAdvice | null;
  treaties: TreatyConsidered[];
  warnings: Note[];
}

export interface AdviceContext {
  book: KnowledgeBook;
  /** Closed-request history for (channel, country), computed in SQL by the core. */
  history: Partial<Record<Channel, HistoryStats>>;
  /** The deadline rule that gives each channel's expected answer time, when there is no history. */
  defaults: Partial<Record<Channel, DefaultDuration>>;
}

export const MIN_HISTORY = 5;
