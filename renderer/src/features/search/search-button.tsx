import { Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
/** The shortcut as this keyboard spells it. */
export const SEARCH_SHORTCUT = IS_MAC ? '⌘ K' : 'Ctrl K';

/** The header's way into the command palette, showing the shortcut that also opens it. */
export function SearchButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      w={200}
      justify="space-between"
      leftSection={<IconSearch size={14} stroke={1.8} />}
      rightSection={
        <Kbd size="xs" aria-hidden>
          {SEARCH_SHORTCUT}
        </Kbd>
      }
      onClick={onClick}
      aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}
      title={t('search.buttonTitle', { shortcut: SEARCH_SHORTCUT })}
      styles={{ label: { flex: 1, fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
    >
      {t('search.button')}
    </Button>
  );
}
