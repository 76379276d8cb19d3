import type { HolidayCalendar } from '../../shared/domain/deadlines/types';
import type { AppDatabase } from './db/open';
import type { EventBus } from './events/event-bus';
import type { Clock, Logger, Notifier, Paths } from './ports';

/** Everything a handler may use. Built once per launch (or per test) and passed down explicitly. */
export interface AppContext {
  db: AppDatabase;
  clock: Clock;
  notifier: Notifier;
  logger: Logger;
  paths: Paths;
  events: EventBus;
  calendar: HolidayCalendar;
  mode: 'electron' | 'browser';
  version: string;
}
