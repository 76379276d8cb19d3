import { Alert, Anchor, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftView, FindingView } from '../../../../shared/contract/drafting';
import { useApiQuery, type ApiError } from '../../platform/api';
import { findingText } from './finding-text';

/**
 * Shown in the workflow step modal when marking the request sent was held back by the drafting
 * check: a way to Drafting, or a reason to send anyway (recorded as overrides).
 */
export function SendGateAlert({
  error,
  requestId,
  reason,
  onReason,
}: {
  error: ApiError | null;
  requestId: number;
  reason: string;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation();
  if (error?.code !== 'INCOMPLETE') return null;
  return (
    <Stack gap="xs">
      <Alert color="red" title={t('drafting.gate.title')} role="alert">
        <Text size="sm">{t('drafting.gate.body')}</Text>
        <Text size="sm">{t('drafting.blocked', { count: error.issues.length })}</Text>
        <BlockingFindings requestId={requestId} />
        <Anchor component={Link} to={`/requests/${requestId}/drafting`} size="sm">
          {t('drafting.gate.open')}
        </Anchor>
      </Alert>
      <Textarea
        label={t('drafting.gate.reason')}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => onReason(event.currentTarget.value)}
      />
    </Stack>
  );
}

/** Each finding that holds the request back, in words, with the link that leads to where it is fixed. */
function BlockingFindings({ requestId }: { requestId: number }) {
  const { t } = useTranslation();
  const draft = useApiQuery('drafting:get', { requestId, docType: null });
  if (!draft.data) return null;
  const blocking = draft.data.findings.filter((f) => f.severity === 'blocking' && !f.override);
  return (
    <List size="sm" spacing={4} mt={4} mb={4} aria-label={t('drafting.gate.findings')}>
      {blocking.map((finding) => (
        <List.Item key={finding.key}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Text size="sm">{findingText(t, finding)}</Text>
            <Anchor component={Link} to={fixLink(draft.data, finding)} size="sm">
              {t(FIX_LABEL[finding.target.kind])}
            </Anchor>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

const FIX_LABEL = {
  draft: 'drafting.fix',
  request: 'drafting.fixOnRequest',
  case: 'drafting.fixOnCase',
  identifier: 'drafting.fixOnCase',
} as const;

function fixLink(draft: DraftView, finding: FindingView): string {
  const target = finding.target;
  if (target.kind === 'draft') return `/requests/${draft.requestId}/drafting?fix=${encodeURIComponent(target.field)}`;
  if (target.kind === 'request') return `/requests/${draft.requestId}`;
  return `/cases/${draft.caseId}`;
}
