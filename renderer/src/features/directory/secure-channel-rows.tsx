import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SECURE_CHANNEL_KINDS } from '../../../../shared/domain/contacts';
import { emptySecureChannel, type ContactFormValues } from './contact-values';

export function SecureChannelRows({ form }: { form: UseFormReturnType<ContactFormValues> }) {
  const { t } = useTranslation();
  const kinds = SECURE_CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`domain.secureChannel.${kind}`) }));
  const rows = form.values.secureChannels;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('contacts.form.secureChannels')}
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={() => form.insertListItem('secureChannels', emptySecureChannel())}
        >
          {t('contacts.form.addSecureChannel')}
        </Button>
      </Group>
      {rows.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('contacts.form.noSecureChannels')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
          <Select
            label={t('contacts.form.secureChannelKind')}
            data={kinds}
            w={220}
            allowDeselect={false}
            {...form.getInputProps(`secureChannels.${index}.kind`)}
          />
          <TextInput
            label={t('contacts.form.secureChannelAddress')}
            placeholder={t('contacts.form.secureChannelAddressPlaceholder')}
            style={{ flex: 1 }}
            {...form.getInputProps(`secureChannels.${index}.address`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mt={25}
            aria-label={t('contacts.form.removeSecureChannel', { index: index + 1 })}
            title={t('contacts.form.removeSecureChannel', { index: index + 1 })}
            onClick={() => form.removeListItem('secureChannels', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
