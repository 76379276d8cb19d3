/**
 * Every fact in the shipped pack cites an official source: the publisher of the text itself (EUR-Lex, the
 * US Code's site, treaty offices, the UN Treaty Collection, ministries, providers' own law-enforcement
 * guides). Where the reference data were read in a copy of an official document, the citation points to
 * the official location of that same document (the note says how it was read); where no official
 * location is known, the facts are left out: unknown stays unknown. See electron/core/knowledge/DECISIONS.md.
 */

/** Copies of official documents: the official URL of the same document. */
export const OFFICIAL_LOCATION = {
  ets185text: {
    url: 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185',
    note: 'Text read in the Dutch treaty database export of the official text.',
  },
  apple_outside_us: {
    url: 'https://www.apple.com/legal/privacy/law-enforcement-guidelines-outside-us.pdf',
    note: "Apple's own guidelines; read in a stored copy of that document.",
  },
  snap_le_page_newer: {
    url: 'https://www.snap.com/en-US/safety/safety-enforcement',
    note: "Snap's own page; read in a stored copy of it.",
  },
  verdragen224: {
    url: 'https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html',
    note: 'The Dutch government treaty database (earlier capture).',
  },
};

/** Secondary or unofficial sources with no official location found: their facts are left out. */
export const NOT_OFFICIAL = [
  'helpnet_unc',
  'natlaw_usuk',
  'doj_usuk_mirror',
  'google_lers_cacc',
  'zdnet_google_2013',
  'lawsociety_whatsapp',
  'snap_le_guide_2023',
  'snap_le_guide_2020',
  'amazon_report_2015',
];

/** Hosts whose pages are the publisher's own (used by the build and by the shipped-pack test). */
export const OFFICIAL_HOSTS = [
  'eur-lex.europa.eu',
  'eurlex.europa.eu',
  'uscode.house.gov',
  'www.govinfo.gov',
  'www.state.gov',
  '2009-2017.state.gov',
  'fam.state.gov',
  'www.justice.gov',
  'www.usdoj.gov',
  'www.coe.int',
  'rm.coe.int',
  'www.conventions.coe.int',
  'treaties.un.org',
  'www.unodc.org',
  'legal.un.org',
  'unis.unvienna.org',
  'verdragenbank.overheid.nl',
  'www.gov.uk',
  'www.justice.gouv.fr',
  'bundesjustizamt.de',
  'zoek.officielebekendmakingen.nl',
  'www.homeaffairs.gov.au',
  'www.ag.gov.au',
  'aph.gov.au',
  'ato.gov.au',
  // The Australian Attorney-General's own media release (joint statement with the US Attorney General).
  'markdreyfus.com',
  'policies.google.cn',
  'policies.google.com',
  'support.google.com',
  'about.meta.com',
  'faq.whatsapp.com',
  'www.microsoft.com',
  'blogs.microsoft.com',
  'www.apple.com',
  'help.x.com',
  'www.tiktok.com',
  'www.snap.com',
  'discord.com',
  'aws.amazon.com',
  'telegram.org',
];

/** A full date for an as-of: a source dated only by year or month counts from the first day of it. */
export function fullDate(date) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date, note: null };
  const full = /^\d{4}$/.test(date) ? `${date}-01-01` : `${date}-01`;
  return { date: full, note: `Source dated only ${date}; the as-of is the first day of that period.` };
}
