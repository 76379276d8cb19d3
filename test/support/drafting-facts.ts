import {
  DRAFT_FIELDS,
  type DocType,
  type DraftField,
  type DraftFields,
  type DraftingFacts,
} from '../../shared/domain/drafting';

/** A distinct value per field, with accents and a non-Latin name, so each can be found in the output. */
export function filledFields(): DraftFields {
  const fields = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, `«${f}» — Zoë Ångström Łódź`])) as DraftFields;
  fields.factsSummary =
    'Between March and May 2026 the suspect, Ιωάννης Παπαδόπουλος, took over the webmail accounts of 41 victims by phishing, then used them to divert invoice payments of €312,000 to accounts he controlled.';
  fields.dateFrom = '2026-03-01';
  fields.dateTo = '2026-05-31';
  fields.userRegion = 'EU';
  fields.providerEntity = 'Example Mail Ireland Ltd';
  fields.enclosures = '- Signed request\n- Court order of 3 June 2026';
  return fields;
}

export function fullFacts(docType: DocType, overrides: Partial<DraftFields> = {}): DraftingFacts {
  return {
    office: { name: 'Attaché de sécurité intérieure', homeCountry: 'FR', hostCountry: 'US', timeZone: 'Europe/Paris' },
    officer: { name: 'Anne Lefèvre', title: 'Attachée', email: 'anne@example.org' },
    case: { reference: 'LGT-2026-0007', title: 'Webmail takeover', summary: '', offenceCategory: 'illegal_access' },
    request: {
      id: 1,
      channel: docType === 'letter_rogatory' ? 'rogatory' : docType === 'mla_request' ? 'mla' : 'provider',
      direction: 'outgoing',
      kind: null,
      title: 'Mailbox of the suspect',
      counterpartCountry: 'ES',
      counterpartAuthority: 'Ministerio de Justicia',
      provider: 'Example Mail',
      legalBasis: '',
      assistanceTypes: ['search_seizure'],
      dataCategories: ['subscriber', 'traffic'],
      urgency: docType === 'emergency_disclosure' ? 'emergency' : 'routine',
      ourReference: 'ASI/2026/77',
      theirReference: 'EXM-2026-1234',
      sentOn: '2026-06-01',
      preservationUntil: '2026-09-01',
      handlingCode: null,
    },
    counterparts: [],
    identifiers: [
      { id: 11, kind: 'email', value: 'zoe.suspect@example.org', observedAt: null, timeZone: null, platform: null },
      { id: 12, kind: 'phone', value: '+34600111222', observedAt: null, timeZone: null, platform: null },
      {
        id: 13,
        kind: 'ip',
        value: '203.0.113.7',
        observedAt: '2026-04-02T21:14:05',
        timeZone: 'Europe/Madrid',
        platform: null,
      },
    ],
    persons: [{ name: 'Ιωάννης Παπαδόπουλος', role: 'suspect', nationality: 'GR', dateOfBirth: '1990-02-03' }],
    profile: {},
    fields: { ...filledFields(), ...overrides },
    today: '2026-11-30',
  };
}

export function withoutField(facts: DraftingFacts, field: DraftField): DraftingFacts {
  return { ...facts, fields: { ...facts.fields, [field]: '' } };
}
