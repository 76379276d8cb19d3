/** The fictional sample office's records (see sample-data.ts). Offsets are days from today. */

export const SAMPLE_OFFICE = {
  name: 'Sample Legal Attaché Office (fictional)',
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'America/New_York',
  referencePrefix: 'DEMO',
  officers: [
    { name: 'Claire Fictive', title: 'Legal attaché', email: 'claire.fictive@example.org' },
    { name: 'Marc Exemple', title: 'Deputy attaché', email: 'marc.exemple@example.org' },
  ],
};

export const SAMPLE_CONTACTS = [
  {
    kind: 'provider_le_team',
    name: 'Law Enforcement Response Team',
    organisation: 'Example Mail Inc. (fictional)',
    country: 'US',
    emails: ['lert@example.com'],
    secureChannels: [{ kind: 'portal', address: 'https://le.example.com' }],
    languages: ['en'],
    timeZone: 'America/Los_Angeles',
    lastVerifiedOn: '2026-06-01',
  },
  {
    kind: 'central_authority',
    name: 'Office of International Affairs desk (fictional)',
    organisation: 'Ministry of Justice, Exampleland',
    country: 'US',
    phones: ['+12025550143'],
    emails: ['oia.desk@example.gov'],
    languages: ['en'],
    timeZone: 'America/New_York',
    lastVerifiedOn: '2025-09-15',
  },
  {
    kind: 'interpol_ncb',
    name: 'NCB duty officer (fictional)',
    organisation: 'Interpol NCB Exampleland',
    country: 'US',
    phones: ['+12025550177'],
    secureChannels: [{ kind: 'i24_7', address: 'NCB-EX duty desk' }],
    languages: ['en', 'fr'],
    timeZone: 'America/New_York',
    lastVerifiedOn: '2026-10-20',
  },
  {
    kind: 'liaison_officer',
    name: 'Inspector Jo Placeholder',
    organisation: 'Liaison bureau (fictional)',
    country: 'NL',
    phones: ['+31201234567'],
    emails: ['jo.placeholder@example.net'],
    secureChannels: [{ kind: 'siena', address: 'LB-EX-07' }],
    languages: ['en', 'nl'],
    timeZone: 'Europe/Amsterdam',
  },
  {
    kind: 'court',
    name: 'Registry, Superior Court of Example County',
    organisation: 'Superior Court of Example County (fictional)',
    country: 'US',
    phones: ['+12025550110'],
    languages: ['en'],
    timeZone: 'America/Chicago',
    lastVerifiedOn: '2024-03-02',
  },
];

interface SampleRequest {
  channel: string;
  kind?: string | null;
  title: string;
  counterpartCountry: string;
  counterpartAuthority?: string;
  provider?: string;
  legalBasis?: string;
  assistanceTypes?: string[];
  dataCategories?: string[];
  urgency?: string;
  ourReference?: string;
  theirReference?: string;
  /** Workflow steps walked after creation: [action, days ago, payload]. */
  steps: [string, number, Record<string, string | boolean>?][];
  due: number | null;
  contact?: number;
}

interface SampleCase {
  openedDaysAgo: number;
  case: Record<string, unknown>;
  subjects: Record<string, unknown>[];
  identifiers: (Record<string, unknown> & { subject?: number })[];
  requests: SampleRequest[];
}

