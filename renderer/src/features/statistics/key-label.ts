import type { TFunction } from 'i18next';
import { countryName } from '../../lib/countries';

/** How a breakdown's key reads: codes through i18n, countries by name, providers as typed. */
export function keyLabel(t: TFunction, dimension: string, key: string): string {
  if (key === '-') return t('statistics.none');
  switch (dimension) {
    case 'channel':
      return t(`domain.channelShort.${key}`);
    case 'kind':
      return t(`domain.kind.${key}`, { defaultValue: key });
    case 'direction':
      return t(`domain.direction.${key}`);
    case 'country':
      return countryName(key);
    case 'category':
      return key
        .split('+')
        .map((c) => t(`domain.dataCategory.${c}`, { defaultValue: c }))
        .join(' + ');
    case 'urgency':
      return t(`domain.urgencyShort.${key}`);
    case 'outcome':
      return t(`statistics.outcome.${key}`);
    default:
      return key;
  }
}

export function daysLabel(t: TFunction, days: number | null): string {
  return days === null ? t('statistics.figures.none') : t('statistics.figures.days', { count: days });
}

export function shareLabel(t: TFunction, onTime: number, decided: number): string {
  return decided === 0
    ? t('statistics.figures.none')
    : t('statistics.figures.shareOf', { share: Math.round((onTime / decided) * 100), decided });
}
