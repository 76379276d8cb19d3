import { applicabilityOf, type Applicability, type Bindings } from './applicability';
import { isEuMemberState } from './eu';
import type { DeadlineRule, OfficeFacts, RequestFacts } from './types';

const norm = (value: string | null | undefined) => (value ?? '').trim().toUpperCase();

/** Who is bound by which instrument, and the day (YYYY-MM-DD) the request left the office. */
export interface BindingScope {
  bindings: Bindings;
  onDate: string;
}

/** Whether a rule's channel and kind fit the request (its conditions and instrument aside). */
export function fits(rule: DeadlineRule, request: RequestFacts): boolean {
  if (rule.channel !== request.channel) return false;
  return !rule.kinds || rule.kinds.includes(request.kind ?? '');
}

/** Whether the instrument behind a statutory rule binds both states on the day; rules of practice always do. */
export function instrumentApplies(rule: DeadlineRule, request: RequestFacts, office: OfficeFacts, scope: BindingScope) {
  if (!rule.appliesUnder) return { applies: true, reason: null, boundFrom: null } satisfies Applicability;
  return applicabilityOf(rule.appliesUnder, scope.bindings, office, request.counterpartCountry, scope.onDate);
}

/** Whether a rule's scope (channel, kind, conditions, instrument) covers the request; `enabled` is not looked at. */
export function covers(rule: DeadlineRule, request: RequestFacts, office: OfficeFacts, scope: BindingScope): boolean {
  if (!fits(rule, request)) return false;
  if (!instrumentApplies(rule, request, office, scope).applies) return false;
  const when = rule.appliesWhen;
  if (!when) return true;
  const counterpart = norm(request.counterpartCountry);
  if (when.homeInEu !== undefined && isEuMemberState(norm(office.homeCountry)) !== when.homeInEu) return false;
  if (when.counterpartInEu !== undefined && isEuMemberState(counterpart) !== when.counterpartInEu) return false;
  if (when.counterpartCountries && !when.counterpartCountries.map(norm).includes(counterpart)) return false;
  const excluded = (when.excludedCountries ?? []).map(norm);
  return !excluded.includes(counterpart) && !excluded.includes(norm(office.homeCountry));
}

function overrideFor(base: DeadlineRule, rules: DeadlineRule[], request: RequestFacts): DeadlineRule | null {
  const candidates = rules.filter((r) => r.enabled && r.overrides?.ruleId === base.id);
  const provider = norm(request.provider);
  const names = (r: DeadlineRule) => [r.overrides?.provider, ...(r.overrides?.providerAliases ?? [])].map(norm);
  const byProvider = candidates.find((r) => provider !== '' && names(r).includes(provider));
  if (byProvider) return byProvider;
  const country = norm(request.counterpartCountry);
  return candidates.find((r) => !r.overrides?.provider && norm(r.overrides?.country) === country) ?? null;
}

/**
 * The rules that run for a request. Base rules (no `overrides`) decide applicability, including whether the
 * instrument behind them binds both states; an enabled override of a selected base rule then replaces it
 * wholesale (provider match beats country match), keeping the base rule's instrument. A disabled base rule
 * produces nothing, overrides included. A base rule also steps aside where a rule it `yieldsTo` covers the
 * request.
 */
export function selectRules(
  rules: DeadlineRule[],
  request: RequestFacts,
  office: OfficeFacts,
  scope: BindingScope,
): DeadlineRule[] {
  const bases = rules.filter((r) => !r.overrides);
  const covering = new Set(bases.filter((r) => covers(r, request, office, scope)).map((r) => r.id));
  return bases
    .filter((r) => r.enabled && covering.has(r.id))
    .filter((r) => !(r.yieldsTo ?? []).some((id) => id !== r.id && covering.has(id)))
    .map((r) => overrideFor(r, rules, request) ?? r);
}
