import { Anchor, Badge, Button, Center, Group, Loader, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowBackUp,
  IconCheck,
  IconChevronLeft,
  IconDownload,
  IconPencil,
  IconRosetteDiscountCheck,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { AffiliationHistory } from '../directory/affiliation-history';
import { useVcardExport } from '../directory/use-vcard-export';
import { ContactDetails } from './contact-details';
import { ContactFormModal } from '../directory/contact-form-modal';
import { ContactRequests } from './contact-requests';
import { todayIn } from '../../forms/use-today';

export function ContactPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const id = Number(useParams().id);
  const contact = useApiQuery('contact:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const archive = useApiMutation('contact:archive');
  const [editing, { open, close }] = useDisclosure(false);
  const verify = useApiMutation('contact:markVerified');
  const vcard = useVcardExport();

  const back = (
    <Anchor component={Link} to="/contacts" size="sm">
      <Group gap={2}>
        <IconChevronLeft size={14} />
        {t('contacts.page.back')}
      </Group>
    </Anchor>
  );
  if (contact.isError)
    return (
      <Stack>
        {back}
        <ApiErrorAlert error={contact.error} />
      </Stack>
    );
  if (!contact.data) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  const data = contact.data;
  const toggleArchive = () =>
    archive.mutate(
      { id: data.id, archived: !data.archived },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'green',
            icon: <IconCheck size={16} />,
            message: t(saved.archived ? 'contacts.page.archivedNotice' : 'contacts.page.restoredNotice', {
              name: saved.name,
            }),
          }),
      },
    );

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">
              {data.name}
            </Title>
            <Badge variant="light">{t(`domain.contactKind.${data.kind}`)}</Badge>
            {data.archived && (
              <Badge color="gray" variant="filled">
                {t('common.archived')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconRosetteDiscountCheck size={16} />}
            loading={verify.isPending}
            onClick={() => verify.mutate({ id: data.id })}
          >
            {t('directory.verify.today')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={vcard.pending}
            onClick={() => vcard.run({ scope: 'contact', id: data.id })}
          >
            {t('directory.vcard.export')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={open}>
            {t('common.edit')}
          </Button>
          <Button
            variant="default"
            color={data.archived ? undefined : 'orange'}
            leftSection={data.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
            loading={archive.isPending}
            onClick={toggleArchive}
          >
            {data.archived ? t('common.restore') : t('common.archive')}
          </Button>
        </Group>
      </Group>
      <ApiErrorAlert error={archive.error ?? verify.error} />
      <ContactDetails contact={data} today={todayIn(office.timeZone)} officeTimeZone={office.timeZone} />
      <AffiliationHistory contactId={data.id} contactName={data.name} currentOrganisation={data.organisation} />
      <ContactRequests contactId={data.id} />
      <ContactFormModal opened={editing} onClose={close} contact={data} />
    </Stack>
  );
}
