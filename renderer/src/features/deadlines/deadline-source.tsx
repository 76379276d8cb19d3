import { Anchor, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { countryName } from '../../lib/countries';

/**
 * Where a computed date comes from: the rule and its legal source, always on screen, because the
 * officer must be able to check the figure before relying on it.
 */
export function DeadlineSource({
  item,
  ruleTitle,
  compact = false,
}: {
  item: DeadlineItem;
  ruleTitle?: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (item.origin !== 'rule') {
    // In a dense list the kind badge already says "entered" or "own deadline".
    if (compact) return null;
    return (
      <>
        <Text size="xs" c="dimmed">
          {t(`deadlines.origin.${item.origin}`)}
        </Text>
        {!compact && item.source.note && (
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {item.source.note}
          </Text>
        )}
      </>
    );
  }
  const citation = item.source.citation;
  return (
    <>
      {!compact && ruleTitle && (
        <Text size="xs" c="dimmed">
          {t('deadlines.rule', { title: ruleTitle })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('deadlines.source')}{' '}
        <Tooltip label={item.source.note} disabled={!item.source.note} multiline w={320} withArrow>
          {item.source.url ? (
            <Anchor href={item.source.url} target="_blank" rel="noreferrer" size="xs">
              {citation}
            </Anchor>
          ) : (
            <Text span size="xs" fw={500} c="dark.4" tabIndex={item.source.note ? 0 : undefined}>
              {citation}
            </Text>
          )}
        </Tooltip>
      </Text>
      {!compact && item.source.note && (
        <Text size="xs" c="dimmed" fs="italic" lineClamp={2}>
          {item.source.note}
        </Text>
      )}
      {item.foreignCalendar && item.calendarCountry && (
        <Text size="xs" c="violet.8">
          {t('deadlines.foreignCalendar', { country: countryName(item.calendarCountry) })}
        </Text>
      )}
    </>
  );
}
