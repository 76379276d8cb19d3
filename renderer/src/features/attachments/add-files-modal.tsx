import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KINDS, type Attachment } from '../../../../shared/contract/attachments';
import { formatBytes } from '../../../../shared/domain/file-size';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { callAndRefetch, type ApiError } from '../../platform/api';
import type { PendingFile } from './use-staged-files';

interface Props {
  opened: boolean;
  onClose: () => void;
  caseId: number;
  requestId: number | null;
  /** Set for "New version": the one file registered replaces this version. */
  supersedes: Attachment | null;
  items: PendingFile[];
  update: (key: string, patch: Partial<PendingFile>) => void;
  remove: (key: string) => void;
}

function PendingRow({
  item,
  first,
  onChange,
  onRemove,
}: {
  item: PendingFile;
  first: boolean;
  onChange: (patch: Partial<PendingFile>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const percent = item.size > 0 ? Math.round((item.loaded / item.size) * 100) : 100;
  return (
    <Stack gap={6} p="xs" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} truncate="end" title={item.name} style={{ minWidth: 0 }}>
          {item.name}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatBytes(item.size)}
            {item.state === 'ready' &&
              ` · ${item.sha256 ? t('attachments.modal.ready') : t('attachments.modal.hashing')}`}
          </Text>
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-label={t('attachments.modal.remove', { name: item.name })}
            onClick={onRemove}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      </Group>
      {item.state === 'uploading' && (
        <Progress
          value={percent}
          size="sm"
          animated
          aria-label={t('attachments.modal.uploading', { name: item.name, percent })}
        />
      )}
      {item.state === 'ready' && item.sha256 && (
        <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          SHA-256 {item.sha256}
        </Text>
      )}
      {item.state === 'failed' ? (
        <Alert color="red" p="xs" role="alert">
          <Text size="sm">{item.error}</Text>
        </Alert>
      ) : (
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" fw={500} component="span" aria-hidden>
              {t('attachments.col.kind')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t('attachments.modal.kind', { name: item.name })}
              value={item.kind}
              onChange={(kind) => onChange({ kind })}
              data={ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: t(`attachments.kind.${kind}`) }))}
            />
          </Stack>
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            label={t('attachments.modal.description')}
            aria-label={t('attachments.modal.descriptionOf', { name: item.name })}
            placeholder={t('attachments.modal.descriptionPlaceholder')}
            value={item.description}
            maxLength={500}
            data-autofocus={first || undefined}
            onChange={(event) => onChange({ description: event.currentTarget.value })}
          />
        </Group>
      )}
      {item.state !== 'failed' && (
        <Text size="xs" c="dimmed">
          {t(`attachments.kindHint.${item.kind}`)}
        </Text>
      )}
    </Stack>
  );
}

/** Says what each arriving file is (kind, description) and registers the ones that arrived. */
export function AddFilesModal({ opened, onClose, caseId, requestId, supersedes, items, update, remove }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ready = items.filter((item) => item.state === 'ready');
  const uploading = items.some((item) => item.state === 'uploading');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    let registered = 0;
    try {
      for (const item of ready) {
        const fields = { token: item.token ?? '', kind: item.kind, description: item.description };
        if (supersedes) await callAndRefetch(client, 'attachment:supersede', { id: supersedes.id, ...fields });
        else await callAndRefetch(client, 'attachment:add', { caseId, requestId, ...fields });
        registered += 1;
        remove(item.key);
      }
      notifications.show({ color: 'green', message: t('attachments.modal.registered', { count: registered }) });
      if (items.length === ready.length) onClose();
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setPending(false);
    }
  };

  const title = supersedes
    ? t('attachments.modal.versionTitle', { name: supersedes.originalName })
    : t('attachments.modal.addTitle');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {supersedes
              ? t('attachments.modal.versionIntro', { n: supersedes.version + 1, prev: supersedes.version })
              : t('attachments.modal.intro')}
          </Text>
          {items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('attachments.modal.nothing')}
            </Text>
          )}
          {items.map((item, index) => (
            <PendingRow
              key={item.key}
              item={item}
              first={index === 0}
              onChange={(patch) => update(item.key, patch)}
              onRemove={() => remove(item.key)}
            />
          ))}
          <ApiErrorAlert error={error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={ready.length === 0 || uploading}>
              {t('attachments.modal.register', { count: Math.max(ready.length, 1) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
