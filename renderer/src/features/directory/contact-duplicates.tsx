import { Alert, Anchor, Checkbox, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../shared/contract/directory';
import { Link } from 'react-router';
import { useApiQuery } from '../../platform/api';

/**
 * Warns, while the form is filled in, that another contact already has one of these e-mails or
 * phones. Saving anyway takes the explicit tick; the core refuses the save without it.
 */
export function ContactDuplicates({
  items,
  confirmed,
  onConfirm,
  onNavigate,
}: {
  items: DuplicateMatch[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('directory.duplicates.title')} role="alert">
      <Text size="sm" mb={4}>
        {t('directory.duplicates.intro')}
      </Text>
      <List size="sm" mb="xs">
        {items.map((match) => (
          <List.Item key={match.id}>
            <Anchor component={Link} to={`/contacts/${match.id}`} size="sm" onClick={onNavigate}>
              {match.name}
            </Anchor>
            {match.organisation ? `, ${match.organisation}` : ''} ({match.country}){' '}
            {t('directory.duplicates.shares', { values: match.matchedOn.join(', ') })}
            {match.archived ? ` · ${t('common.archived')}` : ''}
          </List.Item>
        ))}
      </List>
      <Checkbox
        label={t('directory.duplicates.confirm')}
        checked={confirmed}
        onChange={(event) => onConfirm(event.currentTarget.checked)}
      />
    </Alert>
  );
}

/** Other contacts sharing one of these e-mails or phones, asked for once typing pauses. */
export function useDuplicateMatches(emails: string[], phones: string[], excludeId: number | null): DuplicateMatch[] {
  // A string key: a fresh array each render must not restart the debounce.
  const [key] = useDebouncedValue(JSON.stringify([emails, phones]), 300);
  const [e, p] = JSON.parse(key) as [string[], string[]];
  const found = useApiQuery(
    'contact:duplicates',
    { emails: e, phones: p, excludeId },
    { enabled: e.length + p.length > 0 },
  );
  return e.length + p.length > 0 ? (found.data?.items ?? []) : [];
}
