import { Anchor, Badge, Center, Loader, Paper, Table, Text, Title, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Pager } from '../../components/pager';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../platform/api';

const PAGE_SIZE = 25;

export function ContactRequests({ contactId }: { contactId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useApiQuery('request:list', {
    contactId,
    state: 'all',
    page,
    pageSize: PAGE_SIZE,
    sortBy: 'updatedAt',
    sortDir: 'desc',
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-requests">
      <Group gap="xs" mb="xs">
        <Title order={4} id="contact-requests">
          {t('contacts.requests.heading')}
        </Title>
        {list.data && (
          <Badge variant="light" color="gray">
            {list.data.total}
          </Badge>
        )}
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.isPending && (
        <Center h={80}>
          <Loader size="sm" />
        </Center>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.requests.empty')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.requests.case')}</Table.Th>
                  <Table.Th>{t('contacts.requests.request')}</Table.Th>
                  <Table.Th>{t('contacts.requests.channel')}</Table.Th>
                  <Table.Th>{t('contacts.requests.status')}</Table.Th>
                  <Table.Th>{t('contacts.requests.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((request) => (
                  <Table.Tr key={request.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor
                        component={Link}
                        to={`/cases/${request.caseId}`}
                        size="sm"
                        ff="monospace"
                        title={request.caseTitle}
                      >
                        {request.caseReference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/requests/${request.id}`} size="sm">
                        {request.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td title={t(`domain.channel.${request.channel}`)}>
                      {t(`domain.channelShort.${request.channel}`)}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        size="sm"
                        variant={request.finished ? 'outline' : 'light'}
                        color={request.finished ? 'gray' : 'indigo'}
                        tt="none"
                        style={{ minWidth: 'max-content' }}
                      >
                        {t(`domain.status.${request.status}`, { defaultValue: request.status })}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {request.dueOn ? formatDate(request.dueOn) : t('common.none')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
        </>
      )}
    </Paper>
  );
}
