import { addDays, addMonths, dateInZone, endOfDayInZone, isWeekend, startOfDayInZone } from '../dates';
import type { Duration, HolidayCalendar } from './types';

/** What day arithmetic needs: the office zone for calendar dates, and whose working days count. */
export interface DayContext {
  timeZone: string;
  calendar: HolidayCalendar;
  calendarCountry: string;
}

const HOUR_MS = 3_600_000;
// Caps keep odd data inside the range Date can represent (and working-day loops short).
const MAX_AMOUNT = { hours: 24 * 366 * 200, calendar_days: 366 * 200, working_days: 261 * 200, months: 12 * 200 };

/** A usable amount: never negative or NaN, whole for day and month units, capped. */
export function amountOf(duration: Duration): number {
  const raw = Number.isFinite(duration.amount) ? Math.max(0, duration.amount) : 0;
  const amount = duration.unit === 'hours' ? raw : Math.floor(raw);
  return Math.min(amount, MAX_AMOUNT[duration.unit] ?? MAX_AMOUNT.calendar_days);
}

export function scale(duration: Duration, times: number): Duration {
  return { amount: amountOf(duration) * times, unit: duration.unit };
}

export function isWorkingDay(date: string, ctx: DayContext): boolean {
  return !isWeekend(date) && !ctx.calendar.isHoliday(date, ctx.calendarCountry);
}

function shiftWorkingDays(date: string, count: number, direction: 1 | -1, ctx: DayContext): string {
  let current = date;
  let left = count;
  // A calendar that marks every day a holiday must not hang the engine: give up after a generous bound.
  for (let guard = count * 7 + 3660; left > 0 && guard > 0; guard--) {
    current = addDays(current, direction);
    if (isWorkingDay(current, ctx)) left--;
  }
  return current;
}

function shiftDate(date: string, duration: Duration, direction: 1 | -1, ctx: DayContext): string {
  const amount = amountOf(duration);
  if (duration.unit === 'working_days') return shiftWorkingDays(date, amount, direction, ctx);
  if (duration.unit === 'months') return addMonths(date, direction * amount);
  // An unknown unit from stored data counts as calendar days rather than failing.
  return addDays(date, direction * amount);
}

/** The calendar date `duration` after `date` (day and month units; hours leave the date as it is). */
export function dateAfter(date: string, duration: Duration, ctx: DayContext): string {
  return duration.unit === 'hours' ? date : shiftDate(date, duration, 1, ctx);
}

export function endOfDay(date: string, ctx: DayContext): number {
  return endOfDayInZone(date, ctx.timeZone).getTime();
}

/** When a duration counted from `fromMs` runs out: hours exactly, day units at the end of the office day. */
export function advance(fromMs: number, duration: Duration, ctx: DayContext): number {
  if (duration.unit === 'hours') return fromMs + amountOf(duration) * HOUR_MS;
  const from = dateInZone(new Date(fromMs), ctx.timeZone);
  return endOfDayInZone(shiftDate(from, duration, 1, ctx), ctx.timeZone).getTime();
}

/** A reminder `lead` before `dueMs`: hours exactly, day units at the start of that office day. */
export function retreat(dueMs: number, lead: Duration, ctx: DayContext): number {
  if (lead.unit === 'hours') return dueMs - amountOf(lead) * HOUR_MS;
  const due = dateInZone(new Date(dueMs), ctx.timeZone);
  return startOfDayInZone(shiftDate(due, lead, -1, ctx), ctx.timeZone).getTime();
}
