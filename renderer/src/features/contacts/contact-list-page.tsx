import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ListCount } from '../../components/list-count';
import { LoadingMore } from '../../components/loading-more';
import { useOffice } from '../../lib/office-context';
import { useShortcuts } from '../../lib/use-shortcuts';
import { useKeysetList } from '../../platform/use-keyset-list';
import { useVcardExport } from '../directory/use-vcard-export';
import { VcardImportModal } from '../directory/vcard-import-modal';
import { ContactFilterBar } from './contact-filter-bar';
import { ContactFormModal } from '../directory/contact-form-modal';
import { ContactTable } from './contact-table';
import { todayIn } from '../../forms/use-today';
import { useContactFilters } from './use-contact-filters';

export function ContactListPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const [creating, { open, close }] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);
  const vcard = useVcardExport();
  const { filters, update, reset, filtered } = useContactFilters();
  useShortcuts([['alt+n', open]]);
  const list = useKeysetList('contact:list', { ...filters, limit: 100 });

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('contacts.list.title')}
          </Title>
          <ListCount total={list.total} keyPrefix="contacts.list" />
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={importer.open}>
            {t('directory.vcard.import')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={vcard.pending}
            disabled={list.items.length === 0}
            onClick={() => vcard.run({ scope: 'list', filter: filters })}
          >
            {t('directory.vcard.exportList')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={open} title={t('contacts.list.newHint')}>
            {t('contacts.list.new')}
          </Button>
        </Group>
      </Group>
      <ContactFilterBar filters={filters} update={update} reset={reset} filtered={filtered} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <Center h={160}>
          <Loader />
        </Center>
      ) : list.items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed" ta="center">
            {filtered ? t('common.noMatch') : t('contacts.list.empty')}
          </Text>
        </Paper>
      ) : (
        <ContactTable
          items={list.items}
          filters={filters}
          onSort={(sortBy, sortDir) => update({ sortBy, sortDir })}
          today={todayIn(office.timeZone)}
          maxHeight="calc(100dvh - 250px)"
          rowCount={list.total?.atLeast ? undefined : list.total?.count}
          onEndReached={list.loadMore}
          loadingMore={<LoadingMore active={list.loadingMore} />}
        />
      )}
      <ContactFormModal opened={creating} onClose={close} />
      <VcardImportModal opened={importing} onClose={importer.close} />
    </Stack>
  );
}
