import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentKind, StagedFile } from '../../../../shared/contract/attachments';
import { formatBytes } from '../../../../shared/domain/file-size';
import { ApiError } from '../../platform/api';
import { uploadFile } from '../../platform/files';

/** One file on its way in: uploading (browser mode), ready to register, or refused. */
export interface PendingFile {
  key: string;
  name: string;
  size: number;
  state: 'uploading' | 'ready' | 'failed';
  loaded: number;
  token: string | null;
  sha256: string | null;
  error: string | null;
  kind: AttachmentKind;
  description: string;
}

let counter = 0;
const nextKey = () => `pending-${(counter += 1)}`;

/**
 * The files of one "Add files" (or "New version") round. Uploads start as soon as files are chosen,
 * so the bytes stream while the officer types their descriptions.
 */
export function useStagedFiles(limit: number, defaults: { kind: AttachmentKind; description: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<PendingFile[]>([]);
  const uploads = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, patch: Partial<PendingFile>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const messageOf = useCallback(
    (name: string, error: unknown) => {
      if (error instanceof ApiError && error.issues.some((i) => i.message === 'validation.attachment.tooLarge')) {
        return t('attachments.tooLarge', { name, limit: formatBytes(limit) });
      }
      return t('attachments.failed', { name, message: error instanceof Error ? error.message : String(error) });
    },
    [limit, t],
  );

  const base = (name: string, size: number, preset = defaults): PendingFile => ({
    key: nextKey(),
    name,
    size,
    state: 'uploading',
    loaded: 0,
    token: null,
    sha256: null,
    error: null,
    ...preset,
  });

  const addBrowserFiles = (files: File[]) => {
    const added = files.map((file) => ({ file, item: base(file.name, file.size) }));
    setItems((current) => [...current, ...added.map((a) => a.item)]);
    for (const { file, item } of added) {
      // A file known to be too large is refused here, before a single byte is sent.
      if (file.size > limit) {
        update(item.key, {
          state: 'failed',
          error: t('attachments.tooLarge', { name: file.name, limit: formatBytes(limit) }),
        });
        continue;
      }
      const controller = new AbortController();
      uploads.current.set(item.key, controller);
      uploadFile(file, {
        onProgress: (progress) => update(item.key, { loaded: progress.loaded }),
        signal: controller.signal,
      })
        .then((staged) =>
          update(item.key, { state: 'ready', token: staged.token, sha256: staged.sha256, loaded: staged.size }),
        )
        .catch((error: unknown) => {
          if (!controller.signal.aborted) update(item.key, { state: 'failed', error: messageOf(file.name, error) });
        })
        .finally(() => uploads.current.delete(item.key));
    }
  };

  /** `preset` overrides the defaults when files arrive in the same event that chose them (a new version). */
  const addStaged = (files: StagedFile[], preset = defaults) => {
    setItems((current) => [
      ...current,
      ...files.map((file) => ({ ...base(file.name, file.size, preset), state: 'ready' as const, token: file.token })),
    ]);
  };

  const fail = (name: string, error: unknown) =>
    setItems((current) => [...current, { ...base(name, 0), state: 'failed', error: messageOf(name, error) }]);

  const remove = (key: string) => {
    uploads.current.get(key)?.abort();
    setItems((current) => current.filter((item) => item.key !== key));
  };

  const clear = useCallback(() => {
    for (const controller of uploads.current.values()) controller.abort();
    uploads.current.clear();
    setItems([]);
  }, []);

  useEffect(() => clear, [clear]);

  return { items, update, addBrowserFiles, addStaged, fail, remove, clear };
}
