import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffice } from '../../lib/office-context';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation } from '../../platform/api';
import { useAuth } from './auth-context';
import { PassphraseFields, passphraseRules } from './passphrase-fields';

type Target = { officerId: number; name: string } | 'new';

/** Office screen: which officers can sign in here, and enrolling another one (they type their passphrase). */
export function OfficerSignInCard() {
  const { t } = useTranslation();
  const office = useOffice();
  const auth = useAuth();
  const [target, setTarget] = useState<Target | null>(null);
  const enrolled = new Set(auth.officers.map((o) => o.officerId));
  const people = office.officers.filter((o) => o.active);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="office-sign-in">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="office-sign-in">
            {t('auth.officers.heading')}
          </Title>
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} />} onClick={() => setTarget('new')}>
            {t('auth.officers.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('auth.officers.intro')}
        </Text>
        <Table>
          <Table.Tbody>
            {people.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>
                  {enrolled.has(o.id) ? (
                    <Badge color="green" variant="light">
                      {t('auth.officers.canSignIn')}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t('auth.officers.cannotSignIn')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {!enrolled.has(o.id) && (
                    <Button size="xs" variant="default" onClick={() => setTarget({ officerId: o.id, name: o.name })}>
                      {t('auth.officers.allow')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {target && <EnrolModal target={target} onClose={() => setTarget(null)} />}
    </Paper>
  );
}

function EnrolModal({ target, onClose }: { target: Target; onClose: () => void }) {
  const { t } = useTranslation();
  const enrol = useApiMutation('auth:enrolOfficer');
  const form = useForm({
    initialValues: { name: '', title: '', passphrase: '', confirm: '' },
    validate: {
      ...passphraseRules(t),
      name: (v: string) => (target === 'new' && v.trim() === '' ? t('validation.required') : null),
    },
  });
  const submit = form.onSubmit((values) =>
    enrol.mutate(
      target === 'new'
        ? { name: values.name, title: values.title, passphrase: values.passphrase }
        : { officerId: target.officerId, passphrase: values.passphrase },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('auth.officers.added', { name: target === 'new' ? values.name : target.name }),
          });
          onClose();
        },
        onError: (error) => form.setErrors(fieldErrors(error, t)),
      },
    ),
  );
  const title = target === 'new' ? t('auth.officers.addTitle') : t('auth.officers.allowTitle', { name: target.name });
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {target === 'new' && (
            <>
              <TextInput label={t('auth.officers.name')} required data-autofocus {...form.getInputProps('name')} />
              <TextInput label={t('auth.officers.title')} {...form.getInputProps('title')} />
            </>
          )}
          <PassphraseFields
            form={form}
            label={t('auth.officers.passphrase')}
            confirmLabel={t('auth.officers.confirm')}
            autoFocus={target !== 'new'}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('auth.officers.cancel')}
            </Button>
            <Button type="submit" loading={enrol.isPending}>
              {t('auth.officers.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
