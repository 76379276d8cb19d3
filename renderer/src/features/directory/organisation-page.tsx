import { Anchor, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArchive,
  IconArrowBackUp,
  IconChevronLeft,
  IconDownload,
  IconPencil,
  IconUserPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { countryName } from '../../lib/countries';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { ContactFormModal } from './contact-form-modal';
import { OrganisationFormModal } from './organisation-form-modal';
import { OrganisationPeople } from './organisation-people';
import { useVcardExport } from './use-vcard-export';
import { phoneForDisplay } from '../../../../shared/domain/phone-display';

export function OrganisationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const org = useApiQuery('organisation:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const archive = useApiMutation('organisation:archive');
  const [editing, edit] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  const vcard = useVcardExport();
  const back = (
    <Anchor component={Link} to="/organisations" size="sm">
      <Group gap={2}>
        <IconChevronLeft size={14} />
        {t('directory.page.back')}
      </Group>
    </Anchor>
  );
  if (org.isError)
    return (
      <Stack>
        {back}
        <ApiErrorAlert error={org.error} />
      </Stack>
    );
  if (!org.data)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  const data = org.data;
  const none = (
    <Text size="sm" c="dimmed">
      {t('common.none')}
    </Text>
  );
  return (
    <Stack gap="md">
      {back}
      {/* Wraps on a narrow window: the actions go under the name rather than squeeze its kind badge. */}
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          <Title order={1} size="h2">
            {data.name}
          </Title>
          <Badge variant="light">{t(`directory.kind.${data.kind}`)}</Badge>
          {data.archived && (
            <Badge color="gray" variant="filled">
              {t('common.archived')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button leftSection={<IconUserPlus size={16} />} onClick={add.open} disabled={data.archived}>
            {t('directory.page.addPerson')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={vcard.pending}
            disabled={data.peopleCount === 0}
            onClick={() => vcard.run({ scope: 'organisation', id: data.id })}
          >
            {t('directory.vcard.exportPeople')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
            {t('common.edit')}
          </Button>
          <Button
            variant="default"
            color={data.archived ? undefined : 'orange'}
            leftSection={data.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
            loading={archive.isPending}
            onClick={() => archive.mutate({ id: data.id, archived: !data.archived })}
          >
            {data.archived ? t('common.restore') : t('common.archive')}
          </Button>
        </Group>
      </Group>
      <ApiErrorAlert error={archive.error} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          <Field label={t('directory.fields.country')}>{`${countryName(data.country)} (${data.country})`}</Field>
          <Field label={t('directory.fields.phones')}>
            {data.phones.length > 0
              ? data.phones.map((p) => (
                  <Anchor key={p} href={`tel:${p}`} size="sm" display="block">
                    {phoneForDisplay(p)}
                  </Anchor>
                ))
              : none}
          </Field>
          <Field label={t('directory.fields.emails')}>
            {data.emails.length > 0
              ? data.emails.map((e) => (
                  <Anchor key={e} href={`mailto:${e}`} size="sm" display="block">
                    {e}
                  </Anchor>
                ))
              : none}
          </Field>
          <Field label={t('directory.fields.address')}>
            {data.address ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {data.address}
              </Text>
            ) : (
              none
            )}
          </Field>
          <Field label={t('directory.fields.notes')}>
            {data.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {data.notes}
              </Text>
            ) : (
              none
            )}
          </Field>
        </SimpleGrid>
      </Paper>
      <OrganisationPeople organisationId={data.id} />
      <OrganisationFormModal opened={editing} onClose={edit.close} organisation={data} />
      <ContactFormModal
        opened={adding}
        onClose={add.close}
        defaults={{ organisationId: data.id, organisationName: data.name, country: data.country }}
      />
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase">
        {label}
      </Text>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </Stack>
  );
}
