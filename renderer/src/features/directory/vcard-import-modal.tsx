import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VcardPreview, VcardPreviewCard } from '../../../../shared/contract/vcard';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation } from '../../platform/api';
import { bytesToBase64 } from '../../platform/base64';

const STATUS_COLOR = { new: 'green', duplicate: 'orange', invalid: 'red' } as const;

/** Import of a .vcf (2.1 to 4.0) or Outlook's contact CSV: read in the page, previewed card by card, then applied in one transaction. */
export function VcardImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('directory.vcard.importTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <ImportFlow onClose={onClose} />}
    </Modal>
  );
}

function ImportFlow({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const preview = useApiMutation('vcard:preview');
  const apply = useApiMutation('vcard:import');
  const [bytes, setBytes] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [readError, setReadError] = useState<string | null>(null);

  const pick = (next: File | null) => {
    setFile(next);
    setChosen([]);
    setBytes(null);
    setReadError(null);
    preview.reset();
    if (!next) return;
    // Sent as bytes: Outlook writes Windows-1252 and UTF-16 files that only the core can tell apart.
    next.arrayBuffer().then(
      (content) => {
        const base64 = bytesToBase64(new Uint8Array(content));
        setBytes(base64);
        preview.mutate({ base64 });
      },
      () => setReadError(t('directory.vcard.unreadableFile')),
    );
  };
  const result: VcardPreview | undefined = preview.data;
  const importable = (result?.counts.new ?? 0) + chosen.length;
  const run = () => {
    if (bytes === null) return;
    apply.mutate(
      { base64: bytes, importDuplicates: chosen },
      {
        onSuccess: (done) => {
          notifications.show({ color: 'green', message: t('directory.vcard.imported', { count: done.created }) });
          onClose();
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <FileInput
        label={t('directory.vcard.file')}
        description={t('directory.vcard.fileHint')}
        accept=".vcf,.csv,text/vcard,text/x-vcard,text/csv"
        leftSection={<IconFileImport size={16} />}
        value={file}
        onChange={pick}
        clearable
        data-autofocus
      />
      {readError && <Alert color="red">{readError}</Alert>}
      <ApiErrorAlert error={preview.error ?? apply.error} />
      {result && (
        <>
          <Group gap="xs" role="status">
            <Badge color="green" variant="light">
              {t('directory.vcard.count.new', { count: result.counts.new })}
            </Badge>
            <Badge color="orange" variant="light">
              {t('directory.vcard.count.duplicate', { count: result.counts.duplicate })}
            </Badge>
            <Badge color="red" variant="light">
              {t('directory.vcard.count.invalid', { count: result.counts.invalid })}
            </Badge>
          </Group>
          <ScrollArea.Autosize mah={380}>
            <Table fz="sm" striped aria-label={t('directory.vcard.previewLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>#</Table.Th>
                  <Table.Th>{t('contacts.fields.name')}</Table.Th>
                  <Table.Th>{t('directory.vcard.status')}</Table.Th>
                  <Table.Th>{t('directory.vcard.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.cards.map((card) => (
                  <CardRow
                    key={card.index}
                    card={card}
                    chosen={chosen.includes(card.index)}
                    onChoose={(on) =>
                      setChosen((list) => (on ? [...list, card.index] : list.filter((i) => i !== card.index)))
                    }
                    onNavigate={onClose}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={run} loading={apply.isPending} disabled={!result || importable === 0}>
          {t('directory.vcard.importButton', { count: importable })}
        </Button>
      </Group>
    </Stack>
  );
}

function CardRow({
  card,
  chosen,
  onChoose,
  onNavigate,
}: {
  card: VcardPreviewCard;
  chosen: boolean;
  onChoose: (on: boolean) => void;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>{card.index + 1}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {card.name || t('directory.vcard.noName')}
        </Text>
        <Text size="xs" c="dimmed">
          {[card.organisation, ...card.emails, ...card.phones].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[card.status]} variant="light" style={{ minWidth: 'max-content' }}>
          {t(`directory.vcard.statusName.${card.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {card.problem && (
          <Text size="sm" c="red.8">
            {t(`directory.vcard.problem.${card.problem.code}`, {
              detail: card.problem.detail,
              defaultValue: t('directory.vcard.problem.fieldOther', { detail: card.problem.detail }),
            })}
          </Text>
        )}
        {card.status === 'duplicate' && (
          <Stack gap={4}>
            <Text size="sm">
              {t('directory.vcard.matches')}{' '}
              {card.matches.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && ', '}
                  <Anchor component={Link} to={`/contacts/${m.id}`} size="sm" onClick={onNavigate}>
                    {m.name}
                  </Anchor>{' '}
                  ({m.matchedOn.join(', ')})
                </span>
              ))}
            </Text>
            <Checkbox
              size="xs"
              label={t('directory.vcard.importAnyway')}
              checked={chosen}
              onChange={(e) => onChoose(e.currentTarget.checked)}
            />
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
