/**
 * Who is bound by the instrument behind a statutory rule, and from when. A rule tied to an instrument is
 * computed only where both the office's state and the counterpart's state are bound on the day the request
 * left the office; otherwise the engine says why it stepped aside (see DECISIONS.md for the articles).
 */
import { EU_MEMBER_STATES } from './eu';

export const INSTRUMENTS = ['budapest', 'eu-2023-1543', 'eu-eio', 'eu-2023-977', 'us-2703f'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** For each instrument, the bound states (ISO alpha-2) and the date from which each is bound; null = unknown. */
export type Bindings = Partial<Record<Instrument, Record<string, string> | null>>;

const everyFrom = (states: readonly string[], from: string) => Object.fromEntries(states.map((s) => [s, from]));
const except = (...out: string[]) => EU_MEMBER_STATES.filter((s) => !out.includes(s));

/** Reg. (EU) 2023/1543 art. 34: applies from 18 August 2026; Denmark does not take part (Protocol No 22 recital). */
export const EU_1543_APPLIES_FROM = '2026-08-18';
/** Dir. 2014/41/EU art. 36(1): transposition by 22 May 2017; recitals 44-45: Ireland and Denmark are not bound. */
export const EIO_APPLIES_FROM = '2017-05-22';
/** Dir. (EU) 2023/977 art. 22: transposition by 12 December 2024; a Schengen development (closing recitals). */
export const DIR_977_APPLIES_FROM = '2024-12-12';
/** The Schengen-associated states that apply Directive 2023/977 (its recitals on Iceland, Norway, Switzerland, Liechtenstein). */
export const SCHENGEN_ASSOCIATED = ['IS', 'NO', 'CH', 'LI'] as const;

/** What EU law itself fixes; Budapest parties come from the knowledge pack (see bindingsFromBook). */
export const EU_BINDINGS: Bindings = {
  'eu-2023-1543': everyFrom(except('DK'), EU_1543_APPLIES_FROM),
  'eu-eio': everyFrom(except('IE', 'DK'), EIO_APPLIES_FROM),
  'eu-2023-977': everyFrom([...except('DK'), ...SCHENGEN_ASSOCIATED], DIR_977_APPLIES_FROM),
};

export type NotApplicableReason =
  | 'parties_unknown'
  | 'counterpart_not_bound'
  | 'office_not_bound'
  | 'counterpart_not_yet_bound'
  | 'office_not_yet_bound';

export interface Applicability {
  applies: boolean;
  reason: NotApplicableReason | null;
  /** The date from which the state in question is bound (for the *_not_yet_bound reasons). */
  boundFrom: string | null;
}

const norm = (value: string | null | undefined) => (value ?? '').trim().toUpperCase();
const APPLIES: Applicability = { applies: true, reason: null, boundFrom: null };

/**
 * Whether an instrument binds both states on `onDate` (YYYY-MM-DD). The US preservation statute binds the
 * provider in the United States whoever asks, so only the counterpart counts for it.
 */
export function applicabilityOf(
  instrument: Instrument,
  bindings: Bindings,
  office: { homeCountry: string },
  counterpart: string,
  onDate: string,
): Applicability {
  const bound = bindings[instrument];
  if (!bound) return { applies: false, reason: 'parties_unknown', boundFrom: null };
  const check = (state: string, who: 'counterpart' | 'office'): Applicability | null => {
    const from = bound[norm(state)];
    if (from === undefined) return { applies: false, reason: `${who}_not_bound`, boundFrom: null };
    if (from > onDate) return { applies: false, reason: `${who}_not_yet_bound`, boundFrom: from };
    return null;
  };
  if (instrument === 'us-2703f') return check(counterpart, 'counterpart') ?? APPLIES;
  return check(counterpart, 'counterpart') ?? check(office.homeCountry, 'office') ?? APPLIES;
}

/** Budapest parties with their entry-into-force dates, read from the knowledge pack's party records. */
export function budapestBindings(partyInForce: Iterable<[string, string]>): Record<string, string> | null {
  const map = Object.fromEntries([...partyInForce].map(([iso, date]) => [norm(iso), date]));
  return Object.keys(map).length > 0 ? map : null;
}

/** The US statute binds whatever the date of the request: no start date is modelled. */
const NO_START = '0001-01-01';

export function defaultBindings(budapest: Record<string, string> | null): Bindings {
  return { ...EU_BINDINGS, budapest, 'us-2703f': { US: NO_START } };
}
