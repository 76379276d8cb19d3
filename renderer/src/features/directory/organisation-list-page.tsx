import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Organisation } from '../../../../shared/contract/directory';
import { ORGANISATION_KINDS } from '../../../../shared/domain/directory';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { CountrySelect } from '../../components/country-select';
import { ListCount } from '../../components/list-count';
import { LoadingMore } from '../../components/loading-more';
import { SortHeader } from '../../components/sort-header';
import { VirtualTable } from '../../components/virtual-table';
import { countryName } from '../../lib/countries';
import { useKeysetList } from '../../platform/use-keyset-list';
import { OrganisationFormModal } from './organisation-form-modal';
import { useOrganisationFilters } from './use-organisation-filters';

export function OrganisationListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const { filters, update, reset, filtered } = useOrganisationFilters();
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((value: string) => update({ q: value }), 300);
  const list = useKeysetList('organisation:list', { ...filters, limit: 100 });
  const sort = {
    sortBy: filters.sortBy,
    sortDir: filters.sortDir,
    onSort: (sortBy: typeof filters.sortBy, sortDir: 'asc' | 'desc') => update({ sortBy, sortDir }),
  };
  const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('directory.organisations.title')}
          </Title>
          <ListCount total={list.total} keyPrefix="directory.organisations" />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          {t('directory.organisations.new')}
        </Button>
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('directory.organisations.search')}
          placeholder={t('directory.organisations.searchPlaceholder')}
          leftSection={<IconSearch size={14} />}
          w={230}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            pushQ(event.currentTarget.value);
          }}
        />
        <MultiSelect
          label={t('directory.organisations.kinds')}
          placeholder={filters.kinds.length === 0 ? t('directory.organisations.anyKind') : undefined}
          data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`directory.kind.${kind}`) }))}
          w={230}
          clearable
          value={filters.kinds}
          onChange={(value) => update({ kinds: value })}
        />
        <CountrySelect
          label={t('contacts.filters.country')}
          placeholder={t('contacts.filters.anyCountry')}
          w={200}
          clearable
          value={filters.country}
          onChange={(value) => update({ country: value })}
        />
        <SegmentedControl
          aria-label={t('contacts.filters.show')}
          data={(['active', 'archived', 'all'] as const).map((value) => ({ value, label: t(`common.show.${value}`) }))}
          value={filters.archived}
          onChange={(value) => update({ archived: value })}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              reset();
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <Center h={160}>
          <Loader />
        </Center>
      ) : list.items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed" ta="center">
            {filtered ? t('common.noMatch') : t('directory.organisations.empty')}
          </Text>
        </Paper>
      ) : (
        <VirtualTable<Organisation>
          items={list.items}
          rowKey={(org) => org.id}
          label={t('directory.organisations.title')}
          maxHeight="calc(100dvh - 250px)"
          rowCount={list.total?.atLeast ? undefined : list.total?.count}
          onEndReached={list.loadMore}
          loadingMore={<LoadingMore active={list.loadingMore} />}
          onOpen={(org) => void navigate(`/organisations/${org.id}`)}
          dimmed={(org) => org.archived}
          minWidth={900}
          widths={[undefined, 220, 180, 220, 112]}
          head={
            <>
              <SortHeader column="name" {...sort}>
                {t('directory.fields.name')}
              </SortHeader>
              <SortHeader column="kind" {...sort}>
                {t('directory.fields.kind')}
              </SortHeader>
              <SortHeader column="country" {...sort}>
                {t('directory.fields.country')}
              </SortHeader>
              <Table.Th>{t('directory.fields.switchboard')}</Table.Th>
              <SortHeader column="peopleCount" {...sort}>
                {t('directory.fields.people')}
              </SortHeader>
            </>
          }
          cells={(org) => (
            <>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={`/organisations/${org.id}`}
                    size="sm"
                    fw={500}
                    style={nowrap}
                    title={org.name}
                    tabIndex={-1}
                  >
                    {org.name}
                  </Anchor>
                  {org.archived && (
                    <Badge size="xs" color="gray" variant="light" style={{ minWidth: 'max-content' }}>
                      {t('common.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td style={nowrap} title={t(`directory.kind.${org.kind}`)}>
                {t(`directory.kind.${org.kind}`)}
              </Table.Td>
              <Table.Td style={nowrap} title={countryName(org.country)}>
                {countryName(org.country)} ({org.country})
              </Table.Td>
              <Table.Td style={nowrap}>{org.phones[0] ?? org.emails[0] ?? t('common.none')}</Table.Td>
              <Table.Td ta="right">{org.peopleCount}</Table.Td>
            </>
          )}
        />
      )}
      <OrganisationFormModal
        opened={creating}
        onClose={close}
        onSaved={(org) => void navigate(`/organisations/${org.id}`)}
      />
    </Stack>
  );
}
