import { describe, expect, it } from 'vitest';
import { advise } from '../../shared/domain/advisor/advise';
import type { AdviceContext, AdviceInput, OptionId } from '../../shared/domain/advisor/types';
import { makeBook } from '../../shared/domain/knowledge/book';
import type { EffectiveFact } from '../../shared/domain/knowledge/merge';
import type { FactKind, FactValue } from '../../shared/domain/knowledge/fields';

/** A small hand-made knowledge base: Budapest with FR, US, BR as parties (not IE), a US provider, the US-UK agreement. */
const fact = (kind: FactKind, key: string, field: string, value: FactValue): EffectiveFact => ({
  kind,
  key,
  field,
  value,
  source: 'src',
  asOf: '2026-04-25',
  note: null,
  local: false,
  editedBy: null,
  packValue: null,
});
const FACTS: EffectiveFact[] = [
  fact('treaty', 'budapest', 'name', 'Convention on Cybercrime'),
  fact('treaty', 'budapest', 'type', 'multilateral'),
  fact('treaty', 'budapest', 'inForce', '2004-07-01'),
  fact('treaty', 'budapest', 'offenceScope', ['cybercrime', 'child_sexual_exploitation']),
  fact('treaty', 'budapest', 'electronicEvidenceAnyOffence', true),
  fact('treatyParty', 'budapest/FR', 'inForce', '2006-05-01'),
  fact('treatyParty', 'budapest/US', 'inForce', '2007-01-01'),
  fact('treatyParty', 'budapest/GB', 'inForce', '2011-09-01'),
  fact('treatyParty', 'budapest/IE', 'signed', '2002-02-28'),
  fact('treaty', 'untoc', 'name', 'UNTOC'),
  fact('treaty', 'untoc', 'type', 'multilateral'),
  fact('treaty', 'cloud-us-uk', 'name', 'US-UK agreement'),
  fact('treaty', 'cloud-us-uk', 'type', 'cloud_act'),
  fact('treaty', 'cloud-us-uk', 'inForce', '2022-10-03'),
  fact('treaty', 'cloud-us-uk', 'parties', ['US', 'GB']),
  fact('treaty', 'cloud-us-uk', 'offenceScope', ['fraud', 'cybercrime']),
  fact('provider', 'meta', 'name', 'Meta'),
  fact('provider', 'meta', 'homeCountry', 'US'),
  fact('provider', 'meta', 'emergency', 'Via the portal'),
  fact('provider', 'meta', 'processSubscriber', 'subpoena'),
  fact('provider', 'meta', 'preservationDays', 90),
  fact('provider', 'local-host', 'name', 'Local host SARL'),
  fact('provider', 'local-host', 'homeCountry', 'BR'),
];
const book = makeBook(FACTS, { src: { url: 'https://example.org', title: 'Example', date: '2026-04-25' } });
const ctx = (history: AdviceContext['history'] = {}): AdviceContext => ({
  book,
  history,
  defaults: {
    mla: { ruleId: 'mla-expected-response', title: 'MLA', amount: 24, unit: 'months', citation: 'T-CY', url: null },
  },
});

const input = (over: Partial<AdviceInput>): AdviceInput => ({
  fromCountry: 'FR',
  country: 'US',
  holder: 'provider',
  providerKey: 'meta',
  dataCategory: 'subscriber',
  assistanceType: null,
  urgency: 'routine',
  offence: 'fraud',
  today: '2026-11-30',
  ...over,
});

const ids = (a: ReturnType<typeof advise>) => a.options.filter((o) => o.available).map((o) => o.id);
const mla = (a: ReturnType<typeof advise>) => a.options.find((o) => o.id === 'mla')!;
const basisKeys = (a: ReturnType<typeof advise>) => mla(a).legalBases.map((b) => b.treatyKey ?? b.code);
const option = (a: ReturnType<typeof advise>, id: OptionId) => a.options.find((o) => o.id === id);

