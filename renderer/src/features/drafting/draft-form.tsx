import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DraftView } from '../../../../shared/contract/drafting';
import { DATE_FIELDS, SHORT_FIELDS, type DraftField } from '../../../../shared/domain/drafting';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { fieldErrors } from '../../forms/server-errors';
import { useApiMutation } from '../../platform/api';
import { fieldInputId } from './finding-text';

interface Props {
  draft: DraftView;
  values: Record<string, string>;
  onChange: (field: DraftField, value: string) => void;
  language: DraftView['language'];
  dirty: boolean;
}

/** The free-text parts of the document, prefilled from the case; required ones carry an asterisk. */
export function DraftForm({ draft, values, onChange, language, dirty }: Props) {
  const { t } = useTranslation();
  const save = useApiMutation('drafting:save');
  const errors = save.error ? fieldErrors(save.error, t) : {};
  const input = (field: DraftField) => {
    const common = {
      id: fieldInputId(field),
      label: t(`drafting.fields.${field}`),
      withAsterisk: draft.requiredFields.includes(field),
      value: values[field] ?? '',
      error: errors[`fields.${field}`],
      onChange: (event: { currentTarget: { value: string } }) => onChange(field, event.currentTarget.value),
    };
    if (DATE_FIELDS.includes(field)) return <TextInput key={field} type="date" {...common} />;
    if (SHORT_FIELDS.includes(field)) return <TextInput key={field} {...common} />;
    return <Textarea key={field} autosize minRows={2} maxRows={10} {...common} />;
  };
  const short = draft.formFields.filter((f) => SHORT_FIELDS.includes(f));
  const long = draft.formFields.filter((f) => !SHORT_FIELDS.includes(f));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('drafting.form')}
          </Title>
          <Button
            loading={save.isPending}
            variant={dirty ? 'filled' : 'default'}
            onClick={() =>
              save.mutate(
                { requestId: draft.requestId, docType: draft.docType, language, fields: values },
                { onSuccess: () => notifications.show({ color: 'green', message: t('drafting.saved') }) },
              )
            }
          >
            {t('drafting.save')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('drafting.formHint')}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {short.map(input)}
        </SimpleGrid>
        {long.map(input)}
        <ApiErrorAlert error={save.error && Object.keys(errors).length === 0 ? save.error : null} />
      </Stack>
    </Paper>
  );
}
