import { ActionIcon, Button, Group, Paper, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Identifier } from '../../../../shared/contract/cases';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../platform/api';
import { ConfirmRemoveModal } from './confirm-remove-modal';
import { IdentifierFormModal } from './identifier-form-modal';
import { phoneForDisplay } from '../../../../shared/domain/phone-display';

function IdentifierDetails({ identifier }: { identifier: Identifier }) {
  const { t } = useTranslation();
  if (identifier.kind === 'ip' && identifier.observedAt) {
    const [date, time = ''] = identifier.observedAt.split('T');
    return (
      <>
        {t('cases.identifiers.seenAtValue', { when: `${formatDate(date)} ${time}`, zone: identifier.timeZone ?? '' })}
      </>
    );
  }
  if (identifier.kind === 'account' && identifier.platform) return <>{identifier.platform}</>;
  if (identifier.kind === 'wallet' && identifier.asset) return <>{t(`domain.walletAsset.${identifier.asset}`)}</>;
  return null;
}

export function IdentifiersPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Identifier | 'new' | null>(null);
  const [removing, setRemoving] = useState<Identifier | null>(null);
  const remove = useApiMutation('identifier:remove');
  const subjectName = (id: number | null) => detail.subjects.find((s) => s.id === id)?.name ?? t('common.none');

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('cases.identifiers.title')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          {t('cases.identifiers.add')}
        </Button>
      </Group>
      {detail.identifiers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.identifiers.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.identifiers.kind')}</Table.Th>
              <Table.Th>{t('cases.identifiers.value')}</Table.Th>
              <Table.Th>{t('cases.identifiers.details')}</Table.Th>
              <Table.Th>{t('cases.identifiers.subject')}</Table.Th>
              <Table.Th>{t('cases.identifiers.note')}</Table.Th>
              <Table.Th w={80}>
                <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.identifiers.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`domain.identifierKind.${i.kind}`)}</Table.Td>
                <Table.Td ff="monospace" style={{ overflowWrap: 'break-word' }}>
                  {i.kind === 'phone' ? phoneForDisplay(i.value) : i.value}
                </Table.Td>
                <Table.Td>
                  <IdentifierDetails identifier={i} />
                </Table.Td>
                <Table.Td>{subjectName(i.subjectId)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {i.note}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common.edit')}: ${i.value}`}
                        onClick={() => setEditing(i)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('common.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('common.remove')}: ${i.value}`}
                        onClick={() => {
                          remove.reset();
                          setRemoving(i);
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
      <IdentifierFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        caseId={detail.id}
        subjects={detail.subjects}
        existing={editing === 'new' ? null : editing}
      />
      <ConfirmRemoveModal
        opened={removing !== null}
        what={removing?.value ?? ''}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </Paper>
  );
}
