import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../../../shared/contract/contacts';
import { countryName } from '../../lib/countries';
import { formatInstant } from '../../lib/format';
import { LastVerified } from './last-verified';
import { phoneForDisplay } from '../../../../shared/domain/phone-display';

export function ContactDetails({
  contact,
  today,
  officeTimeZone,
}: {
  contact: Contact;
  today: string;
  officeTimeZone: string;
}) {
  const { t } = useTranslation();
  const none = (
    <Text size="sm" c="dimmed">
      {t('common.none')}
    </Text>
  );
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        <Field label={t('contacts.fields.organisation')}>
          {contact.organisationId !== null ? (
            <Anchor component={Link} to={`/organisations/${contact.organisationId}`} size="sm">
              {contact.organisation}
            </Anchor>
          ) : (
            contact.organisation || none
          )}
        </Field>
        <Field label={t('contacts.fields.title')}>{contact.title || none}</Field>
        <Field label={t('contacts.fields.country')}>{`${countryName(contact.country)} (${contact.country})`}</Field>
        <Field label={t('contacts.fields.timeZone')}>
          {contact.timeZone ? (
            <Stack gap={0}>
              <Text size="sm">{contact.timeZone}</Text>
              <Text size="xs" c="dimmed">
                {t('contacts.details.localTime', { time: formatInstant(new Date().toISOString(), contact.timeZone) })}
              </Text>
            </Stack>
          ) : (
            none
          )}
        </Field>
        <Field label={t('contacts.fields.lastVerifiedOn')}>
          <LastVerified date={contact.lastVerifiedOn} today={today} />
        </Field>
        <Field label={t('contacts.fields.phones')}>
          {contact.phones.length > 0 ? (
            <Stack gap={0}>
              {contact.phones.map((phone) => (
                <Anchor key={phone} href={`tel:${phone}`} size="sm">
                  {phoneForDisplay(phone)}
                </Anchor>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Field>
        <Field label={t('contacts.fields.emails')}>
          {contact.emails.length > 0 ? (
            <Stack gap={0}>
              {contact.emails.map((email) => (
                <Anchor key={email} href={`mailto:${email}`} size="sm" style={{ wordBreak: 'break-all' }}>
                  {email}
                </Anchor>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Field>
        <Field label={t('contacts.fields.languages')}>
          {contact.languages.length > 0 ? (
            <Group gap={4}>
              {contact.languages.map((language) => (
                <Badge key={language} variant="light" color="gray" tt="none">
                  {language}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          )}
        </Field>
        <Field label={t('contacts.form.secureChannels')}>
          {contact.secureChannels.length > 0 ? (
            <Stack gap={2}>
              {contact.secureChannels.map((channel) => (
                <Text key={`${channel.kind}:${channel.address}`} size="sm">
                  <Text span fw={500} size="sm">
                    {t(`domain.secureChannel.${channel.kind}`)}
                  </Text>
                  {`: ${channel.address}`}
                </Text>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Field>
        <Field
          label={t('contacts.details.updated')}
        >{`${formatInstant(contact.updatedAt, officeTimeZone)} (${officeTimeZone})`}</Field>
      </SimpleGrid>
      <Stack gap={2} mt="md">
        <Label>{t('contacts.fields.notes')}</Label>
        {contact.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {contact.notes}
          </Text>
        ) : (
          none
        )}
      </Stack>
    </Paper>
  );
}

function Label({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
      {children}
    </Text>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Label>{label}</Label>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </Stack>
  );
}
