import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../shared/domain/deadlines/default-rules';
import { computeDeadlines } from '../../shared/domain/deadlines/engine';
import type { DeadlineRule, Duration, OfficeFacts } from '../../shared/domain/deadlines/types';
import { customRule, fakeCalendar, history, NEW_YORK, NO_HOLIDAYS, PARIS, request } from './deadline-fixtures';

const BERLIN: OfficeFacts = { timeZone: 'Europe/Berlin', homeCountry: 'FR', hostCountry: 'FR' };

function dueOf(rule: DeadlineRule, triggerAt: string, office: OfficeFacts = PARIS, calendar = NO_HOLIDAYS) {
  const [deadline] = computeDeadlines(
    request({ counterpartCountry: 'DE' }),
    history(['submitted', triggerAt]),
    [rule],
    calendar,
    office,
    '2026-01-01T00:00:00Z',
  );
  return deadline!;
}

describe('duration units', () => {
  const d = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit });
  it.each([
    ['months: 31 Jan + 1 → 29 Feb 2028', d(1, 'months'), '2028-01-31T12:00:00Z', PARIS, '2028-02-29'],
    ['months: 29 Feb 2028 + 12 → 28 Feb 2029', d(12, 'months'), '2028-02-29T12:00:00Z', PARIS, '2029-02-28'],
    ['months: 31 Jan 2026 + 1 → 28 Feb', d(1, 'months'), '2026-01-31T12:00:00Z', PARIS, '2026-02-28'],
    ['months: 30 Nov + 3 → 28 Feb across the year', d(3, 'months'), '2026-11-30T12:00:00Z', PARIS, '2027-02-28'],
    ['calendar days across 29 Feb 2028', d(1, 'calendar_days'), '2028-02-28T12:00:00Z', PARIS, '2028-02-29'],
    ['calendar days from the local date, not UTC', d(1, 'calendar_days'), '2026-06-30T23:30:00Z', PARIS, '2026-07-02'],
    ['working days skip the weekend', d(1, 'working_days'), '2026-06-05T10:00:00Z', PARIS, '2026-06-08'],
  ])('%s', (_name, duration, at, office, dueDate) => {
    expect(dueOf(customRule({ duration }), at, office).dueDate).toBe(dueDate);
  });

  it.each([
    ['New York spring forward', NEW_YORK, '2026-03-08T05:30:00Z', '2026-03-08T13:30:00.000Z', '2026-03-08'],
    ['Paris fall back', PARIS, '2026-10-24T23:30:00Z', '2026-10-25T07:30:00.000Z', '2026-10-25'],
  ])('counts hours exactly across the %s', (_name, office, at, dueAt, dueDate) => {
    const deadline = dueOf(customRule({ duration: d(8, 'hours') }), at, office);
    expect(deadline).toMatchObject({ dueAt, dueDate });
  });

  it.each([
    ['New York, 8 Mar 2026 (23 hours long)', NEW_YORK, '2026-03-07T15:00:00Z', '2026-03-09T03:59:59.999Z'],
    ['Paris, 25 Oct 2026 (25 hours long)', PARIS, '2026-10-24T10:00:00Z', '2026-10-25T22:59:59.999Z'],
  ])('ends a day-based deadline at local midnight on a clock-change day: %s', (_name, office, at, dueAt) => {
    expect(dueOf(customRule({ duration: d(1, 'calendar_days') }), at, office).dueAt).toBe(dueAt);
  });

  it('skips the counterpart’s public holidays, not the office’s', () => {
    const calendar = fakeCalendar({ DE: ['2026-12-25', '2026-12-26'], FR: ['2026-12-28'] });
    const deadline = dueOf(customRule({ duration: d(3, 'working_days') }), '2026-12-23T10:00:00Z', BERLIN, calendar);
    expect(deadline).toMatchObject({ dueDate: '2026-12-29', dueAt: '2026-12-29T22:59:59.999Z' });
    expect(deadline).toMatchObject({ calendarCountry: 'DE', foreignCalendar: true });
    expect([...calendar.asked]).toEqual(['DE']);
    const plain = dueOf(customRule({ duration: d(3, 'working_days') }), '2026-12-23T10:00:00Z', BERLIN);
    expect(plain.dueDate).toBe('2026-12-28');
  });

  it('reminds at the start of the office day for day leads and exactly for hour leads', () => {
    const rule = customRule({ duration: d(10, 'calendar_days'), reminders: [d(1, 'calendar_days'), d(3, 'hours')] });
    expect(dueOf(rule, '2026-06-01T10:00:00Z').remindAt).toEqual([
      '2026-06-09T22:00:00.000Z',
      '2026-06-11T18:59:59.999Z',
    ]);
    expect(dueOf({ ...rule, reminders: [d(20, 'calendar_days')] }, '2026-06-01T10:00:00Z').remindAt).toEqual([]);
  });
});

