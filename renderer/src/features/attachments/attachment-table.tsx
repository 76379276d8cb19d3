import { ActionIcon, Anchor, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconFilePlus, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attachment } from '../../../../shared/contract/attachments';
import { formatBytes } from '../../../../shared/domain/file-size';
import { AddedCell, HashCell, KindBadge, VersionCell } from './attachment-cells';

interface Props {
  items: Attachment[];
  /** The case page shows which request a file sits on; the request page does not need to. */
  showRequest: boolean;
  onNewVersion: (file: Attachment) => void;
  onSaveCopy: (file: Attachment) => void;
  onDescribe: (file: Attachment) => void;
}

export function AttachmentTable({ items, showRequest, onNewVersion, onSaveCopy, onDescribe }: Props) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover fz="sm" verticalSpacing={6} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('attachments.col.name')}</Table.Th>
          <Table.Th w={96}>{t('attachments.col.kind')}</Table.Th>
          <Table.Th w={84}>{t('attachments.col.size')}</Table.Th>
          <Table.Th w={148}>{t('attachments.col.sha256')}</Table.Th>
          <Table.Th w={170}>{t('attachments.col.added')}</Table.Th>
          <Table.Th w={100}>{t('attachments.col.version')}</Table.Th>
          <Table.Th w={104}>
            <VisuallyHidden>{t('attachments.col.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((file) => {
          const superseded = file.supersededById !== null;
          return (
            <Table.Tr key={file.id} style={superseded ? { color: 'var(--mantine-color-dimmed)' } : undefined}>
              <Table.Td>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {file.originalName}
                  </Text>
                  {file.description && (
                    <Text size="xs" c="dimmed" lineClamp={2} title={file.description}>
                      {file.description}
                    </Text>
                  )}
                  {showRequest && file.requestId !== null && (
                    <Anchor component={Link} to={`/requests/${file.requestId}`} size="xs" truncate="end">
                      {t('attachments.onRequest', { title: file.requestTitle ?? '' })}
                    </Anchor>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <KindBadge kind={file.kind} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} title={`${file.size} bytes`}>
                {formatBytes(file.size)}
              </Table.Td>
              <Table.Td>
                <HashCell file={file} />
              </Table.Td>
              <Table.Td>
                <AddedCell file={file} />
              </Table.Td>
              <Table.Td>
                <VersionCell file={file} />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap" justify="flex-end">
                  {!superseded && (
                    <Tooltip label={t('attachments.newVersion')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('attachments.newVersionOf', { name: file.originalName })}
                        onClick={() => onNewVersion(file)}
                      >
                        <IconFilePlus size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  <Tooltip label={t('attachments.saveCopy')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('attachments.saveCopyOf', { name: file.originalName })}
                      onClick={() => onSaveCopy(file)}
                    >
                      <IconDownload size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('attachments.describe')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('attachments.describeOf', { name: file.originalName })}
                      onClick={() => onDescribe(file)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
