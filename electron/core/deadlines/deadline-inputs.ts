import type { Office } from '../../../shared/contract/office';
import type { AppContext } from '../context';
import type { DeadlineInputs } from './refresh';
import { effectiveRules } from './rules-repo';
import { loadBindings } from './bindings';

export function deadlineInputs(ctx: AppContext, office: Office): DeadlineInputs {
  return {
    rules: effectiveRules(ctx.db.orm),
    calendar: ctx.calendar,
    office: { timeZone: office.timeZone, homeCountry: office.homeCountry, hostCountry: office.hostCountry },
    now: ctx.clock.now().toISOString(),
    bindings: loadBindings(ctx.db.orm),
  };
}