describe('rule selection', () => {
  const base = customRule({ id: 'base', duration: { amount: 30, unit: 'calendar_days' } });
  const byCountry = customRule({
    id: 'us-14',
    duration: { amount: 14, unit: 'calendar_days' },
    overrides: { ruleId: 'base', country: 'US', provider: null },
  });
  const byProvider = customRule({
    id: 'google-10',
    duration: { amount: 10, unit: 'calendar_days' },
    overrides: { ruleId: 'base', country: null, provider: 'Google LLC' },
  });
  const ruleIds = (rules: DeadlineRule[], counterpartCountry: string, provider: string) =>
    computeDeadlines(
      request({ counterpartCountry, provider }),
      history(['submitted', '2026-06-01T10:00:00Z']),
      rules,
      NO_HOLIDAYS,
      PARIS,
      '2026-06-02T00:00:00Z',
    ).map((d) => d.ruleId);

  it.each([
    ['provider override beats country override', 'US', '  google llc ', ['google-10']],
    ['country override for another provider', 'us', 'Meta Platforms', ['us-14']],
    ['base rule elsewhere', 'GB', 'Meta Platforms', ['base']],
  ])('%s', (_name, country, provider, expected) => {
    expect(ruleIds([byProvider, base, byCountry], country, provider)).toEqual(expected);
  });

  it('ignores disabled overrides and produces nothing for a disabled base rule', () => {
    expect(ruleIds([base, { ...byProvider, enabled: false }], 'US', 'Google LLC')).toEqual(['base']);
    expect(ruleIds([{ ...base, enabled: false }, byProvider], 'US', 'Google LLC')).toEqual([]);
  });

  it.each([
    ['FR office, DE counterpart', 'FR', 'DE', true],
    ['FR office, US counterpart', 'FR', 'US', false],
    ['CA office, DE counterpart', 'CA', 'DE', false],
  ])('applies EU instruments only between member states: %s', (_name, home, counterpart, applies) => {
    const eu = computeDeadlines(
      request({ channel: 'police', kind: 'europol', counterpartCountry: counterpart }),
      history(['sent', '2026-06-01T10:00:00Z']),
      DEFAULT_RULES,
      NO_HOLIDAYS,
      { ...PARIS, homeCountry: home },
      '2026-06-02T00:00:00Z',
    ).map((d) => d.ruleId);
    expect(eu).toEqual([applies ? 'eu-977-police-response' : 'police-response-expected']);
  });

  it('honours excludedCountries on either side, and kinds', () => {
    const excluded = customRule({ appliesWhen: { excludedCountries: ['DK'] } });
    expect(ruleIds([excluded], 'DK', 'x')).toEqual([]);
    expect(ruleIds([excluded], 'SE', 'x')).toEqual(['custom']);
    expect(ruleIds([customRule({ kinds: ['voluntary_traffic'] })], 'SE', 'x')).toEqual([]);
  });
});

