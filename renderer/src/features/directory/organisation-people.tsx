import { Anchor, Badge, Center, Loader, Paper, SegmentedControl, Table, Text, Title, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';

/** The organisation's people: those there now, or those who were and have moved on. */
export function OrganisationPeople({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const [show, setShow] = useState<'current' | 'former'>('current');
  const people = useApiQuery('organisation:people', { organisationId, current: show === 'current', limit: 200 });
  const items = people.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="organisation-people">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="organisation-people">
          {t('directory.people.heading')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('directory.people.show')}
          value={show}
          onChange={(value) => setShow(value)}
          data={[
            { value: 'current', label: t('directory.people.current') },
            { value: 'former', label: t('directory.people.former') },
          ]}
        />
      </Group>
      <ApiErrorAlert error={people.error} />
      {people.isPending ? (
        <Center h={60}>
          <Loader size="sm" />
        </Center>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(show === 'current' ? 'directory.people.noneCurrent' : 'directory.people.noneFormer')}
        </Text>
      ) : (
        <Table striped fz="sm" aria-label={t('directory.people.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.fields.name')}</Table.Th>
              <Table.Th>{t('directory.history.title')}</Table.Th>
              <Table.Th>{t('directory.history.from')}</Table.Th>
              <Table.Th>{t('directory.history.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${a.contactId}`} size="sm">
                    {a.contactName}
                  </Anchor>
                  {a.contactArchived && (
                    <Badge size="xs" color="gray" variant="light" ml={6}>
                      {t('common.archived')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{a.title || t('common.none')}</Table.Td>
                <Table.Td>{a.fromOn ? formatDate(a.fromOn) : t('directory.history.unknown')}</Table.Td>
                <Table.Td>{a.toOn ? formatDate(a.toOn) : t('directory.history.now')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
