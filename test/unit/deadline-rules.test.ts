import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../shared/domain/deadlines/default-rules';
import { computeDeadlines } from '../../shared/domain/deadlines/engine';
import type {
  ComputedDeadline,
  OfficeFacts,
  RequestEventFact,
  RequestFacts,
} from '../../shared/domain/deadlines/types';
import { shippedBindings } from '../support/pack-bindings';
import { history, NEW_YORK, NO_HOLIDAYS, PARIS, request } from './deadline-fixtures';

const BINDINGS = shippedBindings();

interface Case {
  name: string;
  office: OfficeFacts;
  request: RequestFacts;
  events: RequestEventFact[];
  now: string;
  expected: Partial<ComputedDeadline>[];
}

const FR_US = PARIS; // home FR; counterparts vary per case
const run = (c: Case) => computeDeadlines(c.request, c.events, DEFAULT_RULES, NO_HOLIDAYS, c.office, c.now, BINDINGS);

const cases: Case[] = [
  {
    name: '2703(f): preserved 31 Jan → end of 1 May, New York time',
    office: NEW_YORK,
    request: request(),
    events: history(['preserved', '2026-01-31T15:00:00Z']),
    now: '2026-04-01T00:00:00Z',
    expected: [
      {
        key: 'us-2703f-preservation:1',
        dueDate: '2026-05-01',
        dueAt: '2026-05-02T03:59:59.999Z',
        state: 'open',
        extensionsUsed: 0,
        extensionAvailable: true,
        calendarCountry: 'US',
        foreignCalendar: false,
        remindAt: ['2026-04-17T04:00:00.000Z', '2026-04-24T04:00:00.000Z', '2026-04-30T04:00:00.000Z'],
      },
    ],
  },
  {
    name: '2703(f): one extension adds 90 days; a second is not available',
    office: NEW_YORK,
    request: request(),
    events: history(
      ['preserved', '2026-01-31T15:00:00Z'],
      ['extended', '2026-04-20T15:00:00Z'],
      ['extended', '2026-07-01T15:00:00Z'],
    ),
    now: '2026-07-02T00:00:00Z',
    expected: [{ dueDate: '2026-07-30', state: 'open', extensionsUsed: 1, extensionAvailable: false }],
  },
  {
    name: '2703(f): not extended in time, so missed at expiry',
    office: NEW_YORK,
    request: request(),
    events: history(['preserved', '2026-01-31T15:00:00Z'], ['extended', '2026-05-05T15:00:00Z']),
    now: '2026-05-10T00:00:00Z',
    expected: [{ dueDate: '2026-05-01', state: 'missed', extensionsUsed: 0, extensionAvailable: false }],
  },
  {
    name: 'Budapest 29(7): 60 days where no US or EU rule covers the provider',
    office: FR_US,
    request: request({ counterpartCountry: 'GB' }),
    events: history(['preserved', '2026-03-01T10:00:00Z']),
    now: '2026-03-02T00:00:00Z',
    expected: [{ ruleId: 'budapest-29-7-preservation', dueDate: '2026-04-30', dueAt: '2026-04-30T21:59:59.999Z' }],
  },
  {
    name: 'EU Preservation Order: 60 days + 30 once, across the October clock change',
    office: FR_US,
    request: request({ counterpartCountry: 'IE' }),
    events: history(['preserved', '2026-09-01T08:00:00Z'], ['extended', '2026-10-20T08:00:00Z']),
    now: '2026-10-21T00:00:00Z',
    expected: [
      {
        ruleId: 'eu-1543-preservation-order',
        dueDate: '2026-11-30',
        dueAt: '2026-11-30T22:59:59.999Z',
        extensionsUsed: 1,
        extensionAvailable: false,
      },
    ],
  },
  {
    name: 'EU Production Order: 10 days',
    office: FR_US,
    request: request({ counterpartCountry: 'IE', kind: 'content_legal_process' }),
    events: history(['submitted', '2026-09-01T08:00:00Z']),
    now: '2026-09-02T00:00:00Z',
    expected: [{ ruleId: 'eu-1543-production-order', dueAt: '2026-09-11T21:59:59.999Z' }],
  },
  {
    name: 'EU Production Order: emergency 8 hours, reminded 2 hours before',
    office: FR_US,
    request: request({ counterpartCountry: 'IE', kind: 'emergency_disclosure', urgency: 'emergency' }),
    events: history(['submitted', '2026-09-01T08:00:00Z']),
    now: '2026-09-01T09:00:00Z',
    expected: [
      {
        ruleId: 'eu-1543-production-order',
        dueAt: '2026-09-01T16:00:00.000Z',
        duration: { amount: 8, unit: 'hours' },
        remindAt: ['2026-09-01T14:00:00.000Z'],
      },
    ],
  },
  {
    name: 'EIO: recognition met by execution starting; execution 90 days from then; MLA follow-up runs',
    office: FR_US,
    request: request({ channel: 'mla', kind: null, counterpartCountry: 'DE' }),
    events: history(['transmitted', '2026-02-02T09:00:00Z'], ['under_execution', '2026-02-20T09:00:00Z']),
    now: '2026-03-01T00:00:00Z',
    expected: [
      { ruleId: 'eu-eio-recognition', dueAt: '2026-03-04T22:59:59.999Z', state: 'met', metAt: '2026-02-20T09:00:00Z' },
      // The follow-up cadence restarts from the latest step (execution started on 20 Feb).
      { ruleId: 'mla-follow-up', dueDate: '2026-04-21', state: 'open', followUpNumber: 1, calendarCountry: 'FR' },
      { ruleId: 'eu-eio-execution', dueAt: '2026-05-21T21:59:59.999Z', state: 'open' },
    ],
  },
  ...(['routine', 'urgent', 'emergency'] as const).map((urgency, i): Case => ({
    name: `Directive 2023/977 within the EU: ${urgency}`,
    office: FR_US,
    request: request({ channel: 'police', kind: 'europol', counterpartCountry: 'DE', urgency }),
    events: history(['sent', '2026-06-01T10:00:00Z']),
    now: '2026-06-01T11:00:00Z',
    expected: [
      {
        ruleId: 'eu-977-police-response',
        // Emergency is "urgent" under art. 5(1): 3 days unless the information is directly accessible.
        dueAt: ['2026-06-08T21:59:59.999Z', '2026-06-04T21:59:59.999Z', '2026-06-04T21:59:59.999Z'][i],
      },
    ],
  })),
  ...(['routine', 'urgent', 'emergency'] as const).map((urgency, i): Case => ({
    name: `police outside the EU (office practice): ${urgency}`,
    office: FR_US,
    request: request({ channel: 'police', kind: 'interpol', counterpartCountry: 'US', urgency }),
    events: history(['sent', '2026-06-01T10:00:00Z']),
    now: '2026-06-01T11:00:00Z',
    expected: [
      {
        ruleId: 'police-response-expected',
        dueAt: ['2026-07-01T21:59:59.999Z', '2026-06-08T21:59:59.999Z', '2026-06-02T10:00:00.000Z'][i],
      },
    ],
  })),
  {
    name: 'provider response (office practice): 30 days, met by disclosure',
    office: FR_US,
    request: request({ kind: 'voluntary_subscriber' }),
    events: history(['submitted', '2026-06-01T10:00:00Z'], ['disclosed', '2026-06-20T10:00:00Z']),
    now: '2026-08-01T00:00:00Z',
    expected: [{ ruleId: 'provider-response-expected', dueDate: '2026-07-01', state: 'met' }],
  },
  {
    name: 'letter rogatory: 12 months expected; monthly follow-up shows last missed and next',
    office: FR_US,
    request: request({ channel: 'rogatory', kind: null, counterpartCountry: 'BR' }),
    events: history(['transmitted_mfa', '2026-01-31T12:00:00Z']),
    now: '2026-04-15T00:00:00Z',
    expected: [
      { key: 'rogatory-follow-up:1:2', dueDate: '2026-03-31', state: 'missed', calendarCountry: 'FR' },
      { key: 'rogatory-follow-up:1:3', dueDate: '2026-04-30', state: 'open', remindAt: ['2026-04-26T22:00:00.000Z'] },
      { ruleId: 'rogatory-expected-response', dueAt: '2027-01-31T22:59:59.999Z', state: 'open' },
    ],
  },
  {
    name: 'MLA outside the EU: follow-up every 60 days, expected within 24 months',
    office: FR_US,
    request: request({ channel: 'mla', kind: null, counterpartCountry: 'US' }),
    events: history(['transmitted', '2026-01-10T10:00:00Z']),
    now: '2026-06-01T00:00:00Z',
    expected: [
      { key: 'mla-follow-up:1:2', dueDate: '2026-05-10', state: 'missed' },
      { key: 'mla-follow-up:1:3', dueDate: '2026-07-09', state: 'open' },
      { ruleId: 'mla-expected-response', dueAt: '2028-01-10T22:59:59.999Z', foreignCalendar: true },
    ],
  },
];

