import { Alert, Anchor, Button, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DraftView } from '../../../../shared/contract/drafting';
import { DRAFT_LANGUAGES, type DocType, type DraftField, type DraftLanguage } from '../../../../shared/domain/drafting';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { DraftForm } from './draft-form';
import { fieldInputId } from './finding-text';
import { FindingsPanel } from './findings-panel';
import { OutputsTable } from './outputs-table';

/** Drafting a request's documents: choose one, edit its text, see what is missing, generate it. */
export function DraftingPage() {
  const { t } = useTranslation();
  const requestId = Number(useParams().id);
  const [docType, setDocType] = useState<DocType | null>(null);
  const request = useApiQuery('request:get', { id: requestId }, { enabled: requestId > 0 });
  const draft = useApiQuery('drafting:get', { requestId, docType }, { enabled: requestId > 0 });
  if (draft.error) return <ApiErrorAlert error={draft.error} />;
  if (!draft.data || !request.data) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/requests/${requestId}`} size="sm">
        {t('drafting.back')}
      </Anchor>
      <Title order={1} size="h2">
        {t('drafting.heading', { title: request.data.title })}
      </Title>
      {/* Remounted when the stored draft changes (a save), so the form shows what was stored. */}
      <DraftEditor
        key={`${draft.data.docType}/${draft.data.updatedAt ?? 'new'}`}
        draft={draft.data}
        onDocType={setDocType}
      />
    </Stack>
  );
}

function DraftEditor({ draft, onDocType }: { draft: DraftView; onDocType: (docType: DocType) => void }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const [values, setValues] = useState<Record<string, string>>(draft.fields);
  const [language, setLanguage] = useState<DraftLanguage>(draft.language);
  const dirty =
    language !== draft.language || Object.entries(values).some(([k, v]) => draft.fields[k as DraftField] !== v);
  const live = useLiveFindings(draft, values, language, dirty);
  useFocusOnFix();
  const generate = useApiMutation('drafting:generate');
  const run = (format: 'docx' | 'pdf') =>
    generate.mutate(
      { requestId: draft.requestId, docType: draft.docType, format },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('drafting.generated', { format: format.toUpperCase() }) }),
      },
    );
  const blocked = live.unresolved > 0;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <Select
          label={t('drafting.docType')}
          w={440}
          allowDeselect={false}
          value={draft.docType}
          data={draft.docTypes.map((type) => ({
            value: type,
            label:
              type === draft.mainDocType
                ? `${t(`drafting.docTypes.${type}`)} (${t('drafting.main')})`
                : t(`drafting.docTypes.${type}`),
          }))}
          onChange={(value) => value && onDocType(value)}
        />
        <Select
          label={t('drafting.language')}
          description={t('drafting.languageHint')}
          w={260}
          allowDeselect={false}
          value={language}
          data={DRAFT_LANGUAGES.map((lang) => ({ value: lang, label: t(`drafting.languages.${lang}`) }))}
          onChange={(value) => value && setLanguage(value)}
        />
        <Text size="sm" c="dimmed" pb={6}>
          {draft.saved && draft.updatedAt
            ? t('drafting.savedBy', { at: formatInstant(draft.updatedAt, timeZone), who: draft.updatedBy ?? '—' })
            : t('drafting.notSaved')}
        </Text>
      </Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <DraftForm
            draft={draft}
            values={values}
            language={language}
            dirty={dirty}
            onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <FindingsPanel draft={live} />
            {blocked && (
              <Alert color="red" role="status">
                {t('drafting.blocked', { count: live.unresolved })}
              </Alert>
            )}
            {dirty && !blocked && (
              <Alert color="yellow" role="status">
                {t('drafting.unsavedChanges')}
              </Alert>
            )}
            <Group gap="xs">
              <Button
                leftSection={<IconFileTypeDocx size={16} />}
                disabled={blocked || dirty}
                loading={generate.isPending && generate.variables.format === 'docx'}
                onClick={() => run('docx')}
              >
                {t('drafting.generateDocx')}
              </Button>
              <Button
                leftSection={<IconFileTypePdf size={16} />}
                variant="light"
                disabled={blocked || dirty}
                loading={generate.isPending && generate.variables.format === 'pdf'}
                onClick={() => run('pdf')}
              >
                {t('drafting.generatePdf')}
              </Button>
            </Group>
            <ApiErrorAlert error={generate.error} />
            <OutputsTable draft={draft} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * The checker's findings for the form as typed: checked (not saved) a moment after the officer stops
 * typing, so a finding goes away as soon as its field is filled.
 */
function useLiveFindings(
  draft: DraftView,
  fields: DraftView['fields'],
  language: DraftLanguage,
  dirty: boolean,
): DraftView {
  const [typed] = useDebouncedValue(fields, 400);
  const check = useApiQuery(
    'drafting:check',
    { requestId: draft.requestId, docType: draft.docType, language, fields: typed },
    { enabled: dirty, placeholderData: keepPreviousData },
  );
  if (!dirty || !check.data) return draft;
  return { ...draft, findings: check.data.findings, unresolved: check.data.unresolved };
}

/** A "Fix" link from elsewhere (the Submit dialog) names the field to go to: focus it once the form is there. */
function useFocusOnFix() {
  const [params] = useSearchParams();
  const field = params.get('fix');
  useEffect(() => {
    if (field) document.getElementById(fieldInputId(field))?.focus();
  }, [field]);
}
