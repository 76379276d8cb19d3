/**
 * The channel advisor: for a concrete need (what, where, held by whom, how urgent, which offence) it lists
 * the roads a request can take, best first, each with its candidate legal bases, prerequisites, warnings
 * and expected duration, and cites the fact behind every statement. Pure: the same knowledge, history
 * and input always give the same advice.
 */
import type { Channel } from '../requests';
import { orderedBases } from './basis-order';
import { cloudAgreement, considerTreaties } from './treaties';
import {
  MIN_HISTORY,
  type Advice,
  type AdviceContext,
  type AdviceInput,
  type ChannelOption,
  type Citation,
  type ExpectedDuration,
  type LegalBasis,
  type Note,
  type OptionId,
  type PreservationAdvice,
} from './types';

const COERCIVE_ASSISTANCE = ['search_seizure', 'restraint_confiscation', 'intercept_material'];
const BASE_RANK: Record<OptionId, number> = {
  emergency: 100,
  direct: 90,
  cloud_act: 80,
  mla: 60,
  police: 40,
  rogatory: 10,
};
const KIND_BY_CATEGORY = {
  subscriber: 'voluntary_subscriber',
  traffic: 'voluntary_traffic',
  content: 'content_legal_process',
};

const present = (...cites: (Citation | null)[]) => cites.filter((c): c is Citation => c !== null);
const note = (code: string, cites: (Citation | null)[] = [], params: Note['params'] = {}): Note => ({
  code,
  params,
  cites: present(...cites),
});

export function expectedDuration(channel: Channel, ctx: AdviceContext): ExpectedDuration {
  const history = ctx.history[channel];
  if (history && history.n >= MIN_HISTORY) return { basis: 'history', ...history };
  return { basis: 'rule', historyN: history?.n ?? 0, rule: ctx.defaults[channel] ?? null };
}

function isCoercive(input: AdviceInput): boolean {
  return (
    input.dataCategory === 'content' ||
    (input.assistanceType !== null && COERCIVE_ASSISTANCE.includes(input.assistanceType))
  );
}

/** Country-profile prerequisites for a formal request (MLA or letter rogatory) to `country`. */
function formalPrerequisites(ctx: AdviceContext, input: AdviceInput): { prerequisites: Note[]; warnings: Note[] } {
  const fact = (field: string) => ctx.book.fact('country', input.country, field);
  const prerequisites = [
    ...['centralAuthority', 'centralAuthorityContact', 'transmissionMeans', 'languages', 'useLimits', 'guides']
      .map((field) => fact(field))
      .filter((c): c is Citation => c !== null)
      .map((c) => note(`country.${c.field}`, [c])),
  ];
  if (!ctx.book.keys('country').includes(input.country))
    prerequisites.push(note('countryProfileMissing', [], { country: input.country }));
  const warnings: Note[] = [];
  const diplomatic = fact('diplomaticChannelRequired');
  if (diplomatic?.value === true) warnings.push(note('diplomaticChannelRequired', [diplomatic]));
  const dual = fact('dualCriminality');
  if (dual?.value === 'always') warnings.push(note('dualCriminalityAlways', [dual]));
  else if (isCoercive(input) && dual?.value !== 'not_required') warnings.push(note('dualCriminalityCoercive', [dual]));
  return { prerequisites, warnings };
}

function option(
  id: OptionId,
  channel: Channel,
  ctx: AdviceContext,
  parts: Partial<
    Pick<ChannelOption, 'kind' | 'available' | 'legalBases' | 'prerequisites' | 'warnings' | 'preserveFirst'>
  > & {
    rankAdjust?: number;
  },
): ChannelOption {
  const available = parts.available ?? true;
  return {
    id,
    channel,
    kind: parts.kind ?? null,
    available,
    rank: available ? BASE_RANK[id] + (parts.rankAdjust ?? 0) : -1,
    legalBases: parts.legalBases ?? [],
    prerequisites: parts.prerequisites ?? [],
    warnings: parts.warnings ?? [],
    preserveFirst: parts.preserveFirst ?? false,
    expected: expectedDuration(channel, ctx),
  };
}

