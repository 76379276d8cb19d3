/**
 * The advisor's legal basis for an MLA request, for country pairs, from the shipped knowledge pack: the
 * bilateral treaty governs (with the EU-US Agreement beside it, art. 3 of that Agreement), multilateral
 * instruments that bind both States come next, reciprocity last. Budapest art. 27 governs only where no
 * MLA treaty is in force between the two (art. 27(1)).
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../shared/domain/advisor/advise';
import type { AdviceInput } from '../../shared/domain/advisor/types';
import { shippedBook } from './shipped-knowledge';

const book = shippedBook();

interface Row {
  from: string;
  to: string;
  bases: [string, string][];
  article: string;
}

const R: [string, string] = ['reciprocity', 'fallback'];
const rows: Row[] = [
  {
    from: 'FR',
    to: 'DE',
    bases: [['eu-mla-2000', 'governing'], ['budapest', 'also_applies'], R],
    article: 'EU MLA Convention 2000 (in force FR 2005, DE 2006), supplementing ETS 030; no US-style bilateral MLAT',
  },
  {
    from: 'FR',
    to: 'US',
    bases: [['us-mlat-fr', 'governing'], ['eu-us-mla', 'supplements'], ['budapest', 'also_applies'], R],
    article: 'US-France MLAT; EU-US MLA Agreement art. 3(1); ETS 185 art. 27(1)',
  },
  {
    from: 'DE',
    to: 'US',
    bases: [['us-mlat-de', 'governing'], ['eu-us-mla', 'supplements'], ['budapest', 'also_applies'], R],
    article: 'US-Germany MLAT; EU-US MLA Agreement art. 3(1)',
  },
  {
    from: 'ES',
    to: 'US',
    bases: [['us-mlat-es', 'governing'], ['eu-us-mla', 'supplements'], ['budapest', 'also_applies'], R],
    article: 'US-Spain MLAT; EU-US MLA Agreement art. 3(1)',
  },
  {
    from: 'GB',
    to: 'US',
    bases: [['us-mlat-gb', 'governing'], ['budapest', 'also_applies'], R],
    article: 'US-UK MLAT (the UK has left the EU); ETS 185 art. 27(1)',
  },
  {
    from: 'US',
    to: 'IE',
    bases: [['us-mlat-ie', 'governing'], ['eu-us-mla', 'supplements'], R],
    article: 'US-Ireland MLAT; Ireland is not a Budapest Party',
  },
  {
    from: 'US',
    to: 'DK',
    bases: [['eu-us-mla', 'governing'], ['budapest', 'also_applies'], R],
    article: 'EU-US MLA Agreement art. 3(3) (no bilateral MLAT on the 2011 list)',
  },
  {
    from: 'BR',
    to: 'US',
    bases: [['us-mlat-br', 'governing'], ['budapest', 'also_applies'], R],
    article: 'US-Brazil MLAT; ETS 185 in force for Brazil since 2023',
  },
  {
    from: 'IN',
    to: 'US',
    bases: [['us-mlat-in', 'governing'], R],
    article: 'US-India MLAT; India is not a Budapest Party',
  },
  {
    from: 'JP',
    to: 'US',
    bases: [['us-mlat-jp', 'governing'], ['budapest', 'also_applies'], R],
    article: 'US-Japan MLAT; ETS 185 art. 27(1)',
  },
  {
    from: 'AU',
    to: 'US',
    bases: [['us-mlat-au', 'governing'], ['budapest', 'also_applies'], R],
    article: 'US-Australia MLAT; ETS 185 art. 27(1)',
  },
  {
    from: 'CA',
    to: 'US',
    bases: [['us-mlat-ca', 'governing'], ['budapest', 'also_applies'], R],
    article: 'US-Canada MLAT; ETS 185 art. 27(1)',
  },
  { from: 'US', to: 'KP', bases: [R], article: 'No treaty recorded between the two: reciprocity only' },
  { from: 'US', to: 'IR', bases: [R], article: 'No treaty recorded between the two: reciprocity only' },
];

const input = (from: string, to: string): AdviceInput => ({
  fromCountry: from,
  country: to,
  holder: 'authority',
  providerKey: null,
  dataCategory: 'content',
  assistanceType: 'search_seizure',
  urgency: 'routine',
  offence: 'cybercrime',
  today: '2026-12-07',
});

describe('the advisor names the governing instrument first', () => {
  it.each(rows)('$from → $to: $article', (row) => {
    const advice = advise(input(row.from, row.to), { book, history: {}, defaults: {} });
    const mla = advice.options.find((o) => o.id === 'mla')!;
    expect(mla.legalBases.map((b) => [b.treatyKey ?? b.code, b.role])).toEqual(row.bases);
    for (const basis of mla.legalBases.filter((b) => b.code === 'treaty'))
      expect(basis.cites.length).toBeGreaterThan(0);
  });

  it('says Budapest art. 27 governs only where no MLA treaty is in force, and beside one it adds its expedited measures', () => {
    const alone = advise(input('US', 'KP'), { book, history: {}, defaults: {} });
    expect(alone.options.find((o) => o.id === 'mla')?.warnings.map((w) => w.code)).toContain('reciprocityOnly');
    const beside = advise(input('FR', 'US'), { book, history: {}, defaults: {} });
    const budapest = beside.options.find((o) => o.id === 'mla')?.legalBases.find((b) => b.treatyKey === 'budapest');
    expect(budapest?.requires).toBe('budapest_beside_treaty');
  });

  it('names the US central authority and how it asks to receive requests, each with its official source', () => {
    const advice = advise(input('FR', 'US'), { book, history: {}, defaults: {} });
    const prerequisites = advice.options.find((o) => o.id === 'mla')!.prerequisites;
    const authority = prerequisites.find((n) => n.code === 'country.centralAuthority');
    expect(authority?.cites[0]?.value).toMatch(/Office of International Affairs/);
    expect(authority?.cites[0]?.sourceUrl).toMatch(/^https:\/\/www\.usdoj\.gov\//);
    expect(prerequisites.some((n) => n.code === 'country.transmissionMeans')).toBe(true);
  });
});

/** The CLOUD Act route, from the shipped pack, for content held by a US provider (18 U.S.C. 2523). */
const cloudRows: { from: string; today: string; agreement: string | null; article: string }[] = [
  { from: 'GB', today: '2026-12-07', agreement: 'cloud-us-uk', article: 'US-UK Agreement, in force 3 Oct 2022 (DOJ)' },
  { from: 'GB', today: '2022-10-02', agreement: null, article: 'US-UK Agreement: the day before its entry into force' },
  {
    from: 'AU',
    today: '2026-12-07',
    agreement: 'cloud-us-au',
    article: 'US-Australia Agreement, in force 31 Jan 2024',
  },
  {
    from: 'AU',
    today: '2024-01-30',
    agreement: null,
    article: 'US-Australia Agreement: before the US-stated entry into force',
  },
  { from: 'FR', today: '2026-12-07', agreement: null, article: 'No CLOUD Act agreement between France and the US' },
];

