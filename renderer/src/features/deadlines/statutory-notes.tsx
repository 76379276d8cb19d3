import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';

/**
 * Says, for each statutory rule that would fit this request, why it does not run (who is not bound, or not
 * yet): an officer must never wonder whether the law was forgotten or does not apply.
 */
export function StatutoryNotes({ requestId }: { requestId: number }) {
  const { t } = useTranslation();
  const checks = useApiQuery('statutory:checks', { requestId });
  if (!checks.data) return null;
  const { onDate, officeCountry, counterpartCountry } = checks.data;
  const notApplying = checks.data.checks.filter((c) => !c.applies);
  const noneApplies = checks.data.checks.length > 0 && notApplying.length === checks.data.checks.length;
  // Where a statutory rule runs, its deadline says enough; the reasons matter when none does.
  if (!noneApplies) return null;
  return (
    <div role="note" aria-label={t('statutory.heading')}>
      <Text size="sm" fw={500}>
        {t('statutory.noneApplies')}
      </Text>
      {notApplying.map((check) => (
        <Text key={check.ruleId} size="xs" c="dimmed">
          {t(`statutory.reason.${check.reason ?? 'parties_unknown'}`, {
            rule: check.title,
            office: countryName(officeCountry),
            counterpart: countryName(counterpartCountry),
            from: formatDate(check.boundFrom),
            on: formatDate(onDate),
          })}
        </Text>
      ))}
      <Text size="xs" c="dimmed" mb="xs">
        {t('statutory.practiceRemains')}
      </Text>
    </div>
  );
}
