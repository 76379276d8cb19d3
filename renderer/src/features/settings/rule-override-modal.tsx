import { Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { RuleDefinition } from '../../../../shared/contract/deadlines';
import { CountrySelect } from '../../components/country-select';
import { countryName } from '../../lib/countries';
import { fieldErrors } from '../../forms/server-errors';
import { FormFooter } from '../../forms/form-footer';
import { useApiMutation, type ApiError } from '../../platform/api';
import { unplacedError } from '../../forms/server-errors';
import { DurationInput } from './duration-input';
import { durationText, slug } from './rule-format';

type Unit = RuleDefinition['duration']['unit'];
interface OverrideValues {
  target: string;
  country: string | null;
  provider: string;
  duration: { amount: number | string; unit: string | null };
  source: { citation: string; note: string };
}

export function RuleOverrideModal({ base, onClose }: { base: RuleDefinition | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={base !== null}
      onClose={onClose}
      title={t('settings.override.title')}
      size="md"
    >
      {base && <RuleOverrideForm key={base.id} base={base} onClose={onClose} />}
    </Modal>
  );
}

/** An office's own figure for one country or one provider; the shipped rule stays as it is. */
function RuleOverrideForm({ base, onClose }: { base: RuleDefinition; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('rule:save');
  const form = useForm<OverrideValues>({
    initialValues: {
      target: 'country',
      country: null,
      provider: '',
      duration: { amount: base.duration.amount, unit: base.duration.unit },
      source: { citation: '', note: '' },
    },
    validate: {
      country: (v, values) => (values.target === 'country' && !v ? t('validation.country') : null),
      provider: (v, values) => (values.target === 'provider' && !v.trim() ? t('validation.required') : null),
      source: { citation: (v) => (v.trim() ? null : t('validation.required')) },
    },
  });

  const submit = form.onSubmit((values) => {
    const country = values.target === 'country' ? values.country : null;
    const provider = values.target === 'provider' ? values.provider.trim() : null;
    const suffix = country ? country.toLowerCase() : slug(provider ?? '');
    const rule: RuleDefinition = {
      ...base,
      id: `${base.id}-${suffix}`.slice(0, 80).replace(/-+$/, ''),
      title: `${base.title} (${country ? countryName(country) : provider})`,
      duration: { amount: Number(values.duration.amount), unit: (values.duration.unit ?? base.duration.unit) as Unit },
      source: { citation: values.source.citation, url: null, note: values.source.note || null },
      overrides: { ruleId: base.id, country, provider },
      enabled: true,
    };
    save.mutate(rule, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('settings.edit.saved', { title: rule.title }) });
        onClose();
      },
      onError: (error: ApiError) => form.setErrors(fieldErrors(error, t)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t('settings.override.intro', { title: base.title, figure: durationText(base.duration, t) })}
        </Text>
        {base.channel === 'provider' && (
          <SegmentedControl
            aria-label={t('settings.override.target')}
            data={[
              { value: 'country', label: t('settings.override.forCountry') },
              { value: 'provider', label: t('settings.override.forProvider') },
            ]}
            {...form.getInputProps('target')}
          />
        )}
        {form.values.target === 'country' ? (
          <CountrySelect
            label={t('settings.override.country')}
            openOnFocus={false}
            withAsterisk
            data-autofocus
            {...form.getInputProps('country')}
          />
        ) : (
          <TextInput label={t('settings.override.provider')} withAsterisk {...form.getInputProps('provider')} />
        )}
        <DurationInput
          label={t('settings.edit.figure')}
          required
          amount={form.getInputProps('duration.amount')}
          unit={form.getInputProps('duration.unit')}
        />
        <TextInput
          label={t('settings.edit.citation')}
          description={t('settings.override.citationHint')}
          withAsterisk
          {...form.getInputProps('source.citation')}
        />
        <Textarea
          label={t('settings.edit.note')}
          autosize
          minRows={2}
          maxRows={4}
          {...form.getInputProps('source.note')}
        />
        <FormFooter
          error={unplacedError(save.error, ['country', 'provider', 'duration', 'source'])}
          pending={save.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
