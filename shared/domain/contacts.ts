export const CONTACT_KINDS = [
  'legal_attache',
  'liaison_officer',
  'interpol_ncb',
  'europol_bureau',
  'central_authority',
  'prosecutor',
  'court',
  'embassy',
  'provider_le_team',
  'other',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const SECURE_CHANNEL_KINDS = ['i24_7', 'siena', 'encrypted_email', 'secure_phone', 'portal', 'other'] as const;

/** Roles a contact plays on a request. */
export const CONTACT_ROLES = ['counterpart', 'executing', 'copy', 'translator', 'other'] as const;
