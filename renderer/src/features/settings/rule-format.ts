import type { RuleDefinition, RuleView } from '../../../../shared/contract/deadlines';
import { CHANNELS } from '../../../../shared/domain/requests';
import { countryName } from '../../lib/countries';

type T = (key: string, options?: Record<string, unknown>) => string;
type Duration = RuleDefinition['duration'];

export const UNITS = ['hours', 'calendar_days', 'working_days', 'months'] as const;

export function durationText(d: Duration, t: T): string {
  return t(`settings.unit.${d.unit}`, { count: d.amount });
}

/** Lead times of a rule's reminders, with the unit said once when they share it: "14, 7, 1 calendar days". */
export function remindersText(reminders: Duration[], t: T): string {
  const unit = reminders[0]?.unit;
  if (unit && reminders.length > 1 && reminders.every((r) => r.unit === unit)) {
    return t(`settings.unitList.${unit}`, { list: reminders.map((r) => r.amount).join(', ') });
  }
  return reminders.map((r) => durationText(r, t)).join(', ');
}

/** What a rule applies to, in words: kinds, EU conditions, countries, or the override's target. */
export function appliesText(rule: RuleDefinition, t: T): string[] {
  const parts: string[] = [];
  if (rule.overrides?.provider) parts.push(t('settings.rules.provider', { provider: rule.overrides.provider }));
  if (rule.overrides?.country) parts.push(countryName(rule.overrides.country));
  parts.push(
    rule.kinds && rule.kinds.length > 0
      ? rule.kinds.map((k) => t(`domain.kind.${k}`, { defaultValue: k })).join(', ')
      : t('settings.rules.allKinds'),
  );
  const when = rule.appliesWhen;
  if (when?.homeInEu) parts.push(t('settings.rules.homeInEu'));
  if (when?.counterpartInEu) parts.push(t('settings.rules.counterpartInEu'));
  if (when?.counterpartCountries?.length) parts.push(when.counterpartCountries.map(countryName).join(', '));
  return parts;
}

/** Channel order, then each base rule followed by its overrides. */
export function sortRules(views: RuleView[]): RuleView[] {
  const baseOf = (v: RuleView) => v.rule.overrides?.ruleId ?? v.rule.id;
  const byId = new Map(views.map((v) => [v.rule.id, v]));
  const titleOf = (v: RuleView) => byId.get(baseOf(v))?.rule.title ?? v.rule.title;
  return [...views].sort(
    (a, b) =>
      CHANNELS.indexOf(a.rule.channel) - CHANNELS.indexOf(b.rule.channel) ||
      titleOf(a).localeCompare(titleOf(b)) ||
      baseOf(a).localeCompare(baseOf(b)) ||
      Number(a.rule.overrides !== null) - Number(b.rule.overrides !== null) ||
      a.rule.title.localeCompare(b.rule.title),
  );
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
