import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation, useApiQuery } from '../../platform/api';

/** The publishers whose knowledge packs this office accepts. */
export function PublisherKeysCard() {
  const { t } = useTranslation();
  const list = useApiQuery('publisher:list', {});
  const add = useApiMutation('publisher:add');
  const remove = useApiMutation('publisher:remove');
  const [name, setName] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const keys = list.data?.keys ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="publisher-keys-heading">
      <Title order={2} size="h4" id="publisher-keys-heading">
        {t('knowledge.keys.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('knowledge.keys.intro')}
      </Text>
      {keys.length === 0 ? (
        <Text size="sm">{t('knowledge.keys.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.keys.name')}</Table.Th>
              <Table.Th>{t('knowledge.keys.fingerprint')}</Table.Th>
              <Table.Th>{t('knowledge.keys.added')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((key) => (
              <Table.Tr key={key.fingerprint}>
                <Table.Td>{key.name}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="xs">
                    {key.fingerprint}
                  </Text>
                </Table.Td>
                <Table.Td>{key.addedAt.slice(0, 10)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => remove.mutate({ fingerprint: key.fingerprint })}
                    aria-label={`${t('knowledge.keys.remove')}: ${key.name}`}
                  >
                    {t('knowledge.keys.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs" mt="sm">
        <Group align="flex-end" grow>
          <TextInput label={t('knowledge.keys.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput
            label={t('knowledge.keys.publicKey')}
            value={publicKey}
            onChange={(e) => setPublicKey(e.currentTarget.value)}
          />
        </Group>
        <Group>
          <Button
            size="sm"
            variant="default"
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { name, publicKey },
                {
                  onSuccess: () => {
                    setName('');
                    setPublicKey('');
                  },
                },
              )
            }
          >
            {t('knowledge.keys.add')}
          </Button>
        </Group>
        <ApiErrorAlert error={add.error ?? remove.error} />
      </Stack>
    </Paper>
  );
}
