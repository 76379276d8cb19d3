import { Box, Group, Kbd, Modal, SegmentedControl, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../shared/contract/search';
import { SEARCH_TYPES } from '../../../../shared/domain/search';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { groupHits, hitKey, hitPath } from './search-hits';
import { SearchResults } from './search-results';
import { SearchStatus } from './search-status';
import { useSearch, type TypeFilter } from './use-search';

/** The command palette: one field over every case, request, contact and identifier. */
export function SearchPalette({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    // Above the reminder notifications (z-index 400), which would otherwise cover the results.
    <Modal.Root opened={opened} onClose={onClose} size={640} yOffset="8vh" zIndex={450}>
      <Modal.Overlay />
      <Modal.Content aria-label={t('search.title')}>
        {/* Mounted only while open, so every opening starts from an empty field. */}
        <PaletteBody onClose={onClose} />
      </Modal.Content>
    </Modal.Root>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const baseId = useId();
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState<TypeFilter>('all');
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const search = useSearch(q, filter);
  const { groups, ordered } = useMemo(() => groupHits(search.result?.items ?? []), [search.result]);

  // The active row survives new results while it is still among them; otherwise the best hit is active.
  const found = ordered.findIndex((hit) => hitKey(hit) === activeKey);
  const activeIndex = ordered.length === 0 ? -1 : Math.max(found, 0);
  const active = ordered[activeIndex];
  const optionId = (hit: SearchHit) => `${baseId}-${hitKey(hit)}`;
  const activeId = active ? optionId(active) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const open = (hit: SearchHit) => {
    onClose();
    void navigate(hitPath(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (ordered.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = ordered[(activeIndex + step + ordered.length) % ordered.length];
      if (next) setActiveKey(hitKey(next));
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing && active) {
      event.preventDefault();
      open(active);
    }
  };

  const listboxId = `${baseId}-listbox`;
  return (
    <Box>
      <Box p="sm" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <TextInput
          data-autofocus
          size="md"
          variant="unstyled"
          aria-label={t('search.title')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={18} stroke={1.6} />}
          rightSection={
            search.searching ? (
              <Text size="xs" c="dimmed" aria-live="polite">
                {t('search.searching')}
              </Text>
            ) : null
          }
          rightSectionWidth={90}
          maxLength={200}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={ordered.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
        />
        <SegmentedControl
          size="xs"
          mt={4}
          value={filter}
          onChange={setFilter}
          data={(['all', ...SEARCH_TYPES] as const).map((type) => ({ value: type, label: t(`search.types.${type}`) }))}
        />
      </Box>
      <Box
        px={6}
        py={ordered.length > 0 ? 6 : 0}
        style={{ maxHeight: 'min(480px, calc(84vh - 170px))', overflowY: 'auto', opacity: search.stale ? 0.75 : 1 }}
      >
        {search.error ? (
          <ApiErrorAlert error={search.error} m="xs" />
        ) : (
          ordered.length > 0 && (
            <SearchResults
              listboxId={listboxId}
              groups={groups}
              activeKey={active ? hitKey(active) : null}
              optionId={optionId}
              onHover={(hit) => setActiveKey(hitKey(hit))}
              onOpen={open}
            />
          )
        )}
      </Box>
      <Group
        justify="space-between"
        wrap="nowrap"
        px="sm"
        py={6}
        style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <SearchStatus search={search} shown={ordered.length} />
        <Group gap={10} wrap="nowrap" c="dimmed" fz="xs" aria-hidden>
          <span>
            <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('search.keys.move')}
          </span>
          <span>
            <Kbd size="xs">Enter</Kbd> {t('search.keys.open')}
          </span>
          <span>
            <Kbd size="xs">Esc</Kbd> {t('search.keys.close')}
          </span>
        </Group>
      </Group>
    </Box>
  );
}
