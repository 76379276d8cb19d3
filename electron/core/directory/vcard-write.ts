import ICAL from 'ical.js';

/** What a card carries: the contact row's own fields (the directory mirror gives the organisation). */
export interface CardContact {
  uuid: string | null;
  kind: string;
  name: string;
  organisation: string;
  title: string;
  country: string;
  phones: string[];
  emails: string[];
  secureChannels: { kind: string; address: string }[];
  languages: string[];
  timeZone: string | null;
  lastVerifiedOn: string | null;
  notes: string;
}

type Component = InstanceType<typeof ICAL.Component>;

function add(
  card: Component,
  name: string,
  value: string | string[],
  options: { type?: string; params?: Record<string, string> } = {},
) {
  const property = new ICAL.Property(name, card);
  if (options.type) property.resetType(options.type);
  property.setValue(value);
  for (const [key, param] of Object.entries(options.params ?? {})) property.setParameter(key, param);
  card.addProperty(property);
}

/**
 * One vCard 4.0 (RFC 6350) for a contact. Standard properties carry what other address books
 * understand; X-LEGAT-* properties carry what only Legat uses (kind, country, secure channels, last
 * verification), so a Legat-to-Legat round trip loses nothing. ical.js does the escaping and folding.
 */
export function contactCard(contact: CardContact): string {
  const card = new ICAL.Component(['vcard', [], []]);
  add(card, 'version', '4.0');
  if (contact.uuid) add(card, 'uid', `urn:uuid:${contact.uuid}`, { type: 'uri' });
  add(card, 'kind', 'individual');
  add(card, 'fn', contact.name);
  // ORG is structured (organisation;unit;…): passed as one component so a ';' in the name is escaped.
  if (contact.organisation) add(card, 'org', [contact.organisation]);
  if (contact.title) add(card, 'title', contact.title);
  contact.phones.forEach((phone) => add(card, 'tel', `tel:${phone}`, { type: 'uri', params: { type: 'work' } }));
  contact.emails.forEach((email) => add(card, 'email', email, { params: { type: 'work' } }));
  contact.languages.forEach((lang, i) =>
    add(card, 'lang', lang, { type: 'language-tag', params: { pref: String(i + 1) } }),
  );
  if (contact.timeZone) add(card, 'tz', contact.timeZone, { type: 'text' });
  if (contact.notes) add(card, 'note', contact.notes);
  add(card, 'x-legat-kind', contact.kind);
  add(card, 'x-legat-country', contact.country);
  if (contact.lastVerifiedOn) add(card, 'x-legat-verified', contact.lastVerifiedOn);
  contact.secureChannels.forEach((channel) =>
    add(card, 'x-legat-secure', channel.address, { params: { type: channel.kind } }),
  );
  return card.toString() + '\r\n';
}

export const vcardFile = (cards: CardContact[]) => cards.map(contactCard).join('');
