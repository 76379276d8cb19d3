import { Anchor, Badge, Button, Center, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';
import { MoveModal } from './move-modal';

/** Where the person has worked, newest first; a move keeps the old rows (and the person's requests). */
export function AffiliationHistory({
  contactId,
  contactName,
  currentOrganisation,
}: {
  contactId: number;
  contactName: string;
  currentOrganisation: string;
}) {
  const { t } = useTranslation();
  const history = useApiQuery('affiliation:list', { contactId });
  const [moving, move] = useDisclosure(false);
  const items = history.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-history">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="contact-history">
          {t('directory.history.heading')}
        </Title>
        <Button size="xs" variant="default" leftSection={<IconArrowsExchange size={14} />} onClick={move.open}>
          {t('directory.move.button')}
        </Button>
      </Group>
      <ApiErrorAlert error={history.error} />
      {history.isPending ? (
        <Center h={60}>
          <Loader size="sm" />
        </Center>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('directory.history.empty')}
        </Text>
      ) : (
        <Table fz="sm" aria-label={t('directory.history.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.fields.organisation')}</Table.Th>
              <Table.Th>{t('directory.history.title')}</Table.Th>
              <Table.Th>{t('directory.history.from')}</Table.Th>
              <Table.Th>{t('directory.history.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/organisations/${a.organisationId}`} size="sm">
                    {a.organisationName}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({a.organisationCountry})
                  </Text>
                  {a.current && (
                    <Badge size="xs" variant="light" color="green" ml={6}>
                      {t('directory.history.current')}
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
      <MoveModal
        opened={moving}
        onClose={move.close}
        contactId={contactId}
        contactName={contactName}
        currentOrganisation={currentOrganisation}
      />
    </Paper>
  );
}
