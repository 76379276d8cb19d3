import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../shared/domain/deadlines/engine';
import type { HolidayCalendar } from '../../shared/domain/deadlines/types';
import { customRule, history, request } from './deadline-fixtures';

/** A tiny adapter: public holidays only (date-holidays also lists bank holidays and observances). */
function dateHolidaysCalendar(): HolidayCalendar {
  const cache = new Map<string, Set<string>>();
  return {
    isHoliday(date, country) {
      const key = `${country}:${date.slice(0, 4)}`;
      let days = cache.get(key);
      if (!days) {
        const list = new Holidays(country).getHolidays(Number(date.slice(0, 4))) || [];
        days = new Set(list.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
        cache.set(key, days);
      }
      return days.has(date);
    },
  };
}

describe('working days with the date-holidays package', () => {
  const calendar = dateHolidaysCalendar();

  it('knows German Christmas but not Christmas Eve', () => {
    expect(calendar.isHoliday('2026-12-25', 'DE')).toBe(true);
    expect(calendar.isHoliday('2026-12-26', 'DE')).toBe(true);
    expect(calendar.isHoliday('2026-12-24', 'DE')).toBe(false);
  });

  it('counts 3 German working days from 23 Dec 2026 to 29 Dec', () => {
    const [deadline] = computeDeadlines(
      request({ counterpartCountry: 'DE' }),
      history(['submitted', '2026-12-23T10:00:00Z']),
      [customRule({ duration: { amount: 3, unit: 'working_days' } })],
      calendar,
      { timeZone: 'Europe/Berlin', homeCountry: 'FR', hostCountry: 'DE' },
      '2026-12-01T00:00:00Z',
    );
    expect(deadline).toMatchObject({ dueDate: '2026-12-29', foreignCalendar: false, calendarCountry: 'DE' });
  });
});
