import { Checkbox, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  ASSISTANCE_TYPES,
  DATA_CATEGORIES,
  HANDLING_CODES,
  KINDS_BY_CHANNEL,
} from '../../../../shared/domain/requests';
import { ProviderPicker } from './provider-picker';
import { usesAssistanceTypes, usesDataCategories, type RequestFormValues } from './request-form-values';

/** The part of the request form that depends on the channel: only what that road uses is shown. */
export function RequestChannelFields({ form }: { form: UseFormReturnType<RequestFormValues> }) {
  const { t } = useTranslation();
  const { channel } = form.values;
  const kinds = KINDS_BY_CHANNEL[channel];

  const dataCategories = usesDataCategories(channel) && (
    <Checkbox.Group label={t('requests.field.dataCategories')} {...form.getInputProps('dataCategories')}>
      <Group gap="md" mt={4}>
        {DATA_CATEGORIES.map((c) => (
          <Checkbox key={c} value={c} label={t(`domain.dataCategory.${c}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );

  return (
    <Fieldset legend={t('requests.form.channelDetails', { channel: t(`domain.channel.${channel}`) })} p="sm">
      {kinds.length > 0 && (
        <SimpleGrid cols={3} spacing="sm" mb={channel === 'police' ? 0 : 'sm'}>
          <Select
            label={t(channel === 'police' ? 'requests.field.route' : 'requests.field.kind')}
            withAsterisk
            allowDeselect={false}
            data={kinds.map((k) => ({ value: k, label: t(`domain.kind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          {channel === 'provider' && (
            <>
              <ProviderPicker label={t('requests.field.provider')} withAsterisk {...form.getInputProps('provider')} />
              <TextInput
                type="date"
                label={t('requests.field.preservationUntil')}
                {...form.getInputProps('preservationUntil')}
              />
            </>
          )}
          {channel === 'police' && (
            <>
              <Select
                label={t('requests.field.handlingCode')}
                clearable
                data={HANDLING_CODES.map((h) => ({ value: h, label: t(`domain.handlingCode.${h}`) }))}
                {...form.getInputProps('handlingCode')}
              />
              <Select
                label={t('requests.field.usableInCourt')}
                allowDeselect={false}
                data={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(`common.${v}`) }))}
                {...form.getInputProps('usableInCourt')}
              />
              <Select
                label={t('requests.field.directlyAccessible')}
                description={t('requests.field.directlyAccessibleHint')}
                allowDeselect={false}
                data={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(`common.${v}`) }))}
                {...form.getInputProps('directlyAccessible')}
              />
            </>
          )}
        </SimpleGrid>
      )}
      {usesAssistanceTypes(channel) && (
        <Checkbox.Group
          label={t('requests.field.assistanceTypes')}
          mb={dataCategories ? 'sm' : 0}
          {...form.getInputProps('assistanceTypes')}
        >
          <SimpleGrid cols={3} spacing={6} verticalSpacing={6} mt={4}>
            {ASSISTANCE_TYPES.map((a) => (
              <Checkbox key={a} value={a} label={t(`domain.assistance.${a}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      {dataCategories}
    </Fieldset>
  );
}
