import { Badge, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AdviceInput, AdviceView, ChannelOptionView } from '../../../../shared/contract/advisor';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { countryName } from '../../lib/countries';
import { useApiMutation, useApiQuery } from '../../platform/api';
import { AdvisorForm } from './advisor-form';
import { Citations } from './citations';
import { OptionCard } from './option-card';

function PreservationPanel({ advice, providerName }: { advice: AdviceView; providerName: string }) {
  const { t } = useTranslation();
  const p = advice.preservation;
  if (!p) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('advisor.preservation')}>
      <Title order={2} size="h4">
        {t('advisor.preservation')}
      </Title>
      <Text size="sm">
        {p.days
          ? t('advisor.preservationDays', { provider: providerName, days: p.days.value as number })
          : t('advisor.preservationUnknown')}
      </Text>
      {p.days && <Citations cites={[p.days]} />}
      {p.policy && (
        <>
          <Text size="sm">{String(p.policy.value)}</Text>
          <Citations cites={[p.policy]} />
        </>
      )}
      {p.rule && (
        <Text size="sm">{t('advisor.preservationRule', { title: p.rule.title, citation: p.rule.citation })}</Text>
      )}
    </Paper>
  );
}

export function AdvisorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asked, setAsked] = useState<AdviceInput | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  const advice = useApiQuery('advisor:advise', asked ?? { country: 'US', holder: 'authority', offence: 'other' }, {
    enabled: asked !== null,
  });
  const cases = useApiQuery('case:list', { limit: 50, archived: 'active' });
  const providers = useApiQuery('knowledge:list', { kind: 'provider' });
  const create = useApiMutation('advisor:createDraft');
  const data = asked ? advice.data : undefined;
  const providerName = (() => {
    const entity = providers.data?.entities.find((e) => e.key === asked?.providerKey);
    const name = entity?.facts.find((f) => f.field === 'name')?.value;
    return typeof name === 'string' ? name : (asked?.providerKey ?? '');
  })();
  const what = asked
    ? asked.dataCategory
      ? t(`domain.dataCategory.${asked.dataCategory}`)
      : t(`domain.assistance.${asked.assistanceType ?? 'other'}`)
    : '';
  const createFrom = (option: ChannelOptionView, withPreservation: boolean) => {
    if (!asked || !caseId) return;
    const country = countryName(asked.country);
    create.mutate(
      {
        ...asked,
        caseId: Number(caseId),
        optionId: option.id,
        withPreservation,
        title: t('advisor.draftTitle', {
          option: t(`advisor.option.${option.id}`),
          what: providerName ? `${what}, ${providerName}` : what,
          country,
        }),
        preservationTitle: t('advisor.preservationTitle', { provider: providerName, country }),
        legalBasis: option.legalBases
          .map((b) => t(`advisor.basis.${b.code}`, { name: b.name ?? b.treatyKey }))
          .join('; ')
          .slice(0, 500),
      },
      { onSuccess: (result) => void navigate(`/requests/${result.preservationRequestId ?? result.requestId}`) },
    );
  };
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('advisor.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('advisor.intro')}
      </Text>
      <AdvisorForm onAsk={setAsked} />
      <ApiErrorAlert error={advice.error ?? create.error} />
      {data && (
        <>
          {data.warnings.map((w) => (
            <Text key={w.code} c="orange.8" size="sm">
              {t(`advisor.note.${w.code}`, w.params)}
            </Text>
          ))}
          <Group align="flex-end">
            <Select
              label={t('advisor.chooseCase')}
              data={(cases.data?.items ?? []).map((c) => ({
                value: String(c.id),
                label: `${c.reference} · ${c.title}`,
              }))}
              value={caseId}
              onChange={setCaseId}
              searchable
              w={420}
            />
          </Group>
          <PreservationPanel advice={data} providerName={providerName} />
          {data.options.map((option, index) => (
            <OptionCard
              key={option.id}
              option={option}
              position={index + 1}
              canPreserve={data.preservation !== null}
              canCreate={caseId !== null && !create.isPending}
              onCreate={(withPreservation) => (caseId ? createFrom(option, withPreservation) : undefined)}
            />
          ))}
          <Paper withBorder p="md" component="section" aria-label={t('advisor.treaties')}>
            <Title order={2} size="h4">
              {t('advisor.treaties')}
            </Title>
            <List size="sm" spacing={4}>
              {data.treaties.map((treaty) => (
                <List.Item key={treaty.treatyKey}>
                  {treaty.name ?? treaty.treatyKey}{' '}
                  <Badge size="xs" color={treaty.outcome === 'basis' ? 'green' : 'gray'} variant="light">
                    {t(`advisor.treatyOutcome.${treaty.outcome}`)}
                  </Badge>
                  <Citations cites={treaty.cites} />
                </List.Item>
              ))}
            </List>
          </Paper>
        </>
      )}
    </Stack>
  );
}
