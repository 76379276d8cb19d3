import {
  ActionIcon,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation, useApiQuery } from '../../platform/api';

/**
 * The office's bundle-signing key (its fingerprint is what a receiving office checks by phone) and
 * the other offices' keys this office trusts.
 */
export function OfficeKeyCard() {
  const { t } = useTranslation();
  const info = useApiQuery('key:info', {});
  const trust = useApiMutation('key:trust');
  const untrust = useApiMutation('key:untrust');
  const [publicKey, setPublicKey] = useState('');
  const [officeName, setOfficeName] = useState('');

  const add = () =>
    trust.mutate(
      { publicKey, officeName, label: '' },
      {
        onSuccess: () => {
          setPublicKey('');
          setOfficeName('');
        },
      },
    );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('bundles.keys.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bundles.keys.intro')}
        </Text>
        {info.data && (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {t('bundles.keys.fingerprint')}
            </Text>
            <Code fz="sm">{info.data.own.fingerprint}</Code>
            <CopyButton value={info.data.own.publicKey}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('bundles.keys.copied') : t('bundles.keys.copyPublic')}>
                  <ActionIcon variant="subtle" onClick={copy} aria-label={t('bundles.keys.copyPublic')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        )}
        <Title order={3} size="h5">
          {t('bundles.keys.trustedTitle')}
        </Title>
        {info.data && info.data.trusted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('bundles.keys.none')}
          </Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bundles.keys.office')}</Table.Th>
                <Table.Th>{t('bundles.keys.fingerprint')}</Table.Th>
                <Table.Th>{t('bundles.keys.since')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {info.data?.trusted.map((k) => (
                <Table.Tr key={k.fingerprint}>
                  <Table.Td>{k.officeName}</Table.Td>
                  <Table.Td>
                    <Code>{k.fingerprint}</Code>
                  </Table.Td>
                  <Table.Td>
                    {k.trustedAt.slice(0, 10)}
                    {k.trustedBy ? ` · ${k.trustedBy}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('bundles.keys.remove', { office: k.officeName })}
                      onClick={() => untrust.mutate({ fingerprint: k.fingerprint })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end">
          <TextInput
            label={t('bundles.keys.addOffice')}
            value={officeName}
            onChange={(e) => setOfficeName(e.currentTarget.value)}
            w={240}
          />
          <TextInput
            label={t('bundles.keys.addKey')}
            description={t('bundles.keys.addKeyHint')}
            value={publicKey}
            onChange={(e) => setPublicKey(e.currentTarget.value)}
            ff="monospace"
            style={{ flex: 1 }}
          />
          <Button variant="default" onClick={add} disabled={!publicKey || !officeName} loading={trust.isPending}>
            {t('bundles.keys.add')}
          </Button>
        </Group>
        <ApiErrorAlert error={trust.error ?? untrust.error} />
      </Stack>
    </Paper>
  );
}
