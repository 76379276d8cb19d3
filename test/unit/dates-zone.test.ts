import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayOfWeek,
  endOfDayInZone,
  isWeekend,
  startOfDayInZone,
  zoneOffsetMs,
} from '../../shared/domain/dates';

describe('addMonths', () => {
  it.each([
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('days of the week', () => {
  it('finds weekends', () => {
    expect(dayOfWeek('2026-12-25')).toBe(5);
    expect(isWeekend('2026-12-26')).toBe(true);
    expect(isWeekend('2026-12-28')).toBe(false);
  });
});

describe('day boundaries in a zone', () => {
  it.each([
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z', '2026-03-09T03:59:59.999Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T04:59:59.999Z'],
    ['Europe/Paris', '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    ['Europe/Paris', '2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z'],
    ['Asia/Kolkata', '2026-01-01', '2025-12-31T18:30:00.000Z', '2026-01-01T18:29:59.999Z'],
    // Santiago moves its clocks at midnight: 7 Sep 2025 starts at 01:00; 4 Apr 2026 has 23:00-24:00 twice.
    ['America/Santiago', '2025-09-07', '2025-09-07T04:00:00.000Z', '2025-09-08T02:59:59.999Z'],
    ['America/Santiago', '2026-04-04', '2026-04-04T03:00:00.000Z', '2026-04-05T03:59:59.999Z'],
  ])('%s %s runs from %s to %s', (zone, date, start, end) => {
    expect(startOfDayInZone(date, zone).toISOString()).toBe(start);
    expect(endOfDayInZone(date, zone).toISOString()).toBe(end);
  });

  it('measures the zone offset', () => {
    expect(zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Paris')).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-01-01T00:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
  });
});
