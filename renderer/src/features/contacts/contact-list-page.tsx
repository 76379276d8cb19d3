import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { useOffice } from '../../lib/office-context';
import { useApiQuery } from '../../platform/api';
import { ContactFilterBar } from './contact-filter-bar';
import { ContactFormModal } from './contact-form-modal';
import { ContactTable } from './contact-table';
import { todayIn } from './contact-values';
import { useContactFilters } from './use-contact-filters';

const PAGE_SIZE = 50;

export function ContactListPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const [creating, { open, close }] = useDisclosure(false);
  const { filters, update, reset, filtered } = useContactFilters();
  useHotkeys([['alt+n', open]]);
  const list = useApiQuery(
    'contact:list',
    { ...filters, pageSize: PAGE_SIZE },
    { placeholderData: (previous) => previous },
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('contacts.list.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={open} title={t('contacts.list.newHint')}>
          {t('contacts.list.new')}
        </Button>
      </Group>
      <ContactFilterBar filters={filters} update={update} reset={reset} filtered={filtered} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <Center h={160}>
          <Loader />
        </Center>
      ) : list.data && list.data.items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed" ta="center">
            {filtered ? t('common.noMatch') : t('contacts.list.empty')}
          </Text>
        </Paper>
      ) : list.data ? (
        <Paper withBorder>
          <ContactTable
            items={list.data.items}
            filters={filters}
            onSort={(sortBy, sortDir) => update({ sortBy, sortDir })}
            today={todayIn(office.timeZone)}
          />
        </Paper>
      ) : null}
      {list.data && (
        <Pager
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => update({ page })}
        />
      )}
      <ContactFormModal opened={creating} onClose={close} />
    </Stack>
  );
}
