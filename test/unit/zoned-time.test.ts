import { describe, expect, it } from 'vitest';
import { timeInZone, zonedInstant } from '../../shared/domain/zoned-time';

describe('zoned time', () => {
  it.each([
    ['2026-11-30', '12:00', 'America/New_York', '2026-11-30T17:00:00.000Z'],
    ['2026-07-01', '12:00', 'America/New_York', '2026-07-01T16:00:00.000Z'],
    ['2026-03-29', '01:30', 'Europe/Paris', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '03:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', '02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '02:30', 'Europe/Paris', '2026-10-25T00:30:00.000Z'],
    ['2028-02-29', '23:59', 'Asia/Tokyo', '2028-02-29T14:59:00.000Z'],
    ['2026-06-01', '00:00', 'UTC', '2026-06-01T00:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(zonedInstant(date, time, zone)).toBe(expected);
  });

  it('reads the wall clock of an instant', () => {
    expect(timeInZone(new Date('2026-11-30T17:05:00Z'), 'America/New_York')).toBe('12:05');
  });
});
