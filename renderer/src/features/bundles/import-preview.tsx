import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconShieldCheck, IconShieldQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportPreview as Preview } from '../../../../shared/contract/bundles';
import { formatBytes } from '../../../../shared/domain/file-size';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { call, useApiMutation } from '../../platform/api';
import { ConflictList, type Choices } from './conflict-list';

const ACTION_COLOR = { create: 'green', update: 'blue', conflict: 'orange', unchanged: 'gray', keep: 'gray' } as const;

function ActionBadge({ action }: { action: keyof typeof ACTION_COLOR }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={ACTION_COLOR[action]}>
      {t(`bundles.action.${action}`)}
    </Badge>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** What the import will do, record by record, before anything is written; then the officer confirms. */
export function ImportPreview({ preview, onDone }: { preview: Preview; onDone: () => void }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const [choices, setChoices] = useState<Choices>({});
  const [vouch, setVouch] = useState(false);
  const importing = useApiMutation('bundle:import');
  const conflicts = preview.records.filter((r) => r.action === 'conflict');
  const open = conflicts.reduce((n, r) => n + r.conflicts.filter((c) => !choices[r.uuid]?.[c.field]).length, 0);
  const count = (action: string) => preview.records.filter((r) => r.action === action).length;
  const changing = preview.records.filter(
    (r) => r.action !== 'unchanged' && r.action !== 'keep' && r.action !== 'conflict',
  );
  const trusted = preview.signer.trusted;

  const discard = () => {
    void call('bundle:discard', { sessionId: preview.sessionId });
    onDone();
  };

  if (importing.data) {
    const r = importing.data;
    return (
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Alert color="green" icon={<IconCircleCheck size={18} />} title={t('bundles.result.title')}>
            {t('bundles.result.body', {
              created: r.created,
              updated: r.updated,
              merged: r.merged,
              leftAlone: r.leftAlone,
            })}
            <br />
            {t('bundles.result.added', {
              steps: r.steps,
              timeline: r.timeline,
              attachments: r.attachments,
              links: r.links,
            })}
          </Alert>
          <Stack gap={4}>
            {r.cases.map((c) => (
              <Group key={c.uuid} gap="xs">
                <Anchor component={Link} to={`/cases/${c.id}`} ff="monospace">
                  {c.reference}
                </Anchor>
                <Text size="sm">{preview.cases.find((p) => p.uuid === c.uuid)?.title}</Text>
              </Group>
            ))}
          </Stack>
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('bundles.result.another')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('bundles.preview.title', { file: preview.fileName })}
          </Title>
          {preview.encrypted && <Badge variant="outline">{t('bundles.export.encrypted')}</Badge>}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Fact label={t('bundles.preview.from')}>
            {preview.office}
            {preview.officer ? ` — ${preview.officer}` : ''}
          </Fact>
          <Fact label={t('bundles.preview.created')}>
            {formatInstant(preview.createdAt, timeZone)} ({timeZone})
          </Fact>
          <Fact label={t('bundles.preview.size')}>{formatBytes(preview.size)}</Fact>
          <Fact label={t('bundles.preview.version')}>Legat {preview.appVersion}</Fact>
        </SimpleGrid>
        <Fact label={t('bundles.sha256')}>
          <Code>{preview.bundleSha256}</Code>
        </Fact>
        {trusted ? (
          <Alert
            color={preview.signer.own ? 'blue' : 'green'}
            icon={<IconShieldCheck size={18} />}
            title={t(preview.signer.own ? 'bundles.signer.own' : 'bundles.signer.trusted')}
          >
            {t('bundles.signer.verified')} <Code>{preview.signer.fingerprint}</Code>
          </Alert>
        ) : (
          <Alert color="yellow" icon={<IconShieldQuestion size={18} />} title={t('bundles.signer.unknown')}>
            <Stack gap="xs">
              <Text size="sm">{t('bundles.signer.unknownBody', { office: preview.office })}</Text>
              <Code block fz="md">
                {preview.signer.fingerprint}
              </Code>
              <Checkbox
                label={t('bundles.signer.vouch')}
                checked={vouch}
                onChange={(e) => setVouch(e.currentTarget.checked)}
              />
            </Stack>
          </Alert>
        )}
        <Table withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bundles.preview.reference')}</Table.Th>
              <Table.Th>{t('bundles.preview.caseTitle')}</Table.Th>
              <Table.Th>{t('bundles.preview.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.cases.map((c) => (
              <Table.Tr key={c.uuid}>
                <Table.Td ff="monospace">{c.reference}</Table.Td>
                <Table.Td>
                  {c.title}
                  {c.referenceTaken && (
                    <Text size="xs" c="orange">
                      {t('bundles.preview.referenceTaken')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ActionBadge action={c.action} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="lg">
          <Text size="sm">
            {t('bundles.preview.counts', {
              create: count('create'),
              update: count('update'),
              conflict: count('conflict'),
              left: count('unchanged') + count('keep'),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('bundles.preview.additions', {
              steps: preview.additions.steps,
              timeline: preview.additions.timeline,
              attachments: preview.additions.attachments,
              size: formatBytes(preview.additions.attachmentBytes),
              links: preview.additions.links,
            })}
          </Text>
        </Group>
        {changing.length > 0 && (
          <Table withTableBorder verticalSpacing={2} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('bundles.preview.record')}</Table.Th>
                <Table.Th>{t('bundles.preview.label')}</Table.Th>
                <Table.Th w={150}>{t('bundles.preview.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changing.map((r) => (
                <Table.Tr key={r.uuid}>
                  <Table.Td>{t(`bundles.entity.${r.entity}`)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.label}</Table.Td>
                  <Table.Td>
                    <ActionBadge action={r.action} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {conflicts.length > 0 && <ConflictList records={conflicts} choices={choices} onChange={setChoices} />}
        <ApiErrorAlert error={importing.error} />
        <Group justify="flex-end">
          {open > 0 && (
            <Text size="sm" c="orange">
              {t('bundles.preview.open', { count: open })}
            </Text>
          )}
          <Button variant="default" onClick={discard} disabled={importing.isPending}>
            {t('bundles.preview.discard')}
          </Button>
          <Button
            onClick={() => importing.mutate({ sessionId: preview.sessionId, choices, trustSigner: !trusted && vouch })}
            disabled={open > 0 || (!trusted && !vouch)}
            loading={importing.isPending}
          >
            {t('bundles.preview.import')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
