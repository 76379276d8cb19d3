import { Anchor, Button, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestDetail } from '../../../../shared/contract/requests';
import { CONTACT_ROLES } from '../../../../shared/domain/contacts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation, useApiQuery } from '../../platform/api';

type Role = (typeof CONTACT_ROLES)[number];
interface Option {
  value: string;
  label: string;
}

function LinkContactForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [picked, setPicked] = useState<Option | null>(null);
  const [role, setRole] = useState<Role>('counterpart');
  const link = useApiMutation('request:linkContact');
  // Searching by the picked label would narrow the list to that one contact; search the typed text only.
  const query = picked && search === picked.label ? '' : q;
  const contacts = useApiQuery('contact:list', { q: query, limit: 20, sortBy: 'name' });
  const linked = new Set(request.contacts.map((c) => c.contactId));
  const options: Option[] = (contacts.data?.items ?? [])
    .filter((c) => !linked.has(c.id))
    .map((c) => ({ value: String(c.id), label: c.organisation ? `${c.name} — ${c.organisation}` : c.name }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);

  const submit = () => {
    if (!picked) return;
    link.mutate(
      { requestId: request.id, contactId: Number(picked.value), role },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('requests.contacts.linked', { name: picked.label }) });
          setPicked(null);
          setSearch('');
        },
      },
    );
  };

  return (
    <>
      <Group gap="xs" align="flex-end" mt="sm">
        <Select
          label={t('requests.contacts.contact')}
          placeholder={t('requests.contacts.searchPlaceholder')}
          searchable
          clearable
          data={options}
          filter={({ options: all }) => all}
          searchValue={search}
          onSearchChange={setSearch}
          value={picked?.value ?? null}
          onChange={(value, option) => setPicked(value && option ? { value, label: option.label } : null)}
          nothingFoundMessage={t('requests.contacts.noneFound')}
          size="xs"
          w={340}
        />
        <Select
          label={t('requests.contacts.role')}
          allowDeselect={false}
          data={CONTACT_ROLES.map((r) => ({ value: r, label: t(`domain.contactRole.${r}`) }))}
          value={role}
          onChange={(v) => v && setRole(v)}
          size="xs"
          w={190}
        />
        <Button
          size="xs"
          leftSection={<IconLink size={14} />}
          onClick={submit}
          disabled={!picked}
          loading={link.isPending}
        >
          {t('requests.contacts.link')}
        </Button>
      </Group>
      <ApiErrorAlert error={link.error} mt="xs" />
    </>
  );
}

export function RequestContacts({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const unlink = useApiMutation('request:unlinkContact');
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {t('requests.contacts.title')}
      </Title>
      {request.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('requests.contacts.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('requests.contacts.name')}</Table.Th>
              <Table.Th>{t('requests.contacts.kind')}</Table.Th>
              <Table.Th>{t('requests.contacts.organisation')}</Table.Th>
              <Table.Th>{t('requests.contacts.role')}</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {request.contacts.map((c) => (
              <Table.Tr key={c.contactId}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${c.contactId}`} size="sm" fw={500}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`domain.contactKind.${c.kind}`)}</Table.Td>
                <Table.Td>{c.organisation || t('common.none')}</Table.Td>
                <Table.Td>{t(`domain.contactRole.${c.role}`)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconUnlink size={14} />}
                    aria-label={`${t('requests.contacts.unlink')}: ${c.name}`}
                    loading={unlink.isPending && unlink.variables.contactId === c.contactId}
                    onClick={() => unlink.mutate({ requestId: request.id, contactId: c.contactId })}
                  >
                    {t('requests.contacts.unlink')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ApiErrorAlert error={unlink.error} mt="xs" />
      <LinkContactForm request={request} />
    </Paper>
  );
}