describe('channel advisor rules', () => {
  const matrix: { name: string; in: Partial<AdviceInput>; first: OptionId; bases: string[]; direct: boolean }[] = [
    {
      name: 'US provider, subscriber, fraud, both Budapest parties',
      in: {},
      first: 'direct',
      bases: ['budapest', 'reciprocity'],
      direct: true,
    },
    {
      name: 'US provider, content: no direct road, MLA first',
      in: { dataCategory: 'content' },
      first: 'mla',
      bases: ['budapest', 'reciprocity'],
      direct: false,
    },
    {
      name: 'requesting state not a party (IE only signed): reciprocity only',
      in: { fromCountry: 'IE' },
      first: 'direct',
      bases: ['reciprocity'],
      direct: true,
    },
    {
      name: 'assistance for a fraud (not e-evidence): Budapest out of scope',
      in: { holder: 'authority', providerKey: null, dataCategory: null, assistanceType: 'witness_evidence' },
      first: 'mla',
      bases: ['reciprocity'],
      direct: false,
    },
    {
      name: 'assistance for a cybercrime: Budapest in scope',
      in: {
        holder: 'authority',
        providerKey: null,
        dataCategory: null,
        assistanceType: 'witness_evidence',
        offence: 'cybercrime',
      },
      first: 'mla',
      bases: ['budapest', 'reciprocity'],
      direct: false,
    },
    {
      name: 'non-US provider content: direct road stays open',
      in: { providerKey: 'local-host', country: 'BR', dataCategory: 'content' },
      first: 'direct',
      bases: ['reciprocity'],
      direct: true,
    },
    {
      name: 'emergency: emergency disclosure first, even for content',
      in: { dataCategory: 'content', urgency: 'emergency' },
      first: 'emergency',
      bases: ['budapest', 'reciprocity'],
      direct: false,
    },
  ];
  it.each(matrix)('$name', (c) => {
    const advice = advise(input(c.in), ctx());
    expect(advice.options[0]?.id).toBe(c.first);
    expect(basisKeys(advice)).toEqual(c.bases);
    expect(ids(advice).includes('direct')).toBe(c.direct);
  });

  it('says why a US provider cannot be asked directly for content, citing the provider fact', () => {
    const direct = option(advise(input({ dataCategory: 'content' }), ctx()), 'direct')!;
    expect(direct.available).toBe(false);
    expect(direct.warnings[0]?.code).toBe('usProviderContent');
    expect(direct.warnings[0]?.cites.map((c) => c.field)).toContain('homeCountry');
  });

  it('offers the CLOUD Act agreement for content only when it is in force between the states and covers the offence', () => {
    expect(option(advise(input({ fromCountry: 'GB', dataCategory: 'content' }), ctx()), 'cloud_act')?.available).toBe(
      true,
    );
    expect(
      option(advise(input({ fromCountry: 'GB', dataCategory: 'content', offence: 'drugs' }), ctx()), 'cloud_act')
        ?.available,
    ).toBe(false);
    expect(
      option(advise(input({ fromCountry: 'GB', dataCategory: 'content', today: '2022-01-01' }), ctx()), 'cloud_act'),
    ).toBeUndefined();
    expect(option(advise(input({ dataCategory: 'content' }), ctx()), 'cloud_act')).toBeUndefined();
  });

  it('never assumes a treaty whose parties are not recorded, and says so', () => {
    const advice = advise(input({ offence: 'organised_crime' }), ctx());
    expect(advice.treaties.find((t) => t.treatyKey === 'untoc')?.outcome).toBe('parties_not_recorded');
    expect(basisKeys(advice)).not.toContain('untoc');
  });

  it('reports a signatory that has not ratified as not in force, and a stranger as not a party', () => {
    expect(advise(input({ fromCountry: 'IE' }), ctx()).treaties[0]?.outcome).toBe('not_in_force');
    expect(advise(input({ fromCountry: 'CN' }), ctx()).treaties[0]?.outcome).toBe('not_party');
  });

  it('warns that dual criminality is needed for coercive measures, and to preserve before a formal request', () => {
    const advice = advise(input({ dataCategory: 'content' }), ctx());
    const codes = mla(advice).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['dualCriminalityCoercive', 'preserveNow']));
    expect(mla(advice).preserveFirst).toBe(true);
    expect(advice.preservation?.days?.value).toBe(90);
    expect(mla(advise(input({}), ctx())).warnings.map((w) => w.code)).not.toContain('dualCriminalityCoercive');
  });

  it('uses the office history from 5 closed requests, else the rule default, saying which', () => {
    const few = mla(advise(input({}), ctx({ mla: { n: 4, medianDays: 100, p90Days: 200 } }))).expected;
    expect(few).toMatchObject({ basis: 'rule', historyN: 4, rule: { ruleId: 'mla-expected-response' } });
    const enough = mla(advise(input({}), ctx({ mla: { n: 5, medianDays: 100, p90Days: 200 } }))).expected;
    expect(enough).toEqual({ basis: 'history', n: 5, medianDays: 100, p90Days: 200 });
  });
});
