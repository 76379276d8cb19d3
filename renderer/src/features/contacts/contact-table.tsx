import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Contact } from '../../../../shared/contract/contacts';
import { SortHeader } from '../../components/sort-header';
import { VirtualTable, type VirtualTableProps } from '../../components/virtual-table';
import { countryName } from '../../lib/countries';
import { LastVerified } from './last-verified';
import type { ContactFilters, ContactSort } from './use-contact-filters';
import { phoneForDisplay } from '../../../../shared/domain/phone-display';

export function ContactTable({
  items,
  filters,
  onSort,
  today,
  maxHeight,
  rowCount,
  onEndReached,
  loadingMore,
}: {
  items: Contact[];
  filters: ContactFilters;
  onSort: (sortBy: ContactSort, sortDir: 'asc' | 'desc') => void;
  today: string;
} & Pick<VirtualTableProps<Contact>, 'maxHeight' | 'rowCount' | 'onEndReached' | 'loadingMore'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sort = { sortBy: filters.sortBy, sortDir: filters.sortDir, onSort };
  const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
  return (
    <VirtualTable
      items={items}
      rowKey={(contact) => contact.id}
      label={t('contacts.list.title')}
      maxHeight={maxHeight}
      rowCount={rowCount}
      onEndReached={onEndReached}
      loadingMore={loadingMore}
      onOpen={(contact) => void navigate(`/contacts/${contact.id}`)}
      dimmed={(contact) => contact.archived}
      minWidth={1060}
      widths={[undefined, 115, 150, 88, 140, 118, 78, 100, 100]}
      head={
        <>
          <SortHeader column="name" {...sort}>
            {t('contacts.fields.name')}
          </SortHeader>
          <SortHeader column="kind" {...sort}>
            {t('contacts.fields.kind')}
          </SortHeader>
          <SortHeader column="organisation" {...sort}>
            {t('contacts.fields.organisation')}
          </SortHeader>
          <SortHeader column="country" {...sort}>
            {t('contacts.fields.country')}
          </SortHeader>
          <Table.Th>{t('contacts.list.email')}</Table.Th>
          <Table.Th>{t('contacts.list.phone')}</Table.Th>
          <Table.Th>{t('contacts.list.languages')}</Table.Th>
          <SortHeader column="lastVerifiedOn" {...sort}>
            {t('contacts.list.verified')}
          </SortHeader>
          <Table.Th ta="right">{t('contacts.list.requests')}</Table.Th>
        </>
      }
      cells={(contact) => (
        <>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Anchor
                component={Link}
                to={`/contacts/${contact.id}`}
                size="sm"
                fw={500}
                style={nowrap}
                title={contact.name}
                tabIndex={-1}
              >
                {contact.name}
              </Anchor>
              {contact.archived && (
                <Badge size="xs" color="gray" variant="light" style={{ minWidth: 'max-content' }}>
                  {t('common.archived')}
                </Badge>
              )}
            </Group>
            {contact.title && (
              <Text size="xs" c="dimmed" style={nowrap}>
                {contact.title}
              </Text>
            )}
          </Table.Td>
          <Table.Td style={nowrap} title={t(`domain.contactKind.${contact.kind}`)}>
            {t(`domain.contactKind.${contact.kind}`)}
          </Table.Td>
          <Table.Td style={nowrap} title={contact.organisation}>
            {contact.organisation || t('common.none')}
          </Table.Td>
          <Table.Td style={nowrap} title={countryName(contact.country)}>
            {contact.country}
          </Table.Td>
          <Table.Td style={nowrap}>
            {contact.emails[0] ? (
              <Anchor href={`mailto:${contact.emails[0]}`} size="sm" title={contact.emails[0]} tabIndex={-1}>
                {contact.emails[0]}
              </Anchor>
            ) : (
              t('common.none')
            )}
          </Table.Td>
          <Table.Td style={nowrap}>
            {contact.phones[0] ? phoneForDisplay(contact.phones[0]) : t('common.none')}
          </Table.Td>
          <Table.Td style={nowrap}>
            {contact.languages.length > 0 ? contact.languages.join(', ') : t('common.none')}
          </Table.Td>
          <Table.Td style={nowrap}>
            <LastVerified date={contact.lastVerifiedOn} today={today} />
          </Table.Td>
          <Table.Td ta="right">{contact.requestCount}</Table.Td>
        </>
      )}
    />
  );
}
