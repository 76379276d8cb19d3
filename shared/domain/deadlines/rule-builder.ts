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

export const SOURCE_URL = {
  usc2703f:
    'https://lists.cpunks.org/archives/list/cypherpunks-legacy@lists.cpunks.org/message/FDEAQMGE2KOC23ZZBQX2XKUJVBITSBM2',
  ets185:
    'https://github.com/statengeneraal/laws-markdown/blob/253444e2cf322b0f8c2163983eab891b39c5bb69/verdrag/convention/on/cybercrime/BWBV0001839/README.md',
  reg1543art10: 'https://fantasticsearch.net/law/eu/en?article=1&id=WG0lZpsB1anJoctM1I2V',
  reg1543art11: 'https://fantasticsearch.net/law/eu/en?article=1&id=X20lZpsB1anJoctM1I2V',
  eioArt12: 'https://legislation.gov.uk/eudr/2014/41/article/12/adopted/data.xht',
  dir977art5:
    'https://www.doctrine.fr:443/l/texts/eu/directives/EULEG538100BC1E53852F91A4/articles/EULEGARTIDE08B5703F9CFB060EC2?versionId=EULEGARTIDE08B5703F9CFB060EC2',
  fam931: 'https://fam.state.gov/fam/07fam/07fam0930.html',
};
