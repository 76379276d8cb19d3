import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyOfficer, type OfficeProfileValues } from './office-profile-values';

/** Officers saved before keep their id and can only be deactivated, so past audit rows still name them. */
export function OfficerRows({ form }: { form: UseFormReturnType<OfficeProfileValues> }) {
  const { t } = useTranslation();
  const officers = form.values.officers;
  const listError = form.errors.officers;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('office.officers.heading')}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('officers', emptyOfficer())}
        >
          {t('office.officers.add')}
        </Button>
      </Group>
      {officers.map((officer, index) => (
        <Paper key={officer.key} withBorder p="xs" bg={officer.active ? undefined : 'gray.0'}>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={t('office.officers.name')}
              required
              style={{ flex: 3 }}
              {...form.getInputProps(`officers.${index}.name`)}
            />
            <TextInput
              label={t('office.officers.title')}
              placeholder={t('office.officers.titlePlaceholder')}
              style={{ flex: 3 }}
              {...form.getInputProps(`officers.${index}.title`)}
            />
            <TextInput
              label={t('office.officers.email')}
              type="email"
              style={{ flex: 3 }}
              {...form.getInputProps(`officers.${index}.email`)}
            />
            {officer.id === null ? (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                size="lg"
                disabled={officers.length <= 1}
                aria-label={t('office.officers.remove', { index: index + 1 })}
                title={t('office.officers.remove', { index: index + 1 })}
                onClick={() => form.removeListItem('officers', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            ) : (
              <Checkbox
                mt={32}
                w={130}
                label={t('office.officers.active')}
                description={officer.active ? undefined : t('office.officers.inactive')}
                {...form.getInputProps(`officers.${index}.active`, { type: 'checkbox' })}
              />
            )}
          </Group>
        </Paper>
      ))}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
    </Stack>
  );
}