describe('shipped deadline rules', () => {
  it.each(cases)('$name', (c) => {
    const result = run(c);
    expect(result).toHaveLength(c.expected.length);
    c.expected.forEach((expected, i) => expect(result[i]).toMatchObject(expected));
  });

  it('each carries a citation, and notes office practice as such', () => {
    for (const rule of DEFAULT_RULES) {
      expect(rule.source.citation).not.toBe('');
      if (rule.source.citation.startsWith('Office practice')) expect(rule.source.note).toMatch(/office practice/i);
    }
    expect(new Set(DEFAULT_RULES.map((r) => r.id)).size).toBe(DEFAULT_RULES.length);
  });

  it('lets the US rule, not Budapest, govern a US provider; the EU order, not Budapest, an EU one', () => {
    const events = history(['preserved', '2026-09-01T08:00:00Z']);
    const rulesFor = (counterpartCountry: string, office: OfficeFacts = PARIS) =>
      computeDeadlines(
        request({ counterpartCountry }),
        events,
        DEFAULT_RULES,
        NO_HOLIDAYS,
        office,
        '2026-09-02T00:00:00Z',
        BINDINGS,
      ).map((d) => d.ruleId);
    expect(rulesFor('US')).toEqual(['us-2703f-preservation']);
    expect(rulesFor('DE')).toEqual(['eu-1543-preservation-order']);
    expect(rulesFor('DE', { ...PARIS, homeCountry: 'CA' })).toEqual(['budapest-29-7-preservation']);
  });
});
