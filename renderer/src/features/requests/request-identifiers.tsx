import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc-contract';
import { useTranslation } from 'react-i18next';
import { phoneForDisplay } from '../../../../shared/domain/phone-display';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation, useApiQuery } from '../../platform/api';

/**
 * The checklist of the case's identifiers that the request's letters name. It starts from those the
 * addressee can act on; what the officer saves is kept, whatever is added to the case later.
 */
export function RequestIdentifiers({ requestId }: { requestId: number }) {
  const choice = useApiQuery('request:identifiers', { requestId });
  if (!choice.data) return null;
  const stored = choice.data.identifiers.filter((i) => i.chosen).map((i) => i.id);
  // A new stored choice (saved here or elsewhere) starts the checklist afresh.
  return <Checklist key={`${choice.data.selection}:${stored.join(',')}`} data={choice.data} stored={stored} />;
}

function Checklist({ data, stored }: { data: ChannelOutput<'request:identifiers'>; stored: number[] }) {
  const { t } = useTranslation();
  const requestId = data.requestId;
  const save = useApiMutation('request:chooseIdentifiers');
  const [checked, setChecked] = useState<Set<number>>(() => new Set(stored));
  const changed = stored.length !== checked.size || stored.some((id) => !checked.has(id));
  const toggle = (id: number, on: boolean) =>
    setChecked((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = () =>
    save.mutate(
      { requestId, identifierIds: data.identifiers.filter((i) => checked.has(i.id)).map((i) => i.id) },
      { onSuccess: () => notifications.show({ color: 'green', message: t('requestIdentifiers.saved') }) },
    );

  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4">
        {t('requestIdentifiers.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t(`requestIdentifiers.selection.${data.selection}`)}
      </Text>
      {data.identifiers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('requestIdentifiers.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {data.identifiers.map((i) => (
            <Group key={i.id} gap="xs" wrap="nowrap">
              <Checkbox
                checked={checked.has(i.id)}
                onChange={(e) => toggle(i.id, e.currentTarget.checked)}
                label={
                  <Text size="sm" component="span">
                    <Text span c="dimmed" size="sm">
                      {t(`domain.identifierKind.${i.kind}`)}:{' '}
                    </Text>
                    <Text span ff="monospace" size="sm">
                      {i.kind === 'phone' ? phoneForDisplay(i.value) : i.value}
                    </Text>
                    {i.platform ? ` · ${i.platform}` : ''}
                  </Text>
                }
              />
              {i.relevant && (
                <Badge size="xs" variant="light" color="teal" style={{ textTransform: 'none' }}>
                  {t('requestIdentifiers.relevant')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {data.identifiers.length > 0 && (
        <Group gap="xs" mt="sm">
          <Button size="xs" onClick={submit} disabled={!changed} loading={save.isPending}>
            {t('requestIdentifiers.save')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setChecked(new Set(data.identifiers.filter((i) => i.relevant).map((i) => i.id)))}
          >
            {t('requestIdentifiers.suggest')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={save.error} mt="xs" />
    </Paper>
  );
}
