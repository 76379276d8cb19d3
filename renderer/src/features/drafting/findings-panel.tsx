import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftView, FindingView } from '../../../../shared/contract/drafting';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { useApiMutation } from '../../platform/api';
import { fieldInputId, findingText } from './finding-text';

/** The checker's findings, each with the way to fix it and, for blocking ones, an override with a reason. */
export function FindingsPanel({ draft }: { draft: DraftView }) {
  const { t } = useTranslation();
  const [overriding, setOverriding] = useState<FindingView | null>(null);
  const ordered = [...draft.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1,
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id="checker-title">
          {t('drafting.checker')}
        </Title>
        {draft.findings.length === 0 && (
          <Alert color="green" role="status">
            {t('drafting.allClear')}
          </Alert>
        )}
        <Stack
          gap="xs"
          component="ul"
          aria-labelledby="checker-title"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {ordered.map((finding) => (
            <FindingRow key={finding.key} draft={draft} finding={finding} onOverride={() => setOverriding(finding)} />
          ))}
        </Stack>
      </Stack>
      <OverrideModal draft={draft} finding={overriding} onClose={() => setOverriding(null)} />
    </Paper>
  );
}

function FixAction({ draft, finding }: { draft: DraftView; finding: FindingView }) {
  const { t } = useTranslation();
  const target = finding.target;
  if (target.kind === 'draft') {
    return (
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => document.getElementById(fieldInputId(target.field))?.focus()}
      >
        {t('drafting.fix')}
      </Button>
    );
  }
  if (target.kind === 'request') {
    return (
      <Anchor component={Link} to={`/requests/${draft.requestId}`} size="xs">
        {t('drafting.fixOnRequest')}
      </Anchor>
    );
  }
  return (
    <Anchor component={Link} to={`/cases/${draft.caseId}`} size="xs">
      {t('drafting.fixOnCase')}
    </Anchor>
  );
}

function FindingRow({
  draft,
  finding,
  onOverride,
}: {
  draft: DraftView;
  finding: FindingView;
  onOverride: () => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const revoke = useApiMutation('drafting:revokeOverride');
  const blocking = finding.severity === 'blocking';
  return (
    <li>
      <Paper withBorder p="xs" bg={blocking && !finding.override ? 'red.0' : undefined}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Badge size="sm" color={blocking ? 'red' : 'yellow'} variant="light">
                {t(`drafting.severity.${finding.severity}`)}
              </Badge>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {findingText(t, finding)}
              </Text>
            </Group>
            {finding.override && (
              <Text size="xs" c="dimmed">
                {t('drafting.overridden', {
                  who: finding.override.actor ?? '—',
                  at: formatInstant(finding.override.at, timeZone),
                  reason: finding.override.reason,
                })}
              </Text>
            )}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <FixAction draft={draft} finding={finding} />
            {blocking && !finding.override && (
              <Button size="compact-xs" variant="default" onClick={onOverride}>
                {t('drafting.override')}
              </Button>
            )}
            {finding.override && (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={revoke.isPending}
                onClick={() =>
                  revoke.mutate({ requestId: draft.requestId, docType: draft.docType, findingKey: finding.key })
                }
              >
                {t('drafting.revoke')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
    </li>
  );
}

function OverrideModal({
  draft,
  finding,
  onClose,
}: {
  draft: DraftView;
  finding: FindingView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const override = useApiMutation('drafting:override');
  const close = () => {
    setReason('');
    override.reset();
    onClose();
  };
  return (
    <Modal
      opened={finding !== null}
      onClose={close}
      title={t('drafting.overrideTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {finding && (
        <Stack gap="sm">
          <Text size="sm">{findingText(t, finding)}</Text>
          <Textarea
            label={t('drafting.overrideReason')}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ApiErrorAlert error={override.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={override.isPending}
              onClick={() =>
                override.mutate(
                  { requestId: draft.requestId, docType: draft.docType, findingKey: finding.key, reason },
                  { onSuccess: close },
                )
              }
            >
              {t('drafting.overrideConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
