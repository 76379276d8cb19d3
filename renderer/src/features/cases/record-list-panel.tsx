import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
  type TableTdProps,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../platform/api';
import { ConfirmRemoveModal } from './confirm-remove-modal';

export interface RecordColumn<T> {
  header: string;
  cell: (record: T) => ReactNode;
  td?: TableTdProps;
}

interface Props<T extends { id: number }> {
  title: string;
  addLabel: string;
  emptyText: string;
  records: T[];
  columns: RecordColumn<T>[];
  /** How the officer names a record: in the edit and remove buttons' labels and the removal question. */
  nameOf: (record: T) => string;
  removeChannel: 'subject:remove' | 'identifier:remove';
  /** The add/edit form for a record, or for a new one when `existing` is null. */
  form: (props: { opened: boolean; onClose: () => void; existing: T | null }) => ReactNode;
}

/** A case's list of small records (subjects, identifiers): a table with edit and remove, and an add button. */
export function RecordListPanel<T extends { id: number }>({
  title,
  addLabel,
  emptyText,
  records,
  columns,
  nameOf,
  removeChannel,
  form,
}: Props<T>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const remove = useApiMutation(removeChannel);

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          {addLabel}
        </Button>
      </Group>
      {records.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Table striped highlightOnHover fz="sm">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header}>{column.header}</Table.Th>
              ))}
              <Table.Th w={80}>
                <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((record) => (
              <Table.Tr key={record.id}>
                {columns.map((column) => (
                  <Table.Td key={column.header} {...column.td}>
                    {column.cell(record)}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common.edit')}: ${nameOf(record)}`}
                        onClick={() => setEditing(record)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('common.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('common.remove')}: ${nameOf(record)}`}
                        onClick={() => {
                          remove.reset();
                          setRemoving(record);
                        }}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {form({
        opened: editing !== null,
        onClose: () => setEditing(null),
        existing: editing === 'new' ? null : editing,
      })}
      <ConfirmRemoveModal
        opened={removing !== null}
        what={removing ? nameOf(removing) : ''}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </Paper>
  );
}
