import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Identifier } from '../../../../shared/contract/cases';
import { formatDate } from '../../lib/format';
import { RecordListPanel } from './record-list-panel';
import { IdentifierFormModal } from './identifier-form-modal';
import { phoneForDisplay } from '../../../../shared/domain/phone-display';

function IdentifierDetails({ identifier }: { identifier: Identifier }) {
  const { t } = useTranslation();
  if (identifier.kind === 'ip' && identifier.observedAt) {
    const [date, time = ''] = identifier.observedAt.split('T');
    return (
      <>
        {t('cases.identifiers.seenAtValue', { when: `${formatDate(date)} ${time}`, zone: identifier.timeZone ?? '' })}
      </>
    );
  }
  if (identifier.kind === 'account' && identifier.platform) return <>{identifier.platform}</>;
  if (identifier.kind === 'wallet' && identifier.asset) return <>{t(`domain.walletAsset.${identifier.asset}`)}</>;
  return null;
}

export function IdentifiersPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const subjectName = (id: number | null) => detail.subjects.find((s) => s.id === id)?.name ?? t('common.none');
  return (
    <RecordListPanel<Identifier>
      title={t('cases.identifiers.title')}
      addLabel={t('cases.identifiers.add')}
      emptyText={t('cases.identifiers.empty')}
      records={detail.identifiers}
      nameOf={(i) => i.value}
      removeChannel="identifier:remove"
      columns={[
        {
          header: t('cases.identifiers.kind'),
          cell: (i) => t(`domain.identifierKind.${i.kind}`),
          td: { style: { whiteSpace: 'nowrap' } },
        },
        {
          header: t('cases.identifiers.value'),
          cell: (i) => (i.kind === 'phone' ? phoneForDisplay(i.value) : i.value),
          td: { ff: 'monospace', style: { overflowWrap: 'break-word' } },
        },
        { header: t('cases.identifiers.details'), cell: (i) => <IdentifierDetails identifier={i} /> },
        { header: t('cases.identifiers.subject'), cell: (i) => subjectName(i.subjectId) },
        {
          header: t('cases.identifiers.note'),
          cell: (i) => (
            <Text size="sm" lineClamp={2}>
              {i.note}
            </Text>
          ),
        },
      ]}
      form={(props) => <IdentifierFormModal {...props} caseId={detail.id} subjects={detail.subjects} />}
    />
  );
}
