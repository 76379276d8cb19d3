import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../../../shared/contract/deadlines';
import { useApiMutation, type ApiError } from '../../platform/api';
import { canMarkDone, canReopen, canSnooze, manualId, deadlineTitle } from './deadline-format';

interface Props {
  item: DeadlineItem;
  onSnooze: (item: DeadlineItem) => void;
  /** Manual deadlines can be removed where they were added (the request page), not from lists. */
  removable?: boolean;
}

/** Done, Snooze, Reopen (and Remove for a deadline entered by hand), each a real button. */
export function DeadlineActions({ item, onSnooze, removable = false }: Props) {
  const { t } = useTranslation();
  const mark = useApiMutation('deadline:mark');
  const remove = useApiMutation('deadline:removeManual');
  const onError = (error: ApiError) =>
    notifications.show({ color: 'red', title: t(`errors.${error.code}`), message: error.message });
  const setState = (state: 'done' | 'open') =>
    mark.mutate({ key: item.key, state, snoozedUntil: null, reason: '' }, { onError });
  const id = manualId(item.key);
  const label = (action: string) => t(`deadlines.actions.${action}Label`, { title: deadlineTitle(item, t) });
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {canMarkDone(item) && (
        <Button
          size="compact-xs"
          variant="light"
          color="green"
          aria-label={label('done')}
          loading={mark.isPending}
          onClick={() => setState('done')}
        >
          {t('deadlines.actions.done')}
        </Button>
      )}
      {canSnooze(item) && (
        <Button
          size="compact-xs"
          variant="light"
          color="yellow"
          aria-label={label('snooze')}
          onClick={() => onSnooze(item)}
        >
          {t('deadlines.actions.snooze')}
        </Button>
      )}
      {canReopen(item) && (
        <Button
          size="compact-xs"
          variant="default"
          aria-label={label('reopen')}
          loading={mark.isPending}
          onClick={() => setState('open')}
        >
          {t('deadlines.actions.reopen')}
        </Button>
      )}
      {removable && id !== null && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          aria-label={label('remove')}
          loading={remove.isPending}
          onClick={() => remove.mutate({ id }, { onError })}
        >
          {t('common.remove')}
        </Button>
      )}
    </Group>
  );
}