describe('history and states', () => {
  const rule = customRule({
    deadlineKind: 'hard_expiry',
    trigger: 'preserved',
    stopsAt: ['superseded', 'closed'],
    extension: { trigger: 'extended', duration: { amount: 10, unit: 'calendar_days' }, maxTimes: 2 },
  });
  const run = (events: ReturnType<typeof history>, now: string, rules = [rule]) =>
    computeDeadlines(request({ counterpartCountry: 'DE' }), events, rules, NO_HOLIDAYS, PARIS, now);

  it.each([
    ['open before the due date', [['preserved', '2026-06-01T10:00:00Z']], '2026-06-05T00:00:00Z', 'open', null],
    ['missed after it', [['preserved', '2026-06-01T10:00:00Z']], '2026-06-12T00:00:00Z', 'missed', null],
    [
      'met when stopped in time',
      [
        ['preserved', '2026-06-01T10:00:00Z'],
        ['superseded', '2026-06-05T10:00:00Z'],
      ],
      '2026-07-01T00:00:00Z',
      'met',
      '2026-06-05T10:00:00Z',
    ],
    [
      'a hard expiry stopped too late was missed',
      [
        ['preserved', '2026-06-01T10:00:00Z'],
        ['closed', '2026-06-20T10:00:00Z'],
      ],
      '2026-07-01T00:00:00Z',
      'missed',
      null,
    ],
    [
      'undone stop does not count',
      [
        ['preserved', '2026-06-01T10:00:00Z'],
        ['superseded', '2026-06-05T10:00:00Z', { undone: true }],
      ],
      '2026-06-05T12:00:00Z',
      'open',
      null,
    ],
  ] as const)('%s', (_name, steps, now, state, metAt) => {
    const [deadline] = run(history(...(steps as unknown as Parameters<typeof history>)), now);
    expect(deadline).toMatchObject({ state, metAt });
  });

  it('an expected response answered late is still met', () => {
    const expected = { ...rule, deadlineKind: 'expected_response' as const };
    const events = history(['preserved', '2026-06-01T10:00:00Z'], ['closed', '2026-06-20T10:00:00Z']);
    expect(run(events, '2026-07-01T00:00:00Z', [expected])[0]).toMatchObject({ state: 'met' });
  });

  it('ignores undone triggers and undone extensions, and orders by instant then id', () => {
    expect(run(history(['preserved', '2026-06-01T10:00:00Z', { undone: true }]), '2026-06-02T00:00:00Z')).toEqual([]);
    const events = history(
      ['extended', '2026-06-03T10:00:00Z', { undone: true }],
      ['extended', '2026-06-04T10:00:00Z'],
      ['preserved', '2026-06-01T10:00:00Z'],
    );
    expect(run(events, '2026-06-05T00:00:00Z')[0]).toMatchObject({
      dueDate: '2026-06-21',
      extensionsUsed: 1,
      extensionAvailable: true,
    });
  });

  it('a re-entry restarts the clock: a past-due run stays missed, a running one is replaced', () => {
    const events = history(
      ['preserved', '2026-06-01T10:00:00Z'],
      ['preserved', '2026-06-20T10:00:00Z'],
      ['preserved', '2026-06-25T10:00:00Z'],
    );
    expect(run(events, '2026-06-26T00:00:00Z').map((d) => [d.key, d.state])).toEqual([
      ['custom:1', 'missed'],
      ['custom:3', 'open'],
    ]);
  });

  it('never throws on odd data', () => {
    const odd = customRule({ duration: { amount: Number.NaN, unit: 'working_days' }, reminders: [] });
    const allHolidays = { isHoliday: () => true };
    const events = [...history(['submitted', 'not a date']), ...history(['submitted', '2026-06-01T10:00:00Z'])];
    expect(() => computeDeadlines(request(), events, [odd], allHolidays, PARIS, 'garbage')).not.toThrow();
    const huge = customRule({ duration: { amount: 1e12, unit: 'working_days' }, deadlineKind: 'follow_up' });
    expect(() => computeDeadlines(request(), events, [huge], allHolidays, PARIS, '2026-07-01T00:00:00Z')).not.toThrow();
    expect(() => computeDeadlines(request(), events, [huge], allHolidays, PARIS, 'garbage')).not.toThrow();
    const hourly = customRule({ duration: { amount: 1, unit: 'hours' }, deadlineKind: 'follow_up' });
    expect(() => computeDeadlines(request(), events, [hourly], allHolidays, PARIS, 'garbage')).not.toThrow();
  });
});

describe('follow-ups', () => {
  const monthly = customRule({
    id: 'chase',
    deadlineKind: 'follow_up',
    trigger: 'transmitted_mfa',
    stopsAt: ['received'],
    duration: { amount: 1, unit: 'months' },
  });
  const run = (events: ReturnType<typeof history>, now: string) =>
    computeDeadlines(
      request({ channel: 'rogatory', kind: null }),
      events,
      [{ ...monthly, channel: 'rogatory' }],
      NO_HOLIDAYS,
      PARIS,
      now,
    ).map((d) => [d.key, d.dueDate, d.state]);

  it('shows only the next one before any falls due', () => {
    expect(run(history(['transmitted_mfa', '2026-01-31T12:00:00Z']), '2026-02-01T00:00:00Z')).toEqual([
      ['chase:1:1', '2026-02-28', 'open'],
    ]);
  });

  it('keeps month-end anchoring over many months', () => {
    expect(run(history(['transmitted_mfa', '2026-01-31T12:00:00Z']), '2026-08-15T00:00:00Z')).toEqual([
      ['chase:1:6', '2026-07-31', 'missed'],
      ['chase:1:7', '2026-08-31', 'open'],
    ]);
  });

  it('once stopped, shows the running one as met and nothing more', () => {
    const events = history(['transmitted_mfa', '2026-01-31T12:00:00Z'], ['received', '2026-04-10T09:00:00Z']);
    expect(run(events, '2026-09-01T00:00:00Z')).toEqual([['chase:1:3', '2026-04-30', 'met']]);
  });

  it('drops a series restarted by a new transmission', () => {
    const events = history(['transmitted_mfa', '2026-01-31T12:00:00Z'], ['transmitted_mfa', '2026-03-15T09:00:00Z']);
    expect(run(events, '2026-05-01T00:00:00Z')).toEqual([
      ['chase:2:1', '2026-04-15', 'missed'],
      ['chase:2:2', '2026-05-15', 'open'],
    ]);
  });
});
