import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../../../shared/contract/contacts';
import { SortHeader } from '../../components/sort-header';
import { countryName } from '../../lib/countries';
import { LastVerified } from './last-verified';
import type { ContactFilters, ContactSort } from './use-contact-filters';

export function ContactTable({
  items,
  filters,
  onSort,
  today,
}: {
  items: Contact[];
  filters: ContactFilters;
  onSort: (sortBy: ContactSort, sortDir: 'asc' | 'desc') => void;
  today: string;
}) {
  const { t } = useTranslation();
  const sort = { sortBy: filters.sortBy, sortDir: filters.sortDir, onSort };
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover fz="sm" horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((contact) => (
            <Table.Tr key={contact.id} c={contact.archived ? 'dimmed' : undefined}>
              <Table.Td miw={200}>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm" fw={500}>
                    {contact.name}
                  </Anchor>
                  {contact.archived && (
                    <Badge size="xs" color="gray" variant="light" style={{ minWidth: 'max-content' }}>
                      {t('common.archived')}
                    </Badge>
                  )}
                </Group>
                {contact.title && (
                  <Text size="xs" c="dimmed">
                    {contact.title}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`domain.contactKind.${contact.kind}`)}</Table.Td>
              <Table.Td maw={200}>
                <Text size="sm" lineClamp={2} title={contact.organisation}>
                  {contact.organisation || t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>{countryName(contact.country)}</Table.Td>
              <Table.Td>
                {contact.emails[0] ? (
                  <Anchor
                    href={`mailto:${contact.emails[0]}`}
                    size="sm"
                    truncate="end"
                    maw={150}
                    display="block"
                    title={contact.emails[0]}
                  >
                    {contact.emails[0]}
                  </Anchor>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{contact.phones[0] ?? t('common.none')}</Table.Td>
              <Table.Td>{contact.languages.length > 0 ? contact.languages.join(', ') : t('common.none')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <LastVerified date={contact.lastVerifiedOn} today={today} />
              </Table.Td>
              <Table.Td ta="right">{contact.requestCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
