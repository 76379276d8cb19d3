import { Anchor, Badge, Button, Center, Loader, Paper, Table, Text, Title, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate, formatNumber } from '../../lib/format';
import { useKeysetList } from '../../platform/use-keyset-list';

export function ContactRequests({ contactId }: { contactId: number }) {
  const { t } = useTranslation();
  // A contact's requests are a short list on its page: more rows on request, not a scrolling window.
  const list = useKeysetList('request:list', {
    contactId,
    state: 'all',
    limit: 25,
    sortBy: 'updatedAt',
    sortDir: 'desc',
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-requests">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id="contact-requests">
          {t('contacts.requests.heading')}
        </Title>
        {list.total && (
          <Badge variant="light" color="gray">
            {formatNumber(list.total.count)}
            {list.total.atLeast ? '+' : ''}
          </Badge>
        )}
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.isPending && (
        <Center h={80}>
          <Loader size="sm" />
        </Center>
      )}
      {!list.isPending && list.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.requests.empty')}
        </Text>
      )}
      {list.items.length > 0 && (
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
                {list.items.map((request) => (
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
          {list.hasMore && (
            <Button variant="subtle" size="xs" mt="xs" loading={list.loadingMore} onClick={list.loadMore}>
              {t('common.loadMore')}
            </Button>
          )}
        </>
      )}
    </Paper>
  );
}
