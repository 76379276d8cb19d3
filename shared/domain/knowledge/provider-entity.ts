/**
 * Which of a provider's legal entities serves the users of a country. The knowledge pack records each
 * entity with a sentence saying whom it serves ("users in the European Region", "people in the US and
 * any country outside the EU/EEA"); a sentence that names the user's region wins, one that serves
 * everyone "outside" applies otherwise. When no sentence says (Google's pack entry), nothing is
 * proposed: the officer reads the provider's terms.
 */

/** EU member states and the EEA's Iceland, Liechtenstein and Norway. */
const EEA = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);

const REGION_WORDS: { applies: (country: string) => boolean; words: RegExp }[] = [
  { applies: (c) => EEA.has(c), words: /european region|\beu\b|\beea\b/ },
  { applies: (c) => c === 'CH', words: /switzerland|european region/ },
  { applies: (c) => c === 'GB', words: /united kingdom/ },
  { applies: (c) => c === 'US', words: /united states|\bin the us\b/ },
];

export interface RecordedEntity {
  name: string;
  detail: string;
}

const namesRegionOf = (text: string, country: string) =>
  REGION_WORDS.some((r) => r.applies(country) && r.words.test(text));

export function entityForCountry(entities: RecordedEntity[], country: string): string | null {
  const about = entities.map((e) => ({ name: e.name, detail: e.detail.toLowerCase() }));
  const direct = about.find((e) => !e.detail.includes('outside') && namesRegionOf(e.detail, country));
  if (direct) return direct.name;
  const rest = about.find((e) => {
    const outside = e.detail.split('outside')[1];
    return outside !== undefined && !namesRegionOf(outside, country);
  });
  return rest?.name ?? null;
}
