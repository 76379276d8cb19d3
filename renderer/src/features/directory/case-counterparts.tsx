import { Anchor, Badge, Paper, Table, Text, Title, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiQuery } from '../../platform/api';

/** Who the case deals with abroad: the contacts on its requests, with their organisation. */
export function CaseCounterparts({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const list = useApiQuery('contact:counterparts', { caseId });
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-counterparts">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id="case-counterparts">
          {t('directory.counterparts.heading')}
        </Title>
        <Badge variant="light" color="gray">
          {items.length}
        </Badge>
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('directory.counterparts.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Table fz="sm" striped aria-label={t('directory.counterparts.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.fields.name')}</Table.Th>
              <Table.Th>{t('contacts.fields.organisation')}</Table.Th>
              <Table.Th>{t('contacts.fields.country')}</Table.Th>
              <Table.Th>{t('directory.counterparts.requests')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.contactId}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${c.contactId}`} size="sm">
                    {c.name}
                  </Anchor>
                  {c.archived && (
                    <Badge size="xs" color="gray" variant="light" ml={6}>
                      {t('common.archived')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {c.organisationId !== null ? (
                    <Anchor component={Link} to={`/organisations/${c.organisationId}`} size="sm">
                      {c.organisation}
                    </Anchor>
                  ) : (
                    c.organisation || t('common.none')
                  )}
                </Table.Td>
                <Table.Td>{c.country}</Table.Td>
                <Table.Td>
                  {c.requests.map((r, i) => (
                    <span key={r.id}>
                      {i > 0 && ', '}
                      <Anchor component={Link} to={`/requests/${r.id}`} size="sm">
                        {r.title}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        ({t(`domain.contactRole.${r.role}`, { defaultValue: r.role })})
                      </Text>
                    </span>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
