import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Subject } from '../../../../shared/contract/cases';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { RecordListPanel } from './record-list-panel';
import { SubjectFormModal } from './subject-form-modal';

export function SubjectsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <RecordListPanel<Subject>
      title={t('cases.subjects.title')}
      addLabel={t('cases.subjects.add')}
      emptyText={t('cases.subjects.empty')}
      records={detail.subjects}
      nameOf={(s) => s.name}
      removeChannel="subject:remove"
      columns={[
        { header: t('cases.subjects.name'), cell: (s) => s.name, td: { fw: 500 } },
        { header: t('cases.subjects.role'), cell: (s) => t(`domain.subjectRole.${s.role}`) },
        { header: t('cases.subjects.nationality'), cell: (s) => countryName(s.nationality) || none },
        {
          header: t('cases.subjects.dateOfBirth'),
          cell: (s) => formatDate(s.dateOfBirth) || none,
          td: { style: { whiteSpace: 'nowrap' } },
        },
        {
          header: t('cases.subjects.notes'),
          cell: (s) => (
            <Text size="sm" lineClamp={2}>
              {s.notes}
            </Text>
          ),
        },
      ]}
      form={(props) => <SubjectFormModal {...props} caseId={detail.id} />}
    />
  );
}
