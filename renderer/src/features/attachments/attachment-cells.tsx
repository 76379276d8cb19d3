import { ActionIcon, Badge, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/contract/attachments';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';

export function KindBadge({ kind }: { kind: Attachment['kind'] }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`attachments.kindHint.${kind}`)}>
      <Badge
        size="sm"
        variant={kind === 'evidence' ? 'filled' : 'light'}
        color={kind === 'evidence' ? 'teal' : 'gray'}
        style={{ textTransform: 'none' }}
        aria-label={t(`attachments.kindHint.${kind}`)}
      >
        {t(`attachments.kind.${kind}`)}
      </Badge>
    </Tooltip>
  );
}

/** The first twelve hex digits are enough to tell files apart at a glance; the full value is a hover or copy away. */
export function HashCell({ file }: { file: Attachment }) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={file.sha256} ff="monospace" multiline maw={320} style={{ overflowWrap: 'anywhere' }}>
        <Text size="sm" ff="monospace" aria-label={t('attachments.fullHash', { hash: file.sha256 })}>
          {file.sha256.slice(0, 12)}…
        </Text>
      </Tooltip>
      <CopyButton value={file.sha256}>
        {({ copied, copy }) => (
          <Tooltip
            label={copied ? t('attachments.hashCopied') : t('attachments.copyHash', { name: file.originalName })}
          >
            <ActionIcon
              size="sm"
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('attachments.copyHash', { name: file.originalName })}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

export function AddedCell({ file }: { file: Attachment }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={file.addedAt}>{formatInstant(file.addedAt, timeZone)}</time>
      </Text>
      <Text size="xs" c="dimmed">
        {timeZone}
      </Text>
      {file.addedBy && (
        <Text size="xs" c="dimmed" truncate="end" title={file.addedBy}>
          {t('attachments.addedBy', { name: file.addedBy })}
        </Text>
      )}
    </Stack>
  );
}

export function VersionCell({ file }: { file: Attachment }) {
  const { t } = useTranslation();
  const superseded = file.supersededById !== null;
  const hint = superseded
    ? t('attachments.supersededHint')
    : file.supersedesId !== null
      ? t('attachments.supersedesHint', { n: file.version - 1 })
      : t('attachments.current');
  return (
    <Tooltip label={hint}>
      <Stack gap={2} align="flex-start" aria-label={hint}>
        <Badge
          size="sm"
          variant="outline"
          color={superseded ? 'gray' : 'indigo'}
          style={{ textTransform: 'none', flexShrink: 0 }}
        >
          {t('attachments.version', { n: file.version })}
        </Badge>
        {superseded && (
          <Text size="xs" c="dimmed">
            {t('attachments.superseded')}
          </Text>
        )}
      </Stack>
    </Tooltip>
  );
}
