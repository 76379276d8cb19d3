import type {
  DeadlineRule,
  HolidayCalendar,
  OfficeFacts,
  RequestEventFact,
  RequestFacts,
} from '../../shared/domain/deadlines/types';
import type { RequestStatus } from '../../shared/domain/requests';

export const PARIS: OfficeFacts = { timeZone: 'Europe/Paris', homeCountry: 'FR', hostCountry: 'FR' };
/** A French attaché posted in Washington whose office keeps New York time. */
export const NEW_YORK: OfficeFacts = { timeZone: 'America/New_York', homeCountry: 'FR', hostCountry: 'US' };

export const NO_HOLIDAYS: HolidayCalendar = { isHoliday: () => false };

export function fakeCalendar(holidays: Record<string, string[]>): HolidayCalendar & { asked: Set<string> } {
  const asked = new Set<string>();
  return {
    asked,
    isHoliday(date, country) {
      asked.add(country);
      return (holidays[country] ?? []).includes(date);
    },
  };
}

export function request(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return {
    id: 1,
    channel: 'provider',
    kind: 'preservation',
    urgency: 'routine',
    counterpartCountry: 'US',
    provider: 'Example LLC',
    status: 'draft',
    ...overrides,
  };
}

/** Events from [to, at] pairs (or with `undone`), ids in order of listing. */
export function history(...steps: [RequestStatus, string, { undone?: boolean }?][]): RequestEventFact[] {
  return steps.map(([to, at, flags], i) => ({ id: i + 1, from: null, to, at, undone: flags?.undone ?? false }));
}

export function customRule(overrides: Partial<DeadlineRule> = {}): DeadlineRule {
  return {
    id: 'custom',
    title: 'Custom',
    channel: 'provider',
    kinds: null,
    trigger: 'submitted',
    stopsAt: ['disclosed', 'closed'],
    deadlineKind: 'expected_response',
    duration: { amount: 10, unit: 'calendar_days' },
    byUrgency: {},
    extension: null,
    reminders: [],
    calendarCountry: 'counterpart',
    appliesWhen: null,
    source: { citation: 'test', url: null, note: null },
    overrides: null,
    enabled: true,
    ...overrides,
  };
}
