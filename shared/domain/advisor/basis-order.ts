/**
 * The order of the legal bases for a formal request, and what each requires. Between States bound by a
 * bilateral MLA treaty, that treaty governs (with the EU-US MLA Agreement supplementing it where it
 * applies, art. 3 of that Agreement); the multilateral instruments that bind both and cover the offence come
 * next; reciprocity last. Budapest art. 27 (the Convention's own MLA procedure) applies only where no MLA
 * treaty is in force between the Parties (art. 27(1)); its expedited measures (arts. 29-35) remain.
 */
import { treatyType } from './treaties';
import type { KnowledgeBook, LegalBasis, TreatyConsidered } from './types';

const partiesOf = (book: KnowledgeBook, key: string) => {
  const parties = book.fact('treaty', key, 'parties')?.value;
  return Array.isArray(parties) ? parties.length : 0;
};

/** What a multilateral instrument requires when it is the basis, or stands beside a governing treaty. */
function requirementOf(key: string, governed: boolean): string {
  if (key === 'budapest') return governed ? 'budapest_beside_treaty' : 'budapest_27';
  if (key === 'untoc') return 'untoc_18';
  return governed ? 'also_applies' : 'multilateral';
}

export function orderedBases(book: KnowledgeBook, considered: TreatyConsidered[]): LegalBasis[] {
  const usable = considered.filter((t) => t.outcome === 'basis');
  const bilateral = usable
    .filter((t) => treatyType(book, t.treatyKey) === 'bilateral_mlat')
    // A treaty between the two States alone comes before a wider agreement that supplements it.
    .sort((a, b) => partiesOf(book, a.treatyKey) - partiesOf(book, b.treatyKey));
  // A regional instrument (e.g. the EU MLA Convention of 2000) is more specific than a worldwide one.
  const others = usable
    .filter((t) => treatyType(book, t.treatyKey) !== 'bilateral_mlat')
    .sort(
      (a, b) =>
        Number(treatyType(book, b.treatyKey) === 'regional') - Number(treatyType(book, a.treatyKey) === 'regional'),
    );
  const governed = bilateral.length > 0;
  const basis = (t: TreatyConsidered, role: LegalBasis['role'], requires: string): LegalBasis => ({
    code: 'treaty',
    treatyKey: t.treatyKey,
    name: t.name,
    cites: t.cites,
    role,
    requires,
  });
  return [
    ...bilateral.map((t, i) =>
      i === 0 ? basis(t, 'governing', 'bilateral_treaty') : basis(t, 'supplements', 'supplements_bilateral'),
    ),
    ...others.map((t, i) =>
      basis(t, governed || i > 0 ? 'also_applies' : 'governing', requirementOf(t.treatyKey, governed)),
    ),
    { code: 'reciprocity', treatyKey: null, name: null, cites: [], role: 'fallback', requires: 'reciprocity' },
  ];
}
