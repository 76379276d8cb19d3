import type { Channel, RequestStatus, Urgency } from '../requests';
import type { Instrument } from './applicability';

export type DeadlineKind = 'hard_expiry' | 'expected_response' | 'follow_up';
export type DurationUnit = 'hours' | 'calendar_days' | 'working_days' | 'months';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** Which country's working days and public holidays count for a rule. */
export type CalendarCountry = 'counterpart' | 'office_home' | 'office_host';

/** A deadline rule is data: its figure, what starts it, what stops it, and where the figure comes from. */
export interface DeadlineRule {
  id: string;
  title: string;
  channel: Channel;
  /** Request kinds it applies to (provider kinds, police routes); null = every kind of the channel. */
  kinds: string[] | null;
  /** The clock starts when the request enters this status (the step's date/instant). */
  trigger: RequestStatus;
  /** The deadline is met (stops) when the request reaches one of these after the trigger. */
  stopsAt: RequestStatus[];
  deadlineKind: DeadlineKind;
  duration: Duration;
  /** Urgency changes the figure: an emergency request is chased in hours, not weeks. */
  byUrgency: Partial<Record<Urgency, Duration>>;
  /** Where the information asked for is directly accessible (Dir. 2023/977 art. 5(1)(a)): figures by urgency. */
  whenDirectlyAccessible?: Partial<Record<Urgency, Duration>>;
  /** The instrument whose bound states and dates decide whether this (statutory) rule applies at all. */
  appliesUnder?: Instrument;
  /** The period runs from the counterpart's receipt: this status records it; without it, from the trigger. */
  countsFromReceipt?: RequestStatus;
  /** e.g. 2703(f): entering `trigger` status of the extension adds `duration`, at most `maxTimes`. */
  extension: { trigger: RequestStatus; duration: Duration; maxTimes: number } | null;
  /** follow_up rules recur every `duration` after the trigger until a stop status. */
  reminders: Duration[];
  calendarCountry: CalendarCountry;
  /** Conditions on the office and counterpart, e.g. EU instruments only between EU member states. */
  appliesWhen: {
    homeInEu?: boolean;
    counterpartInEu?: boolean;
    counterpartCountries?: string[];
    /** Neither the office's home country nor the counterpart may be one of these (e.g. an EU opt-out). */
    excludedCountries?: string[];
  } | null;
  /**
   * Precedence: this rule steps aside for a request that one of these (base) rules covers by channel, kind
   * and appliesWhen, whether or not that rule is enabled; e.g. Budapest 29(7) yields to 18 U.S.C. 2703(f).
   */
  yieldsTo?: string[];
  source: { citation: string; url: string | null; note: string | null };
  /** An office override of another rule for one country or one provider (provider wins over country). */
  overrides: {
    ruleId: string;
    country: string | null;
    provider: string | null;
    /** Other names of the provider a request may carry: its legal entities ("Meta Platforms Ireland Limited"). */
    providerAliases?: string[];
  } | null;
  enabled: boolean;
}

export interface RequestFacts {
  id: number;
  channel: Channel;
  kind: string | null;
  urgency: Urgency;
  counterpartCountry: string;
  provider: string;
  status: RequestStatus;
  /** Police requests: whether the information is directly accessible to the requested authority. */
  directlyAccessible?: boolean | null;
}

/** A recorded step of the request's workflow (undone steps are passed with undone: true). */
export interface RequestEventFact {
  id: number;
  from: RequestStatus | null;
  to: RequestStatus;
  /** When the step happened, ISO instant in UTC. */
  at: string;
  undone: boolean;
}

export interface HolidayCalendar {
  /** True on a public holiday of `country` (ISO 3166-1 alpha-2) on calendar date `date` (YYYY-MM-DD). */
  isHoliday(date: string, country: string): boolean;
}

export interface OfficeFacts {
  timeZone: string;
  homeCountry: string;
  hostCountry: string;
}

export interface ComputedDeadline {
  /** Stable identity of this occurrence: `${ruleId}:${triggerEventId}` (+ `:${n}` for the nth follow-up). */
  key: string;
  ruleId: string;
  title: string;
  deadlineKind: DeadlineKind;
  triggerEventId: number;
  triggeredAt: string;
  /** The instant it falls due, UTC; day-based rules fall due at the end of the due day in the office zone. */
  dueAt: string;
  /** The due day as a calendar date in the office time zone. */
  dueDate: string;
  state: 'open' | 'met' | 'missed';
  /** Set when state is met: the instant of the step that stopped it. */
  metAt: string | null;
  /** The country whose calendar counted (working days, holidays), and whether it is not the office's host. */
  calendarCountry: string;
  foreignCalendar: boolean;
  /** How many times an extension was applied, and whether another one is still allowed. */
  extensionsUsed: number;
  extensionAvailable: boolean;
  /** Instants at which the officer should be reminded, before dueAt. */
  remindAt: string[];
  source: DeadlineRule['source'];
  duration: Duration;
  /** Rules that run from receipt: whether it was recorded ('receipt') or the trigger stood in; null otherwise. */
  countedFrom: 'receipt' | 'trigger' | null;
  /** follow_up rules only: which recurrence this is (1 = first follow-up after the trigger). */
  followUpNumber?: number;
}
