import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../shared/domain/deadlines/engine';
import type { DeadlineRule, Duration, HolidayCalendar, RequestEventFact } from '../../shared/domain/deadlines/types';
import type { RequestStatus } from '../../shared/domain/requests';
import { customRule, request } from './deadline-fixtures';

const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago'];
const STATUSES: RequestStatus[] = ['submitted', 'preserved', 'extended', 'superseded', 'closed', 'lapsed', 'disclosed'];
const MIN = Date.parse('2000-01-01T00:00:00Z');
const MAX = Date.parse('2040-01-01T00:00:00Z');
const DAY = 86_400_000;

const durationArb: fc.Arbitrary<Duration> = fc.record({
  amount: fc.integer({ min: 0, max: 400 }),
  unit: fc.constantFrom('hours', 'calendar_days', 'working_days', 'months'),
});

const ruleArb = (kinds: DeadlineRule['deadlineKind'][]) =>
  fc
    .record({
      deadlineKind: fc.constantFrom(...kinds),
      duration: durationArb,
      reminders: fc.array(durationArb, { maxLength: 4 }),
      extension: fc.option(fc.record({ duration: durationArb, maxTimes: fc.integer({ min: 0, max: 3 }) })),
      stopsAt: fc.subarray<RequestStatus>(['superseded', 'closed', 'disclosed']),
    })
    .map(({ extension, ...rest }) =>
      customRule({
        ...rest,
        trigger: 'preserved',
        extension: extension && { trigger: 'extended', ...extension },
      }),
    );

/** Holidays on some days of the month, for every country: enough to exercise working-day counting. */
const calendarArb: fc.Arbitrary<HolidayCalendar> = fc
  .uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 8 })
  .map((days) => ({ isHoliday: (date: string) => days.includes(Number(date.slice(8, 10))) }));

const instantArb = fc.integer({ min: MIN, max: MAX });

/** A history that starts with the trigger and goes on with steps up to a year apart. */
const historyArb = fc
  .tuple(
    instantArb,
    fc.array(fc.tuple(fc.constantFrom(...STATUSES), fc.integer({ min: 0, max: 365 * DAY }), fc.boolean()), {
      maxLength: 6,
    }),
  )
  .map(([start, steps]) => {
    let at = start;
    const events: RequestEventFact[] = [
      { id: 1, from: null, to: 'preserved', at: new Date(start).toISOString(), undone: false },
    ];
    steps.forEach(([to, gap, undone], i) => {
      at += gap;
      events.push({ id: i + 2, from: null, to, at: new Date(at).toISOString(), undone: undone && i % 3 === 0 });
    });
    return events;
  });

const office = (timeZone: string) => ({ timeZone, homeCountry: 'FR', hostCountry: 'FR' });
const compute = (
  rule: DeadlineRule,
  events: RequestEventFact[],
  calendar: HolidayCalendar,
  zone: string,
  nowMs: number,
) =>
  computeDeadlines(
    request({ counterpartCountry: 'DE' }),
    events,
    [rule],
    calendar,
    office(zone),
    new Date(nowMs).toISOString(),
  );

describe('deadline properties', () => {
  it('a deadline never precedes its trigger', () => {
    fc.assert(
      fc.property(
        ruleArb(['hard_expiry', 'expected_response', 'follow_up']),
        historyArb,
        calendarArb,
        fc.constantFrom(...ZONES),
        instantArb,
        (rule, events, calendar, zone, now) => {
          for (const d of compute(rule, events, calendar, zone, now)) {
            expect(Date.parse(d.dueAt)).toBeGreaterThanOrEqual(Date.parse(d.triggeredAt));
          }
        },
      ),
    );
  });

  it('remindAt are all before dueAt and after the trigger', () => {
    fc.assert(
      fc.property(
        ruleArb(['hard_expiry', 'expected_response', 'follow_up']),
        historyArb,
        calendarArb,
        fc.constantFrom(...ZONES),
        instantArb,
        (rule, events, calendar, zone, now) => {
          for (const d of compute(rule, events, calendar, zone, now)) {
            for (const r of d.remindAt) {
              expect(Date.parse(r)).toBeLessThan(Date.parse(d.dueAt));
              expect(Date.parse(r)).toBeGreaterThan(Date.parse(d.triggeredAt));
            }
          }
        },
      ),
    );
  });

  it('adding a later event never moves a passed hard expiry', () => {
    fc.assert(
      fc.property(
        ruleArb(['hard_expiry']),
        historyArb,
        calendarArb,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 3 * 365 * DAY }),
        fc.constantFrom(...STATUSES),
        fc.integer({ min: 1, max: 365 * DAY }),
        (rule, events, calendar, zone, sinceLast, to, after) => {
          const nowMs = Math.max(...events.map((e) => Date.parse(e.at))) + sinceLast;
          const before = compute(rule, events, calendar, zone, nowMs).filter((d) => Date.parse(d.dueAt) < nowMs);
          const later: RequestEventFact = {
            id: events.length + 1,
            from: null,
            to,
            at: new Date(nowMs + after).toISOString(),
            undone: false,
          };
          const afterward = compute(rule, [...events, later], calendar, zone, nowMs + after + 1);
          for (const d of before) expect(afterward.find((a) => a.key === d.key)?.dueAt).toBe(d.dueAt);
        },
      ),
      { numRuns: 300 },
    );
  });
});
