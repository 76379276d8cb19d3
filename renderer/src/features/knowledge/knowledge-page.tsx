import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiQuery } from '../../platform/api';
import { CountriesTab } from './countries-tab';
import { FactEditModal, type FactTarget } from './fact-edit-modal';
import { ImportPackModal } from './import-pack-modal';
import { ProvidersTab, TreatiesTab } from './entity-tabs';

export function KnowledgePage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('treaty');
  const [editing, setEditing] = useState<FactTarget | null>(null);
  const [importing, importModal] = useDisclosure(false);
  const info = useApiQuery('knowledge:list', { kind: 'provider' });
  const pack = info.data?.pack;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('knowledge.title')}
        </Title>
        <Button variant="default" onClick={importModal.open}>
          {t('knowledge.import.open')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('knowledge.intro')}
      </Text>
      {pack && (
        <Text size="sm">
          {t('knowledge.pack', {
            id: pack.id,
            version: pack.version,
            publisher: pack.publisher,
            asOf: pack.asOf,
            origin: t(`knowledge.origin.${pack.origin}`),
            facts: pack.factCount,
            local: pack.localCount,
          })}
        </Text>
      )}
      <ApiErrorAlert error={info.error} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="country">{t('knowledge.tabs.country')}</Tabs.Tab>
          <Tabs.Tab value="treaty">{t('knowledge.tabs.treaty')}</Tabs.Tab>
          <Tabs.Tab value="provider">{t('knowledge.tabs.provider')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="country" pt="md">
          <CountriesTab onEdit={setEditing} />
        </Tabs.Panel>
        <Tabs.Panel value="treaty" pt="md">
          <TreatiesTab onEdit={setEditing} />
        </Tabs.Panel>
        <Tabs.Panel value="provider" pt="md">
          <ProvidersTab onEdit={setEditing} />
        </Tabs.Panel>
      </Tabs>
      <FactEditModal target={editing} onClose={() => setEditing(null)} />
      <ImportPackModal opened={importing} onClose={importModal.close} />
    </Stack>
  );
}
