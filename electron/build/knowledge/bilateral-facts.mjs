/**
 * The bilateral MLA relationships of the United States, from the Department of State's own list in the
 * International Narcotics Control Strategy Report, vol. II, "Treaties and Agreements" (3 March 2011):
 * "MLATs ... are in force with the following countries", and "on February 1, 2010, 27 U.S.-EU
 * Instruments/Agreements/Protocols entered into force ... between the United States and every member of
 * the EU". The list gives no entry-into-force date per treaty: `listedInForce` records that the official
 * list states it in force on its date, and `inForce` stays unknown.
 */

import { countryProfiles, PROFILE_SOURCES } from './country-profiles.mjs';

/** The day the undated official pages below were read for this pack. */
const READ_ON = '2026-12-07';

export const BILATERAL_SOURCES = {
  ...PROFILE_SOURCES,
  doj_oia_faq: {
    url: 'https://www.usdoj.gov/criminal/criminal-oia/frequently-asked-questions-regarding-evidence-located-abroad',
    title: 'US Department of Justice, Office of International Affairs: FAQ regarding evidence located abroad',
    date: null,
    note: `Undated; read on ${READ_ON}.`,
    readOn: READ_ON,
  },
  coe_ets030_summary: {
    url: 'http://www.conventions.coe.int/Treaty/en/Summaries/Html/030.htm',
    title:
      'Council of Europe Treaty Office: summary of the European Convention on Mutual Assistance in Criminal Matters (ETS No. 030)',
    date: null,
    note: `Undated; read on ${READ_ON}.`,
    readOn: READ_ON,
  },
  coe_ets030_declarations: {
    url: 'http://www.conventions.coe.int/Treaty/Commun/ListeDeclarations.asp?NT=030&CM=11&DF=03/05/2012&CL=ENG&VL=1',
    title:
      'Council of Europe Treaty Office: declarations made with respect to ETS No. 030 (status as of 25 November 2014)',
    date: '2014-11-25',
  },
  eurlex_mla2000_summary: {
    url: 'https://eur-lex.europa.eu/EN/legal-content/summary/mutual-assistance-in-criminal-matters-between-eu-countries.html',
    title: 'EUR-Lex summary: Convention on Mutual Assistance in Criminal Matters between the EU countries (2000)',
    date: null,
    note: `Undated; read on ${READ_ON}.`,
    readOn: READ_ON,
  },
  trb_2013_14: {
    url: 'https://zoek.officielebekendmakingen.nl/trb-2013-14.html',
    title: 'Tractatenblad 2013, 14 (Dutch official treaty series): parties to the EU MLA Convention of 29 May 2000',
    date: '2013',
  },
  doj_oia_notice_2020: {
    url: 'https://www.justice.gov/criminal-oia',
    title: 'US Department of Justice, OIA: notice to central authorities on its operating status (20 March 2020)',
    date: '2020-03-20',
  },
  doj_usuk_eif: {
    url: 'https://www.justice.gov/archives/opa/pr/landmark-us-uk-data-access-agreement-enters-force',
    title: 'US Department of Justice press release: Landmark U.S.-UK Data Access Agreement Enters into Force',
    date: '2022-10-03',
    note: 'Read in a verbatim reproduction of the release ("entered into force today"); the date is the release\'s own.',
  },
  gov_uk_daa_factsheet: {
    url: 'https://www.gov.uk/government/publications/uk-us-data-access-agreement-factsheet/policy-factsheet-on-the-uk-us-data-access-agreement',
    title: 'UK Home Office: Policy factsheet on the UK-US Data Access Agreement',
    date: '2022-07-21',
  },
  state_incsr2011: {
    url: 'http://www.state.gov/j/inl/rls/nrcrpt/2011/vol2/156371.htm',
    title: 'US Department of State, INCSR 2011 vol. II: Treaties and Agreements (MLATs in force)',
    date: '2011-03-03',
  },
};

