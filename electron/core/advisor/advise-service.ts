/** Loads what the pure advisor needs (knowledge, history, the deadline rules in force) and asks it. */
import type { z } from 'zod';
import type { adviceInput, adviceShape } from '../../../shared/contract/advisor';
import { advise } from '../../../shared/domain/advisor/advise';
import type { AdviceInput, DefaultDuration } from '../../../shared/domain/advisor/types';
import { selectRules, type BindingScope } from '../../../shared/domain/deadlines/rule-selection';
import { bindingsFromBook } from '../deadlines/bindings';
import type { DeadlineRule, OfficeFacts, RequestFacts } from '../../../shared/domain/deadlines/types';
import { dateInZone } from '../../../shared/domain/dates';
import { CHANNELS, type Channel } from '../../../shared/domain/requests';
import type { AppContext } from '../context';
import { effectiveRules } from '../deadlines/rules-repo';
import { loadKnowledge } from '../knowledge/knowledge-store';
import { providerName } from '../knowledge/provider-choices';
import { requireOffice } from '../office/office-repo';
import { channelHistory } from './history';

const DEFAULT_KIND: Record<Channel, string | null> = {
  provider: 'voluntary_subscriber',
  police: 'direct',
  rogatory: null,
  mla: null,
};

function firstRule(
  rules: DeadlineRule[],
  request: RequestFacts,
  office: OfficeFacts,
  kind: DeadlineRule['deadlineKind'],
  scope: BindingScope,
) {
  return selectRules(rules, request, office, scope).find((rule) => rule.deadlineKind === kind) ?? null;
}

export function adviseFor(ctx: AppContext, input: z.output<typeof adviceInput>): z.infer<typeof adviceShape> {
  const office = requireOffice(ctx.db.orm);
  const facts: OfficeFacts = {
    timeZone: office.timeZone,
    homeCountry: office.homeCountry,
    hostCountry: office.hostCountry,
  };
  const knowledge = loadKnowledge(ctx.db.orm);
  const rules = effectiveRules(ctx.db.orm);
  const provider = input.holder === 'provider' ? providerName(knowledge.book, input.providerKey) : '';
  const hypothetical = (channel: Channel, kind: string | null): RequestFacts => ({
    id: 0,
    channel,
    kind,
    urgency: input.urgency,
    counterpartCountry: input.country,
    provider,
    status: 'draft',
  });
  const today = dateInZone(ctx.clock.now(), office.timeZone);
  const scope: BindingScope = { bindings: bindingsFromBook(knowledge.book), onDate: today };
  const defaults: Partial<Record<Channel, DefaultDuration>> = {};
  for (const channel of CHANNELS) {
    const rule = firstRule(rules, hypothetical(channel, DEFAULT_KIND[channel]), facts, 'expected_response', scope);
    if (!rule) continue;
    const duration = rule.byUrgency?.[input.urgency] ?? rule.duration;
    defaults[channel] = {
      ruleId: rule.id,
      title: rule.title,
      amount: duration.amount,
      unit: duration.unit,
      citation: rule.source.citation,
      url: rule.source.url,
    };
  }
  const request: AdviceInput = {
    ...input,
    providerKey: input.holder === 'provider' ? input.providerKey : null,
    fromCountry: office.homeCountry,
    today,
  };
  const advice = advise(request, { book: knowledge.book, history: channelHistory(ctx.db, input.country), defaults });
  const preservationRule = advice.preservation
    ? firstRule(rules, hypothetical('provider', 'preservation'), facts, 'hard_expiry', scope)
    : null;
  return {
    ...advice,
    fromCountry: office.homeCountry,
    today,
    preservation: advice.preservation && {
      ...advice.preservation,
      rule: preservationRule && {
        ruleId: preservationRule.id,
        title: preservationRule.title,
        citation: preservationRule.source.citation,
        url: preservationRule.source.url,
      },
    },
  };
}
