/**
 * Which recorded treaties can carry a request between two states: both must be parties with the treaty in
 * force for each of them on the day, and the offence must be within the treaty's scope. A treaty whose
 * party list the office has not recorded is never assumed to apply.
 */
import type { AdviceInput, Citation, KnowledgeBook, TreatyConsidered } from './types';

const dateOf = (cite: Citation | null) => (cite && typeof cite.value === 'string' ? cite.value : null);
const onOrBefore = (date: string | null, today: string) => date !== null && date <= today;

function listOf(cite: Citation | null): string[] {
  return cite && Array.isArray(cite.value) ? (cite.value as string[]) : [];
}

/** In force between the two states: from the treaty's party list, or its per-party records. */
function partyStatus(book: KnowledgeBook, key: string, a: string, b: string, today: string) {
  const parties = book.fact('treaty', key, 'parties');
  const treatyInForce = book.fact('treaty', key, 'inForce');
  const listed = book.fact('treaty', key, 'listedInForce');
  if (parties) {
    const hub = book.fact('treaty', key, 'hubParty')?.value;
    const both =
      listOf(parties).includes(a) && listOf(parties).includes(b) && (typeof hub !== 'string' || hub === a || hub === b);
    const cites = [parties, ...(treatyInForce ? [treatyInForce] : []), ...(listed ? [listed] : [])];
    if (!both) return { outcome: 'not_party' as const, cites };
    // An official list stating the treaty in force on its date stands in for an unrecorded entry-into-force date.
    const inForce = onOrBefore(dateOf(treatyInForce), today) || (listed?.value === true && listed.asOf <= today);
    return { outcome: inForce ? ('ok' as const) : ('not_in_force' as const), cites };
  }
  const partyKeys = book.keys('treatyParty').filter((k) => k.startsWith(`${key}/`));
  if (partyKeys.length === 0) return { outcome: 'parties_not_recorded' as const, cites: [] };
  const forA = book.fact('treatyParty', `${key}/${a}`, 'inForce');
  const forB = book.fact('treatyParty', `${key}/${b}`, 'inForce');
  const cites = [forA, forB].filter((c): c is Citation => c !== null);
  const signedOnly = (iso: string) =>
    book.fact('treatyParty', `${key}/${iso}`, 'signed') !== null ||
    book.fact('treatyParty', `${key}/${iso}`, 'ratified') !== null;
  if (!forA || !forB) {
    const pending = (forA || signedOnly(a)) && (forB || signedOnly(b));
    return { outcome: pending ? ('not_in_force' as const) : ('not_party' as const), cites };
  }
  const inForce =
    onOrBefore(dateOf(forA), today) &&
    onOrBefore(dateOf(forB), today) &&
    onOrBefore(dateOf(treatyInForce) ?? '0000', today);
  return { outcome: inForce ? ('ok' as const) : ('not_in_force' as const), cites };
}

/** Whether the treaty covers this offence, or (for e-evidence treaties) any offence whose evidence is data. */
function inScope(book: KnowledgeBook, key: string, input: AdviceInput) {
  const scope = book.fact('treaty', key, 'offenceScope');
  const anyEvidence = book.fact('treaty', key, 'electronicEvidenceAnyOffence');
  if (scope && listOf(scope).includes(input.offence)) return { ok: true, cites: [scope] };
  if (anyEvidence?.value === true && input.dataCategory !== null) return { ok: true, cites: [anyEvidence] };
  return {
    ok: false,
    cites: [scope, anyEvidence].filter((c): c is Citation => c !== null),
    known: scope !== null || anyEvidence !== null,
  };
}

export function treatyName(book: KnowledgeBook, key: string): string | null {
  const name = book.fact('treaty', key, 'name');
  return typeof name?.value === 'string' ? name.value : null;
}

export function treatyType(book: KnowledgeBook, key: string): string | null {
  const type = book.fact('treaty', key, 'type');
  return typeof type?.value === 'string' ? type.value : null;
}

/** Every MLA-capable treaty (not CLOUD Act agreements) judged for the two states, in pack order. */
export function considerTreaties(book: KnowledgeBook, input: AdviceInput, a: string, b: string): TreatyConsidered[] {
  return book
    .keys('treaty')
    .filter((key) => treatyType(book, key) !== 'cloud_act')
    .map((key): TreatyConsidered => {
      const name = treatyName(book, key);
      const status = partyStatus(book, key, a, b, input.today);
      if (status.outcome !== 'ok') return { treatyKey: key, name, outcome: status.outcome, cites: status.cites };
      const scope = inScope(book, key, input);
      return scope.ok
        ? { treatyKey: key, name, outcome: 'basis', cites: [...status.cites, ...scope.cites] }
        : { treatyKey: key, name, outcome: 'out_of_scope', cites: [...status.cites, ...scope.cites] };
    });
}

/** A CLOUD Act agreement in force between the requesting state and the provider's home state, in scope. */
export function cloudAgreement(book: KnowledgeBook, input: AdviceInput, providerHome: string) {
  for (const key of book.keys('treaty').filter((k) => treatyType(book, k) === 'cloud_act')) {
    const status = partyStatus(book, key, input.fromCountry, providerHome, input.today);
    if (status.outcome !== 'ok') continue;
    const scope = inScope(book, key, input);
    return { key, name: treatyName(book, key), inScope: scope.ok, cites: [...status.cites, ...scope.cites] };
  }
  return null;
}