/** The countries the 2011 list names (territories listed under their State are left to that State). */
const US_MLAT_PARTNERS = [
  ['AG', 'Antigua and Barbuda'],
  ['AR', 'Argentina'],
  ['AU', 'Australia'],
  ['AT', 'Austria'],
  ['BS', 'the Bahamas'],
  ['BB', 'Barbados'],
  ['BE', 'Belgium'],
  ['BZ', 'Belize'],
  ['BR', 'Brazil'],
  ['CA', 'Canada'],
  ['CY', 'Cyprus'],
  ['CZ', 'the Czech Republic'],
  ['DM', 'Dominica'],
  ['EG', 'Egypt'],
  ['EE', 'Estonia'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['GR', 'Greece'],
  ['GD', 'Grenada'],
  ['HK', 'Hong Kong'],
  ['HU', 'Hungary'],
  ['IN', 'India'],
  ['IE', 'Ireland'],
  ['IL', 'Israel'],
  ['IT', 'Italy'],
  ['JM', 'Jamaica'],
  ['JP', 'Japan'],
  ['LV', 'Latvia'],
  ['LI', 'Liechtenstein'],
  ['LT', 'Lithuania'],
  ['LU', 'Luxembourg'],
  ['MY', 'Malaysia'],
  ['MX', 'Mexico'],
  ['MA', 'Morocco'],
  ['NL', 'the Kingdom of the Netherlands'],
  ['NG', 'Nigeria'],
  ['PA', 'Panama'],
  ['PH', 'the Philippines'],
  ['PL', 'Poland'],
  ['RO', 'Romania'],
  ['RU', 'Russia'],
  ['LC', 'St. Lucia'],
  ['KN', 'St. Kitts and Nevis'],
  ['VC', 'St. Vincent and the Grenadines'],
  ['ZA', 'South Africa'],
  ['KR', 'South Korea'],
  ['ES', 'Spain'],
  ['SE', 'Sweden'],
  ['CH', 'Switzerland'],
  ['TH', 'Thailand'],
  ['TT', 'Trinidad and Tobago'],
  ['TR', 'Turkey'],
  ['UA', 'Ukraine'],
  ['GB', 'the United Kingdom'],
  ['UY', 'Uruguay'],
  ['VE', 'Venezuela'],
];

/** EU members on 1 February 2010 ("every member of the EU"); the United Kingdom has since left. */
const EU_2010 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

const ALL_OFFENCES = [
  'cybercrime',
  'fraud',
  'child_sexual_exploitation',
  'organised_crime',
  'corruption',
  'terrorism',
  'drugs',
  'violent',
  'other',
];
const SCOPE_NOTE =
  'MLATs "allow generally for the exchange of evidence and information in criminal and related matters".';

/** The United States as a requested State: its central authority and how it asks to receive requests. */
function usProfile() {
  return {
    kind: 'country',
    key: 'US',
    facts: {
      centralAuthority: {
        value:
          'US Department of Justice, Criminal Division, Office of International Affairs (OIA): the Central Authority of the United States under its MLATs.',
        source: 'doj_oia_faq',
      },
      transmissionMeans: {
        value: ['email'],
        source: 'doj_oia_notice_2020',
        note: 'OIA asked central authorities to transmit requests and correspondence by e-mail where direct e-mail contact is possible (notice of 20 March 2020).',
      },
      notes: {
        value:
          'MLATs are reserved for the authorities of the Parties (prosecutors and criminal investigators); a defendant seeks evidence through a letter rogatory transmitted through the State Department.',
        source: 'doj_oia_faq',
      },
    },
  };
}

/** ETS 030: the Council of Europe's general MLA convention. Its party list is not recorded: never assumed. */
function ets030() {
  const src = 'coe_ets030_summary';
  return [
    {
      kind: 'treaty',
      key: 'ets-030',
      facts: {
        name: { value: 'European Convention on Mutual Assistance in Criminal Matters (ETS No. 030)', source: src },
        type: { value: 'multilateral', source: src },
        openedForSignature: { value: '1959-04-20', source: src },
        inForce: { value: '1962-06-12', source: src },
        scope: {
          value:
            'The widest measure of mutual assistance in criminal proceedings: letters rogatory to procure evidence (witnesses, experts, prosecuted persons), service of writs and records of judicial verdicts, communication of records or documents; sets the requirements of requests (transmitting authorities, languages, refusal).',
          source: src,
        },
        offenceScope: { value: ALL_OFFENCES, source: src, note: 'Criminal proceedings generally.' },
        notes: {
          value: 'Party list not recorded in this pack: record the parties the office relies on under Knowledge.',
          source: src,
        },
      },
    },
    {
      kind: 'country',
      key: 'AL',
      facts: {
        languages: {
          value: [
            'An official translation into one of the official languages of the Council of Europe (ETS 030 art. 16(2) declaration)',
          ],
          source: 'coe_ets030_declarations',
        },
        notes: {
          value:
            'ETS 030 art. 15(6) declaration: a copy of every request communicated directly between judicial authorities, with its accompanying acts, is transmitted at the same time to the Ministry of Justice.',
          source: 'coe_ets030_declarations',
        },
      },
    },
  ];
}

/** The party table of Trb. 2013, 14 as far as it was read: [ISO, signed, ratified, in force]. */
const MLA2000_PARTIES = [
  ['BE', '2000-05-29', '2005-05-25', '2005-08-23'],
  ['BG', null, '2007-11-08', '2007-12-01'],
  ['CY', null, '2005-11-03', '2006-02-01'],
  ['DK', '2000-05-29', '2002-12-24', '2005-08-23'],
  ['DE', '2000-05-29', '2005-11-04', '2006-02-02'],
  ['EE', null, '2004-07-28', '2005-08-23'],
  ['FI', '2000-05-29', '2004-02-27', '2005-08-23'],
  ['FR', '2000-05-29', '2005-05-10', '2005-08-23'],
  ['GR', '2000-05-29', null, null],
  ['HU', null, '2005-08-25', '2005-11-23'],
  ['IE', '2000-05-29', null, null],
  ['IT', '2000-05-29', null, null],
  ['LV', null, '2004-06-14', '2005-08-23'],
  ['LT', null, '2004-05-28', '2005-08-23'],
  ['LU', '2000-05-29', '2010-12-06', '2011-03-06'],
  ['MT', null, '2008-04-04', '2008-07-03'],
  ['NL', '2000-05-29', '2004-04-02', '2005-08-23'],
];

function euMla2000() {
  const src = 'eurlex_mla2000_summary';
  const parties = MLA2000_PARTIES.map(([iso, signed, ratified, inForce]) => {
    const facts = {};
    if (signed) facts.signed = { value: signed, source: 'trb_2013_14' };
    if (ratified) facts.ratified = { value: ratified, source: 'trb_2013_14' };
    if (inForce) facts.inForce = { value: inForce, source: 'trb_2013_14' };
    if (iso === 'NL') facts.inForce.note = 'For the Netherlands in Europe.';
    return { kind: 'treatyParty', key: `eu-mla-2000/${iso}`, facts };
  });
  return [
    {
      kind: 'treaty',
      key: 'eu-mla-2000',
      facts: {
        name: {
          value:
            'Convention on Mutual Assistance in Criminal Matters between the Member States of the European Union (2000)',
          source: src,
        },
        type: { value: 'regional', source: src },
        scope: {
          value:
            'Supplements the 1959 Council of Europe Convention (ETS 030) and its 1978 Protocol. Requests in writing, sent and executed directly between judicial authorities; some through central authorities; in emergencies via Interpol; the requested State follows the formalities the requesting State specifies.',
          source: src,
        },
        offenceScope: { value: ALL_OFFENCES, source: src, note: 'Criminal matters generally.' },
        notes: {
          value:
            'Party records cover the States read in the Dutch treaty series table (Trb. 2013, 14); the others are not recorded. Between Member States bound by the EIO Directive, the EIO replaces the corresponding provisions (Dir. 2014/41/EU art. 34).',
          source: src,
        },
      },
    },
    ...parties,
  ];
}

export function bilateralEntities() {
  const src = 'state_incsr2011';
  const out = US_MLAT_PARTNERS.map(([iso, name]) => ({
    kind: 'treaty',
    key: `us-mlat-${iso.toLowerCase()}`,
    facts: {
      name: { value: `Mutual legal assistance treaty between the United States and ${name}`, source: src },
      type: { value: 'bilateral_mlat', source: src },
      parties: { value: ['US', iso], source: src },
      listedInForce: { value: true, source: src },
      offenceScope: { value: ALL_OFFENCES, source: src, note: SCOPE_NOTE },
    },
  }));
  out.push({
    kind: 'treaty',
    key: 'eu-us-mla',
    facts: {
      name: {
        value: 'Agreement on mutual legal assistance between the European Union and the United States of America',
        source: src,
      },
      type: { value: 'bilateral_mlat', source: src },
      inForce: { value: '2010-02-01', source: src },
      hubParty: {
        value: 'US',
        source: src,
        note: 'MLA relationships "between the United States and every member of the EU": not among the Member States.',
      },
      parties: {
        value: ['US', ...EU_2010],
        source: src,
        note: 'The members of the EU on 1 February 2010, less the United Kingdom (which left the EU). Croatia (member since 2013) is not recorded: unknown.',
      },
      offenceScope: { value: ALL_OFFENCES, source: src, note: SCOPE_NOTE },
      notes: {
        value:
          'Entered into force on 1 February 2010 with 27 bilateral instruments that supplement existing MLATs or create MLA relationships between the United States and each Member State.',
        source: src,
      },
    },
  });
  out.push(usProfile(), ...countryProfiles(), ...ets030(), ...euMla2000());
  return out;
}
