// Tests open the database with its key, as no sign-in runs: the public-holiday rules the sign-in
// would load (deadlines/holiday-calendar.ts) are loaded once per test file instead.
import { loadHolidayRules } from '../../electron/core/deadlines/holiday-calendar';

await loadHolidayRules();
