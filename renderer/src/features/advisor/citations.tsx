import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitationView } from '../../../../shared/contract/advisor';

/** The facts behind a statement: source title (link) and as-of date, or "office edit". */
export function Citations({ cites }: { cites: CitationView[] }) {
  const { t } = useTranslation();
  const unique = cites.filter((c, i) => cites.findIndex((d) => d.sourceId === c.sourceId && d.local === c.local) === i);
  if (unique.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {unique.map((c, i) => (
        <span key={`${c.sourceId}:${i}`}>
          {i > 0 && ' · '}
          {c.local ? (
            t('advisor.local')
          ) : (
            <Anchor href={c.sourceUrl ?? undefined} target="_blank" rel="noreferrer" size="xs">
              {c.sourceTitle}
            </Anchor>
          )}{' '}
          ({c.asOf})
        </span>
      ))}
    </Text>
  );
}
