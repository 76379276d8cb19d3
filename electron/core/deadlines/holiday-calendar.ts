import type Holidays from 'date-holidays';
import type { HolidayCalendar } from '../../../shared/domain/deadlines/types';

let rules: typeof Holidays | undefined;

/**
 * date-holidays holds every country's rules, and moment-timezone under it: 2 MB of script. It is loaded
 * while the sign-in's scrypt keeps this thread idle, not when the app starts (issue 17); nothing can
 * count a deadline before someone has signed in. Tools and tests that open a database with its key
 * load it first.
 */
export async function loadHolidayRules(): Promise<void> {
  rules ??= (await import('date-holidays')).default;
}

export function holidayRulesLoaded(): boolean {
  return rules !== undefined;
}

/** Public holidays from date-holidays (offline rules per country), cached per country and year. */
export function createHolidayCalendar(): HolidayCalendar {
  const cache = new Map<string, Set<string>>();
  return {
    isHoliday(date, country) {
      const key = `${country}:${date.slice(0, 4)}`;
      let days = cache.get(key);
      if (!days) {
        if (!rules) throw new Error('Public holidays were asked for before loadHolidayRules() had finished.');
        const holidays = new rules(country);
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
