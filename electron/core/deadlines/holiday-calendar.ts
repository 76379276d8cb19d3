import Holidays from 'date-holidays';
import type { HolidayCalendar } from '../../../shared/domain/deadlines/types';

/** Public holidays from date-holidays (offline rules per country), cached per country and year. */
export function createHolidayCalendar(): HolidayCalendar {
  const cache = new Map<string, Set<string>>();
  return {
    isHoliday(date, country) {
      const key = `${country}:${date.slice(0, 4)}`;
      let days = cache.get(key);
      if (!days) {
        const holidays = new Holidays(country);
        days = new Set(
          holidays
            .getHolidays(Number(date.slice(0, 4)))
            .filter((holiday) => holiday.type === 'public')
            .map((holiday) => holiday.date.slice(0, 10)),
        );
        cache.set(key, days);
      }
      return days.has(date);
    },
  };
}
