import { Badge, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { countryName } from '../../lib/countries';
import { formatDate, formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';
import { Field } from '../../forms/field';

export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  const none = t('common.none');
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder p="sm" h="100%">
          <Title order={2} size="h4" mb="xs">
            {t('cases.field.summary')}
          </Title>
          {detail.summary ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {detail.summary}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('cases.overview.noSummary')}
            </Text>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="sm">
          <Title order={2} size="h4" mb="xs">
            {t('cases.overview.details')}
          </Title>
          <Stack gap="xs">
            <Field label={t('cases.field.offenceCategory')}>{t(`domain.offence.${detail.offenceCategory}`)}</Field>
            <Field label={t('cases.field.counterpartCountry')}>{countryName(detail.counterpartCountry) || none}</Field>
            <Field label={t('cases.field.leadOfficer')}>{detail.leadOfficerName ?? none}</Field>
            <SimpleGrid cols={2} spacing="xs">
              <Field label={t('cases.field.openedOn')}>{formatDate(detail.openedOn)}</Field>
              <Field label={t('cases.field.closedOn')}>{formatDate(detail.closedOn) || none}</Field>
            </SimpleGrid>
            <Field label={t('cases.field.tags')}>
              {detail.tags.length === 0 ? (
                none
              ) : (
                <Group gap={4}>
                  {detail.tags.map((tag) => (
                    <Badge key={tag} size="sm" variant="outline" style={{ textTransform: 'none' }}>
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
            </Field>
            <Field label={t('cases.overview.updated')}>
              {formatInstant(detail.updatedAt, timeZone)} ({timeZone})
            </Field>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
