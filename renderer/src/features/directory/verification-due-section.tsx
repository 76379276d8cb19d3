import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from '../../lib/format';
import { useApiMutation, useApiQuery } from '../../platform/api';

/** Contacts whose details nobody has confirmed for the office's chosen number of months. */
export function VerificationDueSection() {
  const { t } = useTranslation();
  const due = useApiQuery('contact:verificationDue', { limit: 50 });
  const verify = useApiMutation('contact:markVerified');
  const data = due.data;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="reminders-verification">
      <Group gap="xs" mb="xs">
        <IconAddressBook size={18} color="var(--mantine-color-grape-7)" />
        <Title order={2} size="h4" id="reminders-verification">
          {t('directory.verify.heading')}
        </Title>
        {data && (
          <Badge variant="light" color={data.total > 0 ? 'grape' : 'gray'}>
            {data.total}
          </Badge>
        )}
        {data && (
          <Text size="xs" c="dimmed">
            {t('directory.verify.rule', { count: data.months })}
          </Text>
        )}
      </Group>
      <ApiErrorAlert error={due.error ?? verify.error} />
      {data && data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('directory.verify.empty')}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table fz="sm" striped aria-label={t('directory.verify.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.fields.name')}</Table.Th>
              <Table.Th>{t('contacts.fields.organisation')}</Table.Th>
              <Table.Th>{t('directory.verify.last')}</Table.Th>
              <Table.Th w={190} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${item.id}`} size="sm">
                    {item.name}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({item.country})
                  </Text>
                </Table.Td>
                <Table.Td>{item.organisation || t('common.none')}</Table.Td>
                <Table.Td>
                  {item.lastVerifiedOn
                    ? formatDate(item.lastVerifiedOn)
                    : t('directory.verify.never', { date: formatDate(item.since) })}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    loading={verify.isPending && verify.variables?.id === item.id}
                    onClick={() => verify.mutate({ id: item.id })}
                    aria-label={t('directory.verify.markFor', { name: item.name })}
                  >
                    {t('directory.verify.today')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.total > data.items.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('directory.verify.more', { count: data.total - data.items.length })}{' '}
          <Anchor component={Link} to="/contacts?sort=lastVerifiedOn" size="xs">
            {t('directory.verify.seeAll')}
          </Anchor>
        </Text>
      )}
    </Paper>
  );
}
