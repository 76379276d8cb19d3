/**
 * What a column of an office's tracking sheet can hold, and the headers (English, French, Spanish)
 * that suggest it. Headers are compared folded: lower case, no accents, single spaces.
 */
export const SHEET_FIELDS = [
  'rowKey',
  'caseReference',
  'caseTitle',
  'title',
  'channel',
  'kind',
  'direction',
  'country',
  'provider',
  'authority',
  'ourReference',
  'theirReference',
  'status',
  'createdOn',
  'sentOn',
  'acknowledgedOn',
  'respondedOn',
  'closedOn',
  'dueOn',
  'identifiers',
  'notes',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** Fields whose cells hold dates (text in several formats, or spreadsheet date serials). */
export const DATE_FIELDS: readonly SheetField[] = [
  'createdOn',
  'sentOn',
  'acknowledgedOn',
  'respondedOn',
  'closedOn',
  'dueOn',
];

/** Fields whose free text is mapped to Legat's own values through the table the officer confirms. */
export const VALUE_FIELDS = ['channel', 'status', 'country', 'kind', 'provider'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

const HEADERS: Record<SheetField, readonly string[]> = {
  rowKey: ['id', 'row id', 'key', 'row key', 'n°', 'no', 'num', 'numero', 'identifiant', 'clave', 'n.º'],
  caseReference: [
    'case reference',
    'case ref',
    'case no',
    'case number',
    'file',
    'file number',
    'reference dossier',
    'dossier',
    'n° dossier',
    'numero de dossier',
    'ref dossier',
    'expediente',
    'n.º expediente',
    'numero de expediente',
    'referencia del caso',
    'caso',
  ],
  caseTitle: [
    'case',
    'case title',
    'case name',
    'affaire',
    'intitule du dossier',
    'titre du dossier',
    'nom du dossier',
    'asunto',
    'titulo del caso',
    'nombre del caso',
  ],
  title: [
    'request',
    'request title',
    'subject',
    'object',
    'demande',
    'objet',
    'titre',
    'intitule',
    'solicitud',
    'objeto',
    'titulo',
    'peticion',
  ],
  channel: ['channel', 'route', 'type of request', 'canal', 'voie', 'type de demande', 'via', 'tipo de solicitud'],
  kind: ['kind', 'request kind', 'nature', 'type', 'tipo', 'clase'],
  direction: ['direction', 'sens', 'incoming/outgoing', 'entrante/saliente', 'sentido'],
  country: [
    'country',
    'counterpart country',
    'requested state',
    'pays',
    'etat requis',
    'pays requis',
    'pais',
    'estado requerido',
    'pais requerido',
  ],
  provider: [
    'provider',
    'service provider',
    'company',
    'fournisseur',
    'prestataire',
    'operateur',
    'proveedor',
    'empresa',
    'prestador',
  ],
  authority: [
    'authority',
    'counterpart authority',
    'central authority',
    'autorite',
    'autorite centrale',
    'autoridad',
    'autoridad central',
  ],
  ourReference: [
    'our reference',
    'our ref',
    'our ref.',
    'notre reference',
    'notre ref',
    'nuestra referencia',
    'nuestra ref',
  ],
  theirReference: [
    'their reference',
    'their ref',
    'their ref.',
    'ticket',
    'ticket number',
    'votre reference',
    'leur reference',
    'reference du destinataire',
    'su referencia',
    'referencia de la contraparte',
  ],
  status: ['status', 'state', 'statut', 'etat', 'situation', 'estado', 'situacion'],
  createdOn: [
    'created',
    'created on',
    'opened',
    'date opened',
    'date',
    'cree le',
    'date de creation',
    'ouvert le',
    'fecha',
    'fecha de creacion',
    'abierto',
  ],
  sentOn: [
    'sent',
    'sent on',
    'date sent',
    'envoye',
    'envoyee',
    'envoye le',
    'envoyee le',
    "date d'envoi",
    'enviado',
    'enviada',
    'fecha de envio',
  ],
  acknowledgedOn: [
    'acknowledged',
    'acknowledged on',
    'acknowledgement',
    'accuse de reception',
    'accuse reception',
    'acuse de recibo',
    'acusado',
  ],
  respondedOn: [
    'answered',
    'answered on',
    'response',
    'reply',
    'date of reply',
    'reponse',
    'repondu le',
    'date de reponse',
    'respuesta',
    'fecha de respuesta',
    'respondido',
  ],
  closedOn: [
    'closed',
    'closed on',
    'date closed',
    'clos',
    'clos le',
    'cloture',
    'date de cloture',
    'cerrado',
    'fecha de cierre',
    'cierre',
  ],
  dueOn: ['due', 'due on', 'deadline', 'echeance', 'delai', 'date limite', 'plazo', 'vencimiento', 'fecha limite'],
  identifiers: [
    'identifiers',
    'identifier',
    'accounts',
    'account',
    'selectors',
    'identifiants',
    'comptes',
    'identificadores',
    'cuentas',
  ],
  notes: [
    'notes',
    'note',
    'comments',
    'remarks',
    'observations',
    'commentaires',
    'remarques',
    'notas',
    'comentarios',
    'observaciones',
  ],
};

/** A header or free-text value as compared: lower case, accents and punctuation at the ends dropped, single spaces. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[\s.:;,-]+|[\s.:;,*-]+$/g, '');
}

const BY_HEADER = new Map<string, SheetField>();
for (const field of SHEET_FIELDS) for (const header of HEADERS[field]) BY_HEADER.set(fold(header), field);

/**
 * Suggests a field per column: the first column whose header is a known word for a field takes it.
 * Unknown headers map to nothing; the officer can change any suggestion before the preview.
 */
export function suggestMapping(headers: readonly string[]): (SheetField | null)[] {
  const taken = new Set<SheetField>();
  return headers.map((header) => {
    const field = BY_HEADER.get(fold(header)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
