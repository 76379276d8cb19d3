import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateList } from '../../../../shared/contract/drafting';
import { DOC_TYPES, DRAFT_LANGUAGES, type DocType, type DraftLanguage } from '../../../../shared/domain/drafting';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useApiMutation, useApiQuery } from '../../platform/api';

/** The office's own wording of each template section, per document and language. */
export function TemplatePage() {
  const { t } = useTranslation();
  const [docType, setDocType] = useState<DocType>('mla_request');
  const [language, setLanguage] = useState<DraftLanguage>('en');
  const list = useApiQuery('template:list', { docType, language });
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('drafting.templates.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('drafting.templates.intro')} {t('drafting.templates.placeholders')}
      </Text>
      <Group gap="md">
        <Select
          label={t('drafting.docType')}
          w={320}
          allowDeselect={false}
          value={docType}
          data={DOC_TYPES.map((type) => ({ value: type, label: t(`drafting.docTypes.${type}`) }))}
          onChange={(value) => value && setDocType(value)}
        />
        <Select
          label={t('drafting.language')}
          w={200}
          allowDeselect={false}
          value={language}
          data={DRAFT_LANGUAGES.map((lang) => ({ value: lang, label: t(`drafting.languages.${lang}`) }))}
          onChange={(value) => value && setLanguage(value)}
        />
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.data?.sections.map((section) => (
        <SectionEditor
          key={`${docType}/${language}/${section.sectionId}/${section.body}`}
          list={list.data}
          section={section}
        />
      ))}
    </Stack>
  );
}

function SectionEditor({ list, section }: { list: TemplateList; section: TemplateList['sections'][number] }) {
  const { t } = useTranslation();
  const [heading, setHeading] = useState(section.heading);
  const [body, setBody] = useState(section.body);
  const save = useApiMutation('template:save');
  const revert = useApiMutation('template:revert');
  const key = { docType: list.docType, language: list.language, sectionId: section.sectionId };
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={t('drafting.templates.section', { id: section.sectionId })}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600} size="sm" ff="monospace">
            {section.sectionId}
          </Text>
          {section.local && (
            <Badge size="sm" color="grape" variant="light">
              {t('drafting.templates.local')}
            </Badge>
          )}
        </Group>
        {section.shippedChanged && (
          <Alert color="yellow" p="xs">
            {t('drafting.templates.shippedChanged')}
          </Alert>
        )}
        {section.shippedHeading !== '' && (
          <TextInput
            label={t('drafting.templates.heading')}
            value={heading}
            onChange={(e) => setHeading(e.currentTarget.value)}
          />
        )}
        <Textarea
          label={t('drafting.templates.body')}
          autosize
          minRows={2}
          maxRows={12}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <ApiErrorAlert error={save.error ?? revert.error} />
        <Group gap="xs" justify="flex-end">
          {section.local && (
            <Button
              variant="subtle"
              size="xs"
              loading={revert.isPending}
              onClick={() =>
                revert.mutate(key, {
                  onSuccess: () => notifications.show({ message: t('drafting.templates.reverted') }),
                })
              }
            >
              {t('drafting.templates.revert')}
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            disabled={heading === section.heading && body === section.body}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { ...key, heading, body },
                { onSuccess: () => notifications.show({ color: 'green', message: t('drafting.templates.saved') }) },
              )
            }
          >
            {t('drafting.templates.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
