import { Accordion, Badge, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityView, FactView } from '../../../../shared/contract/knowledge';
import { countryName, countryOptions } from '../../lib/countries';
import { useApiQuery } from '../../platform/api';
import { EntityFacts } from './entity-facts';
import type { FactTarget } from './fact-edit-modal';

const nameOf = (entity: EntityView) => {
  const name = entity.facts.find((f) => f.field === 'name')?.value;
  return typeof name === 'string' ? name : entity.key;
};
const valueOf = (facts: FactView[], field: string) => {
  const value = facts.find((f) => f.field === field)?.value;
  return typeof value === 'string' ? value : '';
};

export function ProvidersTab({ onEdit }: { onEdit: (target: FactTarget) => void }) {
  const list = useApiQuery('knowledge:list', { kind: 'provider' });
  return (
    <Accordion variant="separated" multiple>
      {(list.data?.entities ?? []).map((entity) => (
        <Accordion.Item key={entity.key} value={entity.key}>
          <Accordion.Control>
            <Group gap="xs">
              <Text fw={600}>{nameOf(entity)}</Text>
              {entity.facts.some((f) => f.local) && (
                <Badge size="xs" color="grape">
                  local
                </Badge>
              )}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <EntityFacts kind="provider" entityKey={entity.key} facts={entity.facts} onEdit={onEdit} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function PartiesTable({
  treaty,
  parties,
  onOpen,
}: {
  treaty: string;
  parties: EntityView[];
  onOpen: (iso: string) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <Stack gap="xs" mt="sm">
      <Group>
        <Button size="xs" variant="default" onClick={() => setShown((s) => !s)}>
          {shown ? t('knowledge.hideParties') : t('knowledge.showParties')} ·{' '}
          {t('knowledge.parties', { count: parties.length })}
        </Button>
        <Select
          size="xs"
          aria-label={t('knowledge.addParty')}
          placeholder={t('knowledge.addParty')}
          data={countryOptions()}
          searchable
          value={adding}
          onChange={(iso) => {
            setAdding(null);
            if (iso) onOpen(iso);
          }}
          w={260}
        />
      </Group>
      {shown && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.partyCountry')}</Table.Th>
              <Table.Th>{t('knowledge.field.signed')}</Table.Th>
              <Table.Th>{t('knowledge.field.ratified')}</Table.Th>
              <Table.Th>{t('knowledge.field.inForce')}</Table.Th>
              <Table.Th>{t('knowledge.field.reservations')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((party) => {
              const iso = party.key.slice(treaty.length + 1);
              return (
                <Table.Tr key={party.key}>
                  <Table.Td>
                    {countryName(iso)}{' '}
                    {party.facts.some((f) => f.local) && (
                      <Badge size="xs" color="grape">
                        {t('knowledge.local')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{valueOf(party.facts, 'signed')}</Table.Td>
                  <Table.Td>{valueOf(party.facts, 'ratified')}</Table.Td>
                  <Table.Td>{valueOf(party.facts, 'inForce')}</Table.Td>
                  <Table.Td>{valueOf(party.facts, 'reservations')}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => onOpen(iso)}
                      aria-label={`${t('knowledge.edit')}: ${countryName(iso)}`}
                    >
                      {t('knowledge.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function TreatiesTab({ onEdit }: { onEdit: (target: FactTarget) => void }) {
  const { t } = useTranslation();
  const treaties = useApiQuery('knowledge:list', { kind: 'treaty' });
  const parties = useApiQuery('knowledge:list', { kind: 'treatyParty' });
  const [party, setParty] = useState<{ treaty: string; iso: string } | null>(null);
  const partyKey = party ? `${party.treaty}/${party.iso}` : '';
  const partyEntity = parties.data?.entities.find((e) => e.key === partyKey);
  return (
    <>
      <Accordion variant="separated" multiple>
        {(treaties.data?.entities ?? []).map((entity) => {
          const own = (parties.data?.entities ?? []).filter((p) => p.key.startsWith(`${entity.key}/`));
          const type = valueOf(entity.facts, 'type');
          return (
            <Accordion.Item key={entity.key} value={entity.key}>
              <Accordion.Control>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600}>{nameOf(entity)}</Text>
                  {type && (
                    <Badge size="xs" variant="light">
                      {t(`knowledge.values.${type}`)}
                    </Badge>
                  )}
                  {valueOf(entity.facts, 'inForce') ? (
                    <Badge size="xs" color="green" variant="light">
                      {t('knowledge.field.inForce')} {valueOf(entity.facts, 'inForce')}
                    </Badge>
                  ) : null}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <EntityFacts kind="treaty" entityKey={entity.key} facts={entity.facts} onEdit={onEdit} />
                {type !== 'cloud_act' && type !== 'bilateral_mlat' && (
                  <PartiesTable
                    treaty={entity.key}
                    parties={own}
                    onOpen={(iso) => setParty({ treaty: entity.key, iso })}
                  />
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <Modal
        opened={party !== null}
        onClose={() => setParty(null)}
        size="xl"
        title={party ? t('knowledge.partyTitle', { treaty: party.treaty, country: countryName(party.iso) }) : ''}
      >
        {party && (
          <EntityFacts kind="treatyParty" entityKey={partyKey} facts={partyEntity?.facts ?? []} onEdit={onEdit} />
        )}
      </Modal>
    </>
  );
}
