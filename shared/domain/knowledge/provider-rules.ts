/**
 * A provider's own preservation period, as recorded in the knowledge pack (or edited by the office),
 * becomes a provider override of the statutory preservation rules, so a preservation request to that
 * provider counts its expiry from the provider's policy and cites it. The deadline engine does the rest.
 */
import type { KnowledgeBook } from '../advisor/types';
import { days } from '../deadlines/rule-builder';
import type { DeadlineRule } from '../deadlines/types';

/** A request addressed to one of the provider's legal entities follows the provider's policy too. */
function entityNames(book: KnowledgeBook, key: string): string[] {
  const entities = book.fact('provider', key, 'entities')?.value;
  return Array.isArray(entities) ? entities.flatMap((e) => (typeof e === 'object' ? [e.name] : [])) : [];
}

/** The statutory preservation rules a provider's policy refines. */
export const PRESERVATION_BASE_RULES = ['us-2703f-preservation', 'budapest-29-7-preservation'];

export function providerPreservationRules(book: KnowledgeBook, shipped: DeadlineRule[]): DeadlineRule[] {
  const bases = shipped.filter((r) => PRESERVATION_BASE_RULES.includes(r.id));
  return book.keys('provider').flatMap((key) => {
    const period = book.fact('provider', key, 'preservationDays');
    const name = book.fact('provider', key, 'name');
    if (typeof period?.value !== 'number' || typeof name?.value !== 'string') return [];
    const extension = book.fact('provider', key, 'preservationExtensionDays');
    const providerName = name.value;
    const citation = period.local
      ? `Office knowledge edit: ${providerName} preserves for ${period.value} days`
      : `${period.sourceTitle ?? period.sourceId}: ${providerName} preserves for ${period.value} days`;
    return bases.map((base): DeadlineRule => ({
      ...structuredClone(base),
      id: `knowledge-${key}-${base.id}`,
      title: `${providerName}: preservation period (provider policy)`,
      duration: days(period.value as number),
      extension:
        typeof extension?.value === 'number'
          ? { trigger: 'extended', duration: days(extension.value), maxTimes: 1 }
          : base.extension,
      source: {
        citation,
        url: period.local ? null : period.sourceUrl,
        note: `Knowledge fact as of ${period.asOf}; replaces "${base.title}" for requests to ${providerName}.`,
      },
      overrides: { ruleId: base.id, country: null, provider: providerName, providerAliases: entityNames(book, key) },
      yieldsTo: [],
      enabled: true,
    }));
  });
}