export const SAMPLE_CASES: SampleCase[] = [
  {
    openedDaysAgo: 40,
    case: {
      title: 'Romance fraud ring targeting retirees (fictional)',
      offenceCategory: 'fraud',
      counterpartCountry: 'US',
      priority: 'high',
      summary: 'Invented training case: victims wired savings after contact through a webmail account.',
      tags: ['fraud', 'webmail'],
    },
    subjects: [
      { name: 'Unknown account holder "J. Doe"', role: 'suspect' },
      { name: 'Victim A (anonymised)', role: 'victim', nationality: 'FR' },
    ],
    identifiers: [
      { kind: 'email', value: 'sweetheart.example@example.com', subject: 0 },
      { kind: 'ip', value: '203.0.113.42', observedAt: '2026-09-14T21:05', timeZone: 'Europe/Paris', subject: 0 },
      { kind: 'phone', value: '+12025550199', subject: 0 },
    ],
    requests: [
      {
        channel: 'provider',
        kind: 'preservation',
        title: 'Preserve webmail account and login IPs',
        counterpartCountry: 'US',
        provider: 'Example Mail Inc.',
        legalBasis: '18 U.S.C. 2703(f)',
        dataCategories: ['subscriber', 'traffic', 'content'],
        urgency: 'urgent',
        steps: [
          ['submit', 82, { submittedVia: 'portal', ticket: 'EXM-PRES-10042' }],
          ['confirm_preservation', 80],
        ],
        due: null,
        contact: 0,
      },
      {
        channel: 'mla',
        title: 'MLA request for content of the webmail account',
        counterpartCountry: 'US',
        counterpartAuthority: 'Central authority (fictional)',
        legalBasis: 'Bilateral MLA treaty (fictional reference)',
        assistanceTypes: ['search_seizure'],
        dataCategories: ['content'],
        ourReference: 'MLA-DEMO-001',
        steps: [['send_to_central_authority', 5]],
        due: 3,
        contact: 1,
      },
    ],
  },
  {
    openedDaysAgo: 12,
    case: {
      title: 'Ransomware attack on a regional hospital (fictional)',
      offenceCategory: 'ransomware',
      counterpartCountry: 'NL',
      priority: 'critical',
      summary: 'Invented training case: encrypted hospital systems; payment demanded to a Bitcoin address.',
      tags: ['ransomware', 'health'],
    },
    subjects: [{ name: 'Affiliate group "Example Spider"', role: 'organisation' }],
    identifiers: [
      { kind: 'wallet', asset: 'BTC', value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', subject: 0 },
      { kind: 'domain', value: 'leak-site.example', subject: 0 },
      { kind: 'ip', value: '2001:db8::1f', observedAt: '2026-11-18T03:12', timeZone: 'UTC', subject: 0 },
    ],
    requests: [
      {
        channel: 'police',
        kind: 'europol',
        title: 'SIENA message: infrastructure of the leak site',
        counterpartCountry: 'NL',
        counterpartAuthority: 'National cybercrime unit (fictional)',
        urgency: 'urgent',
        ourReference: 'SIENA-DEMO-77',
        steps: [['send', 9, { messageReference: 'EU-SIENA-4471', handlingCode: 'H1' }]],
        due: -2,
        contact: 3,
      },
      {
        channel: 'provider',
        kind: 'emergency_disclosure',
        title: 'Emergency disclosure: hosting account of the leak site',
        counterpartCountry: 'US',
        provider: 'Example Hosting LLC',
        dataCategories: ['subscriber', 'traffic'],
        urgency: 'emergency',
        steps: [['submit', 0, { submittedVia: 'email' }]],
        due: 1,
      },
    ],
  },
  {
    openedDaysAgo: 430,
    case: {
      title: 'Corruption in public procurement (fictional)',
      offenceCategory: 'corruption',
      counterpartCountry: 'US',
      priority: 'normal',
      summary: 'Invented training case: bank records and witness testimony sought abroad.',
      tags: ['corruption'],
    },
    subjects: [{ name: 'Company official "R. Sample"', role: 'suspect', nationality: 'US' }],
    identifiers: [
      { kind: 'account', value: 'https://social.example/r.sample', platform: 'Example Social', subject: 0 },
    ],
    requests: [
      {
        channel: 'rogatory',
        title: 'Letter rogatory: testimony of a bank officer',
        counterpartCountry: 'US',
        counterpartAuthority: 'Superior Court of Example County',
        legalBasis: 'Comity (no treaty applies)',
        assistanceTypes: ['witness_evidence'],
        ourReference: 'LR-DEMO-2025-3',
        steps: [
          ['start_translation', 425],
          ['sign_and_seal', 412],
          ['transmit_to_mfa', 400],
          ['send_diplomatic_note', 395, { diplomaticNoteNumber: 'Dip. note 2025/114' }],
          ['confirm_receipt', 360],
          ['assign_to_court', 300],
        ],
        due: null,
        contact: 4,
      },
      {
        channel: 'police',
        kind: 'interpol',
        title: 'I-24/7: company registration details',
        counterpartCountry: 'US',
        steps: [
          ['send', 280, { messageReference: 'I247-DEMO-3391' }],
          ['answer', 270, { usableInCourt: true }],
        ],
        due: null,
        contact: 2,
      },
    ],
  },
];