describe('the advisor offers the CLOUD Act route only where an agreement is in force', () => {
  it.each(cloudRows)('$from on $today: $article', (row) => {
    const advice = advise(
      { ...input(row.from, 'US'), holder: 'provider', providerKey: 'meta', today: row.today },
      { book, history: {}, defaults: {} },
    );
    const cloud = advice.options.find((o) => o.id === 'cloud_act');
    if (row.agreement === null) return expect(cloud).toBeUndefined();
    expect(cloud?.available).toBe(true);
    expect(cloud?.legalBases[0]?.treatyKey).toBe(row.agreement);
    expect(cloud?.legalBases[0]?.cites.every((c) => c.sourceUrl?.startsWith('https://'))).toBe(true);
  });
});

/** Country profiles of requested States, each from the State's own ministry page. */
const profiles: { to: string; authority: RegExp; host: string }[] = [
  { to: 'FR', authority: /entraide pénale internationale \(BEPI\)/, host: 'www.justice.gouv.fr' },
  { to: 'DE', authority: /Bundesamt für Justiz/, host: 'bundesjustizamt.de' },
  { to: 'GB', authority: /UK Central Authority \(UKCA\)/, host: 'www.gov.uk' },
];

describe('the advisor names the requested State’s central authority from its ministry', () => {
  it.each(profiles)('$to: $authority', (row) => {
    const advice = advise(input('US', row.to), { book, history: {}, defaults: {} });
    const authority = advice.options
      .find((o) => o.id === 'mla')!
      .prerequisites.find((n) => n.code === 'country.centralAuthority');
    expect(authority?.cites[0]?.value).toMatch(row.authority);
    expect(new URL(authority!.cites[0]!.sourceUrl!).host).toBe(row.host);
  });
});
