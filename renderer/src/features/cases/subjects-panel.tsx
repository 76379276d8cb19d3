import { ActionIcon, Button, Group, Paper, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Subject } from '../../../../shared/contract/cases';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../platform/api';
import { ConfirmRemoveModal } from './confirm-remove-modal';
import { SubjectFormModal } from './subject-form-modal';

export function SubjectsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Subject | 'new' | null>(null);
  const [removing, setRemoving] = useState<Subject | null>(null);
  const remove = useApiMutation('subject:remove');
  const none = t('common.none');

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('cases.subjects.title')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          {t('cases.subjects.add')}
        </Button>
      </Group>
      {detail.subjects.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.subjects.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.subjects.name')}</Table.Th>
              <Table.Th>{t('cases.subjects.role')}</Table.Th>
              <Table.Th>{t('cases.subjects.nationality')}</Table.Th>
              <Table.Th>{t('cases.subjects.dateOfBirth')}</Table.Th>
              <Table.Th>{t('cases.subjects.notes')}</Table.Th>
              <Table.Th w={80}>
                <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.subjects.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td fw={500}>{s.name}</Table.Td>
                <Table.Td>{t(`domain.subjectRole.${s.role}`)}</Table.Td>
                <Table.Td>{countryName(s.nationality) || none}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.dateOfBirth) || none}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {s.notes}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common.edit')}: ${s.name}`}
                        onClick={() => setEditing(s)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('common.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('common.remove')}: ${s.name}`}
                        onClick={() => {
                          remove.reset();
                          setRemoving(s);
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
      <SubjectFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        caseId={detail.id}
        existing={editing === 'new' ? null : editing}
      />
      <ConfirmRemoveModal
        opened={removing !== null}
        what={removing?.name ?? ''}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </Paper>
  );
}
