/** Kinds of organisation in the directory (the bodies an attaché deals with). */
export const ORGANISATION_KINDS = [
  'central_authority',
  'court',
  'ministry',
  'prosecution',
  'police',
  'interpol_ncb',
  'europol_liaison_bureau',
  'europol_national_unit',
  'point_of_contact_24_7',
  'provider_le_team',
  'embassy',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The organisation kind a contact of a given kind most likely works for (used when one is created from a name). */
export const ORGANISATION_KIND_FOR_CONTACT: Record<string, OrganisationKind> = {
  central_authority: 'central_authority',
  court: 'court',
  interpol_ncb: 'interpol_ncb',
  europol_bureau: 'europol_liaison_bureau',
  embassy: 'embassy',
  legal_attache: 'embassy',
  provider_le_team: 'provider_le_team',
  prosecutor: 'prosecution',
};

/** Months after which a contact counts as due for verification, unless the office sets otherwise. */
export const VERIFY_AFTER_MONTHS_DEFAULT = 12;

/** Case-insensitive, space-trimmed form used to compare e-mail addresses. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
