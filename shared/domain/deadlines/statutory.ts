import type { Applicability, Bindings, Instrument } from './applicability';
import { bindingScope } from './engine';
import { effectiveEvents } from './occurrences';
import { fits, instrumentApplies } from './rule-selection';
import type { DeadlineRule, OfficeFacts, RequestEventFact, RequestFacts } from './types';

export interface StatutoryCheck extends Applicability {
  ruleId: string;
  title: string;
  instrument: Instrument;
  citation: string;
}

/**
 * For the request page: each statutory rule that would fit the request's channel and kind, and whether its
 * instrument binds both states on the day the request left the office (and if not, why). Rules of office
 * practice are not listed: they always run.
 */
export function statutoryChecks(
  request: RequestFacts,
  events: RequestEventFact[],
  rules: DeadlineRule[],
  office: OfficeFacts,
  now: string,
  bindings: Bindings,
): { onDate: string; checks: StatutoryCheck[] } {
  const scope = bindingScope(effectiveEvents(events), bindings, office, now);
  const checks = rules
    .filter((r) => !r.overrides && r.enabled && r.appliesUnder && fits(r, request))
    .map((r) => ({
      ruleId: r.id,
      title: r.title,
      instrument: r.appliesUnder!,
      citation: r.source.citation,
      ...instrumentApplies(r, request, office, scope),
    }));
  return { onDate: scope.onDate, checks };
}
