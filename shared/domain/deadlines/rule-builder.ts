/** Helpers for writing rules as data, and the source URLs they cite (from resources/reference/reference.json). */
import type { DeadlineRule, Duration } from './types';

export const days = (amount: number): Duration => ({ amount, unit: 'calendar_days' });
export const hours = (amount: number): Duration => ({ amount, unit: 'hours' });
export const months = (amount: number): Duration => ({ amount, unit: 'months' });

type RuleSpec = Pick<DeadlineRule, 'id' | 'title' | 'channel' | 'trigger' | 'stopsAt' | 'deadlineKind' | 'duration'> &
  Partial<DeadlineRule>;

/** A complete rule from the fields that matter; a deep copy, so shared constants are never aliased. */
export function rule(spec: RuleSpec): DeadlineRule {
  return structuredClone({
    kinds: null,
    byUrgency: {},
    extension: null,
    reminders: [],
    calendarCountry: 'counterpart',
    appliesWhen: null,
    source: { citation: '', url: null, note: null },
    overrides: null,
    enabled: true,
    ...spec,
  });
}

/** Official texts: the US Code's own site, the Council of Europe Treaty Office, EUR-Lex (ELI), the FAM. */
export const SOURCE_URL = {
  usc2703f: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section2703&num=0&edition=prelim',
  ets185: 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185',
  reg1543: 'https://eur-lex.europa.eu/eli/reg/2023/1543/oj',
  eio: 'https://eur-lex.europa.eu/eli/dir/2014/41/oj',
  dir977: 'https://eur-lex.europa.eu/eli/dir/2023/977/oj',
  fam931: 'https://fam.state.gov/fam/07fam/07fam0930.html',
};
