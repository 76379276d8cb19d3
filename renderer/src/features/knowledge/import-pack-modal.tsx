import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/knowledge';
import { fieldSpec } from '../../../../shared/domain/knowledge/fields';
import { useApiMutation } from '../../platform/api';
import { formatValue } from './fact-format';

interface Upload {
  pack: string;
  signature: string;
}

/** Reads the pack and its detached signature, shows what would change, and imports only on confirmation. */
export function ImportPackModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const inspect = useApiMutation('knowledge:inspect');
  const importPack = useApiMutation('knowledge:import');
  const [files, setFiles] = useState<File[]>([]);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, 'local' | 'pack'>>({});
  const preview: ImportPreview | undefined = upload ? inspect.data : undefined;

  const close = () => {
    setFiles([]);
    setUpload(null);
    setProblem(null);
    setChoices({});
    inspect.reset();
    importPack.reset();
    onClose();
  };
  const check = async () => {
    const pack = files.find((f) => !f.name.endsWith('.sig'));
    const sig = files.find((f) => f.name.endsWith('.sig'));
    if (!pack || !sig) {
      setProblem(t('knowledge.import.needBoth'));
      return;
    }
    setProblem(null);
    const next = { pack: await pack.text(), signature: await sig.text() };
    setUpload(next);
    inspect.mutate(next);
  };
  const error = inspect.error ?? importPack.error;
  return (
    <Modal opened={opened} onClose={close} title={t('knowledge.import.title')} size="xl">
      <Stack gap="sm">
        <FileInput
          label={t('knowledge.import.files')}
          description={t('knowledge.import.filesHint')}
          multiple
          accept=".json,.sig"
          value={files}
          onChange={(f) => {
            setFiles(f);
            setUpload(null);
          }}
        />
        <Group>
          <Button onClick={() => void check()} loading={inspect.isPending} disabled={files.length === 0}>
            {t('knowledge.import.inspect')}
          </Button>
        </Group>
        {problem && <Alert color="red">{problem}</Alert>}
        {error && (
          <Alert color="red" role="alert" title={t(`errors.${error.code}`)}>
            {error.message}
          </Alert>
        )}
        {importPack.data && (
          <Alert color="green">
            {t('knowledge.import.done', {
              version: importPack.data.version,
              kept: importPack.data.keptLocal,
              took: importPack.data.tookPack,
            })}
          </Alert>
        )}
        {preview && !importPack.data && (
          <>
            <Text size="sm">{t('knowledge.import.signedBy', preview.signer)}</Text>
            <Text size="sm">
              {t('knowledge.import.version', {
                version: preview.version,
                current: preview.currentVersion,
                published: preview.publishedOn,
                asOf: preview.asOf,
              })}
            </Text>
            <Text size="sm" fw={600}>
              {t('knowledge.import.counts', preview.counts)}
            </Text>
            {preview.truncated && <Text size="xs">{t('knowledge.import.truncated')}</Text>}
            <ScrollArea.Autosize mah={360}>
              <Table striped>
                <Table.Tbody>
                  {preview.changes.map((change) => {
                    const spec = fieldSpec(change.kind, change.field);
                    return (
                      <Table.Tr key={change.id}>
                        <Table.Td>
                          <Text size="xs" fw={600}>
                            {change.key} · {t(`knowledge.field.${change.field}`)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t(`knowledge.import.change.${change.change}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">
                            {t('knowledge.import.before')}: {formatValue(change.before, spec, t)}
                          </Text>
                          <Text size="xs">
                            {t('knowledge.import.after')}: {formatValue(change.after, spec, t)}
                          </Text>
                          {change.hasLocal && (
                            <Text size="xs" c="grape">
                              {t('knowledge.import.localValue')}: {formatValue(change.local, spec, t)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {change.change === 'conflict' && (
                            <SegmentedControl
                              size="xs"
                              value={choices[change.id] ?? 'local'}
                              onChange={(v) => setChoices((c) => ({ ...c, [change.id]: v }))}
                              data={[
                                { value: 'local', label: t('knowledge.import.keepLocal') },
                                { value: 'pack', label: t('knowledge.import.takePack') },
                              ]}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('knowledge.cancel')}
              </Button>
              <Button
                loading={importPack.isPending}
                onClick={() =>
                  upload &&
                  importPack.mutate({
                    ...upload,
                    decisions: Object.entries(choices).map(([id, choice]) => ({ id, choice })),
                  })
                }
              >
                {t('knowledge.import.confirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
