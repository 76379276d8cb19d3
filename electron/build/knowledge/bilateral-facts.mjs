/**
 * The bilateral MLA relationships of the United States, from the Department of State's own list in the
 * International Narcotics Control Strategy Report, vol. II, "Treaties and Agreements" (3 March 2011):
 * "MLATs ... are in force with the following countries", and "on February 1, 2010, 27 U.S.-EU
 * Instruments/Agreements/Protocols entered into force ... between the United States and every member of
 * the EU". The list gives no entry-into-force date per treaty: `listedInForce` records that the official
 * list states it in force on its date, and `inForce` stays unknown.
 */

export const BILATERAL_SOURCES = {
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
  return out;
}