function providerOptions(ctx: AdviceContext, input: AdviceInput, provider: string): ChannelOption[] {
  const p = (field: string) => ctx.book.fact('provider', provider, field);
  const home = p('homeCountry');
  const homeCountry = typeof home?.value === 'string' ? home.value : null;
  const category = input.dataCategory;
  const out: ChannelOption[] = [];
  const portal = present(p('lePortal'), p('lePortalUrl')).map((c) => note(`provider.${c.field}`, [c]));
  const policyBasis: LegalBasis = {
    code: 'provider_policy',
    treatyKey: null,
    name: null,
    cites: present(p('processForeign')),
  };

  if (input.urgency === 'emergency') {
    const emergency = p('emergency');
    out.push(
      option('emergency', 'provider', ctx, {
        kind: 'emergency_disclosure',
        legalBases: [{ code: 'emergency', treatyKey: null, name: null, cites: present(emergency) }],
        prerequisites: [emergency ? note('provider.emergency', [emergency]) : note('emergencyNotRecorded'), ...portal],
        warnings: [note('emergencyThreshold')],
      }),
    );
  }
  if (category === null) return out;

  const usContent = category === 'content' && homeCountry === 'US' && input.fromCountry !== 'US';
  const process = p(
    category === 'subscriber' ? 'processSubscriber' : category === 'traffic' ? 'processTraffic' : 'processContent',
  );
  const foreign = p('processForeign');
  const directWarnings: Note[] = [];
  if (foreign) directWarnings.push(note('provider.processForeign', [foreign]));
  if (homeCountry === 'US' && category !== 'content') directWarnings.push(note('usVoluntaryOnly', [home]));
  if (!homeCountry) directWarnings.push(note('providerHomeUnknown'));
  out.push(
    option('direct', 'provider', ctx, {
      kind: KIND_BY_CATEGORY[category],
      available: !usContent,
      legalBases: usContent ? [] : [policyBasis],
      prerequisites: [...(process ? [note(`provider.${process.field}`, [process])] : []), ...portal],
      warnings: usContent ? [note('usProviderContent', [home, process, foreign])] : directWarnings,
    }),
  );

  if (homeCountry && category === 'content') {
    const cloud = cloudAgreement(ctx.book, input, homeCountry);
    if (cloud) {
      out.push(
        option('cloud_act', 'provider', ctx, {
          kind: 'content_legal_process',
          available: cloud.inScope,
          legalBases: cloud.inScope
            ? [{ code: 'cloud_act', treatyKey: cloud.key, name: cloud.name, cites: cloud.cites }]
            : [],
          prerequisites: present(
            ctx.book.fact('treaty', cloud.key, 'conditions'),
            ctx.book.fact('treaty', cloud.key, 'designatedAuthorities'),
          ).map((c) => note(`treaty.${c.field}`, [c])),
          warnings: cloud.inScope ? [] : [note('offenceOutOfScope', cloud.cites, { treaty: cloud.name ?? cloud.key })],
          preserveFirst: true,
        }),
      );
    }
  }
  return out;
}

function preservationAdvice(ctx: AdviceContext, provider: string): PreservationAdvice {
  const p = (field: string) => ctx.book.fact('provider', provider, field);
  return {
    providerKey: provider,
    days: p('preservationDays'),
    extensionDays: p('preservationExtensionDays'),
    policy: p('preservationPolicy'),
  };
}

export function advise(input: AdviceInput, ctx: AdviceContext): Advice {
  const provider = input.holder === 'provider' ? input.providerKey : null;
  const treaties = considerTreaties(ctx.book, input, input.fromCountry, input.country);
  const ordered = orderedBases(ctx.book, treaties);
  const bases = ordered.filter((b) => b.code === 'treaty');
  const formal = formalPrerequisites(ctx, input);
  const wantsData = provider !== null && input.dataCategory !== null;
  const slowWarnings = wantsData ? [note('preserveNow')] : [];

  const options: ChannelOption[] = provider ? providerOptions(ctx, input, provider) : [];
  options.push(
    option('mla', 'mla', ctx, {
      legalBases: ordered,
      prerequisites: formal.prerequisites,
      warnings: [...formal.warnings, ...(bases.length === 0 ? [note('reciprocityOnly')] : []), ...slowWarnings],
      preserveFirst: wantsData,
      rankAdjust: bases.length > 0 ? 5 : 0,
    }),
    option('police', 'police', ctx, {
      kind: 'direct',
      warnings: [note('policeNotForCourt'), ...(provider ? [note('policeCannotCompelProvider')] : [])],
      rankAdjust: provider ? -15 : 0,
    }),
    option('rogatory', 'rogatory', ctx, {
      legalBases: [{ code: 'reciprocity', treatyKey: null, name: null, cites: [] }],
      prerequisites: formal.prerequisites,
      warnings: [note('rogatoryLastResort'), ...formal.warnings, ...slowWarnings],
      preserveFirst: wantsData,
    }),
  );
  options.sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));

  const warnings: Note[] = [];
  if (input.fromCountry === input.country) warnings.push(note('sameCountry'));
  return {
    options,
    preservation: wantsData && provider ? preservationAdvice(ctx, provider) : null,
    treaties,
    warnings,
  };
}
