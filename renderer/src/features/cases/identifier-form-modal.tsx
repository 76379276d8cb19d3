import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Identifier, Subject } from '../../../../shared/contract/cases';
import {
  IDENTIFIER_KINDS,
  WALLET_ASSETS,
  type IdentifierKind,
  type WalletAsset,
} from '../../../../shared/domain/identifiers';
import { TIME_ZONE_OPTIONS } from '../../lib/countries';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, type ApiError } from '../../platform/api';
import { formErrors, unplacedError } from '../../forms/server-errors';
import { FormFooter } from '../../forms/form-footer';

interface Props {
  opened: boolean;
  onClose: () => void;
  caseId: number;
  subjects: Subject[];
  existing: Identifier | null;
}

interface Values {
  kind: IdentifierKind;
  value: string;
  subjectId: string | null;
  observedAt: string;
  timeZone: string | null;
  platform: string;
  asset: WalletAsset | null;
  note: string;
}

export function IdentifierFormModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(rest.existing ? 'cases.identifiers.edit' : 'cases.identifiers.add')}
      size="lg"
    >
      <IdentifierForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function IdentifierForm({ onClose, caseId, subjects, existing }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const office = useOffice();
  const add = useApiMutation('identifier:add');
  const update = useApiMutation('identifier:update');
  const mutation = existing ? update : add;
  const form = useForm<Values>({
    initialValues: {
      kind: existing?.kind ?? 'email',
      value: existing?.value ?? '',
      subjectId: existing?.subjectId ? String(existing.subjectId) : null,
      observedAt: existing?.observedAt ?? '',
      timeZone: existing?.timeZone ?? office.timeZone,
      platform: existing?.platform ?? '',
      asset: existing?.asset ?? null,
      note: existing?.note ?? '',
    },
  });
  const kind = form.values.kind;

  const submit = form.onSubmit((values) => {
    // Fields that belong to another kind are dropped, so a kind change leaves no stray data behind.
    const identifier = {
      kind: values.kind,
      value: values.value,
      subjectId: values.subjectId === null ? null : Number(values.subjectId),
      observedAt: values.kind === 'ip' && values.observedAt !== '' ? values.observedAt : null,
      timeZone: values.kind === 'ip' ? values.timeZone : null,
      platform:
        (values.kind === 'account' || values.kind === 'ip') && values.platform.trim() !== '' ? values.platform : null,
      asset: values.kind === 'wallet' ? values.asset : null,
      note: values.note,
    };
    const handlers = {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('cases.identifiers.saved') });
        onClose();
      },
      onError: (error: ApiError) =>
        form.setErrors(formErrors(error, t, values, { required: ['asset', 'timeZone'], prefix: 'identifier' })),
    };
    if (existing) update.mutate({ id: existing.id, identifier }, handlers);
    else add.mutate({ caseId, identifier }, handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('cases.identifiers.kind')}
            allowDeselect={false}
            data={IDENTIFIER_KINDS.map((k) => ({ value: k, label: t(`domain.identifierKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('cases.identifiers.subject')}
            placeholder={t('cases.identifiers.noSubject')}
            clearable
            data={subjects.map((s) => ({ value: String(s.id), label: s.name }))}
            {...form.getInputProps('subjectId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('cases.identifiers.value')}
          description={t(`cases.identifiers.hint.${kind}`)}
          withAsterisk
          data-autofocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('value')}
        />
        {kind === 'ip' && (
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              type="datetime-local"
              step={1}
              label={t('cases.identifiers.seenAt')}
              withAsterisk
              {...form.getInputProps('observedAt')}
            />
            <Select
              label={t('cases.identifiers.timeZone')}
              searchable
              withAsterisk
              data={TIME_ZONE_OPTIONS}
              {...form.getInputProps('timeZone')}
            />
            <TextInput
              label={t('cases.identifiers.seenOnService')}
              description={t('cases.identifiers.seenOnServiceHint')}
              {...form.getInputProps('platform')}
            />
          </SimpleGrid>
        )}
        {kind === 'account' && (
          <TextInput label={t('cases.identifiers.platform')} {...form.getInputProps('platform')} />
        )}
        {kind === 'wallet' && (
          <Select
            label={t('cases.identifiers.asset')}
            withAsterisk
            data={WALLET_ASSETS.map((a) => ({ value: a, label: t(`domain.walletAsset.${a}`) }))}
            {...form.getInputProps('asset')}
          />
        )}
        <Textarea
          label={t('cases.identifiers.note')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.getInputProps('note')}
        />
        <FormFooter
          error={unplacedError(mutation.error, Object.keys(form.values), 'identifier')}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
