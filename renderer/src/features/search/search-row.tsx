import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/search';
import { dateTimeFormat } from '../../../../shared/domain/intl-formats';
import { formatDate } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { Highlight, plainSnippet } from './highlight';
import { SUBTITLE_LABELS, TYPE_COLOR, TYPE_ICON } from './search-hits';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as is; an instant as its day in the office's zone. */
function hitDate(date: string | null, timeZone: string): string {
  if (!date) return '';
  if (ISO_DATE.test(date)) return formatDate(date);
  const instant = new Date(date);
  if (Number.isNaN(instant.getTime())) return date;
  const day = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return formatDate(day.format(instant));
}

interface Props {
  hit: SearchHit;
  id: string;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
}

/** One dense result: type icon, title and date, then the subtitle and the snippet with its matches marked. */
export function SearchRow({ hit, id, active, onHover, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useOffice();
  const Icon = TYPE_ICON[hit.type];
  const date = hitDate(hit.date, timeZone);
  const title = plainSnippet(hit.title);
  // A snippet that only repeats the title marks the title instead of taking a line of its own.
  const snippetIsTitle = plainSnippet(hit.snippet) === title;
  const snippet = snippetIsTitle ? '' : hit.snippet;
  const subtitle = hit.subtitle
    .split(' · ')
    .map((part) => {
      const key = SUBTITLE_LABELS[hit.type].map((ns) => `domain.${ns}.${part}`).find((k) => i18n.exists(k));
      return key ? t(key) : part;
    })
    .join(' · ');
  const detail = [subtitle, plainSnippet(snippet)].filter(Boolean).join(' · ');
  return (
    <Group
      id={id}
      role="option"
      aria-selected={active}
      wrap="nowrap"
      gap="sm"
      px="sm"
      py={5}
      onMouseMove={active ? undefined : onHover}
      // Keep the focus in the search field, so typing carries on after a click elsewhere in the list.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
      style={{
        cursor: 'pointer',
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? 'var(--mantine-color-indigo-light)' : undefined,
      }}
    >
      <ThemeIcon variant="light" color={TYPE_COLOR[hit.type]} size="md" aria-hidden>
        <Icon size={16} stroke={1.6} />
      </ThemeIcon>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" fw={500} truncate title={title} style={{ minWidth: 0 }}>
            <Highlight text={snippetIsTitle ? hit.snippet : hit.title} />
          </Text>
          {date && (
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {date}
            </Text>
          )}
        </Group>
        {detail && (
          <Text size="xs" c="dimmed" truncate title={detail}>
            {subtitle}
            {subtitle && snippet && ' · '}
            <Text span inherit c="var(--mantine-color-text)">
              <Highlight text={snippet} />
            </Text>
          </Text>
        )}
      </Box>
    </Group>
  );
}
