import { Box, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/contract/attachments';
import { ATTACHMENT_LIMIT_DEFAULT } from '../../../../shared/contract/attachments';
import { formatBytes } from '../../../../shared/domain/file-size';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { ApiError, useApiQuery } from '../../platform/api';
import { isDesktop } from '../../platform/bridge';
import { pickFiles, saveAttachmentCopy, stageDropped } from '../../platform/files';
import { AddFilesModal } from './add-files-modal';
import { AttachmentTable } from './attachment-table';
import { DescribeModal } from './describe-modal';
import { useStagedFiles } from './use-staged-files';

const PAGE_SIZE = 25;

/** The files of a case (all of them) or of one request: list, drop zone, add, new version, copy out. */
export function AttachmentsPanel({ caseId, requestId = null }: { caseId: number; requestId?: number | null }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [dragging, setDragging] = useState(false);
  const [modal, setModal] = useState<{ supersedes: Attachment | null } | null>(null);
  const [describing, setDescribing] = useState<Attachment | null>(null);
  const [copyError, setCopyError] = useState<ApiError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useApiQuery(
    'attachment:list',
    { caseId, requestId, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const limit = useApiQuery('settings:get', {}).data?.attachmentMaxBytes ?? ATTACHMENT_LIMIT_DEFAULT;
  const defaults = modal?.supersedes
    ? { kind: modal.supersedes.kind, description: modal.supersedes.description }
    : { kind: 'document' as const, description: '' };
  const staged = useStagedFiles(limit, defaults);

  const begin = (supersedes: Attachment | null) => {
    staged.clear();
    setModal({ supersedes });
  };

  const choose = async (supersedes: Attachment | null) => {
    if (!isDesktop) {
      begin(supersedes);
      input.current?.click();
      return;
    }
    try {
      const files = await pickFiles();
      if (files.length === 0) return;
      begin(supersedes);
      if (supersedes) {
        staged.addStaged(files.slice(0, 1), { kind: supersedes.kind, description: supersedes.description });
      } else staged.addStaged(files);
    } catch (error) {
      begin(supersedes);
      staged.fail('', error);
    }
  };

  const receive = async (files: File[]) => {
    if (files.length === 0) return;
    const wanted = modal?.supersedes ? files.slice(0, 1) : files;
    if (!isDesktop) {
      staged.addBrowserFiles(wanted);
      return;
    }
    try {
      staged.addStaged(await stageDropped(wanted));
    } catch (error) {
      staged.fail(wanted[0]?.name ?? '', error);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    begin(null);
    void receive(files);
  };

  const saveCopy = async (file: Attachment) => {
    setCopyError(null);
    try {
      if (await saveAttachmentCopy(file.id)) {
        if (isDesktop)
          notifications.show({ color: 'green', message: t('attachments.saved', { name: file.originalName }) });
      }
    } catch (error) {
      setCopyError(error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)));
    }
  };

  const close = () => {
    staged.clear();
    setModal(null);
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby={`attachments-${requestId ?? caseId}`}
      onDragOver={(event: DragEvent) => {
        if (![...event.dataTransfer.types].includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id={`attachments-${requestId ?? caseId}`}>
            {t('attachments.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('attachments.limit', { limit: formatBytes(limit) })}
          </Text>
        </Group>
        <Button size="xs" variant="light" leftSection={<IconPaperclip size={14} />} onClick={() => void choose(null)}>
          {t('attachments.add')}
        </Button>
      </Group>
      <input
        ref={input}
        type="file"
        multiple={!modal?.supersedes}
        hidden
        aria-label={modal?.supersedes ? t('attachments.chooseVersion') : t('attachments.chooseFiles')}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length === 0) setModal(null);
          else void receive(files);
        }}
      />
      <Box
        role="region"
        aria-label={t('attachments.dropZone')}
        p="xs"
        mb="xs"
        style={{
          border: `1px dashed var(--mantine-color-${dragging ? 'indigo-6' : 'gray-4'})`,
          borderRadius: 4,
          background: dragging ? 'var(--mantine-color-indigo-light)' : undefined,
        }}
      >
        <Group gap="xs" justify="center">
          <IconUpload size={16} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text size="sm" c="dimmed">
            {dragging ? t('attachments.dropNow') : t('attachments.dropHere')}
          </Text>
        </Group>
      </Box>
      <ApiErrorAlert error={list.error ?? copyError} mb="xs" />
      {list.data?.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <AttachmentTable
            items={list.data.items}
            showRequest={requestId === null}
            onNewVersion={(file) => void choose(file)}
            onSaveCopy={(file) => void saveCopy(file)}
            onDescribe={setDescribing}
          />
          {list.data.total > PAGE_SIZE && (
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
          )}
        </>
      )}
      <AddFilesModal
        opened={modal !== null && staged.items.length > 0}
        onClose={close}
        caseId={caseId}
        requestId={requestId}
        supersedes={modal?.supersedes ?? null}
        items={staged.items}
        update={staged.update}
        remove={staged.remove}
      />
      <DescribeModal file={describing} onClose={() => setDescribing(null)} />
    </Paper>
  );
}
