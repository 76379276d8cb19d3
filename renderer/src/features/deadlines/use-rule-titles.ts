import { useApiQuery } from '../../platform/api';

/** Rule id → the rule's title, so a computed deadline can name the rule it came from. */
export function useRuleTitles(): Map<string, string> {
  const rules = useApiQuery('rule:list', {}, { staleTime: 60_000 });
  return new Map((rules.data?.rules ?? []).map((view) => [view.rule.id, view.rule.title]));
}
