import { eq, inArray } from 'drizzle-orm';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { VcardPreviewCard } from '../../../shared/contract/vcard';
import { recordAudit } from '../audit/audit-repo';
import { createContact } from './contacts-repo';
import type { Orm } from '../db/open';
import { contacts } from '../db/schema';
import { getOffice } from '../office/office-repo';
import type { WriteScope } from '../write-scope';
import { findContactDuplicates } from './duplicates';
import { contactFileText } from './contact-file';
import { readCard, splitCards } from './vcard-read';

type Planned = VcardPreviewCard & { input: ParsedInput<'contact:create'> | null; uid: string | null };

/**
 * Reads every card (vCard 3.0/4.0 text, see contact-file.ts) and sorts it: new, possible duplicate (same UID, e-mail or phone as a contact
 * already here) or invalid (with the reason). A card repeating an earlier card's UID, e-mail or
 * phone in the same file is invalid, so one file cannot create the same person twice.
 */
function plan(orm: Orm, text: string): Planned[] {
  // A card with no country of its own is placed in the host country, where most contacts are.
  const fallbackCountry = getOffice(orm)?.hostCountry ?? 'US';
  const seen = new Set<string>();
  const cards = splitCards(text).map((source) => readCard(source, fallbackCountry));
  const uids = cards.flatMap((c) => (c.ok && c.uid ? [c.uid] : []));
  const byUid = new Map(
    uids.length === 0
      ? []
      : orm
          .select({ uuid: contacts.uuid, id: contacts.id, name: contacts.name })
          .from(contacts)
          .where(inArray(contacts.uuid, uids))
          .all()
          .map((row) => [row.uuid, row] as const),
  );
  return cards.map((card, index): Planned => {
    const base = { index, organisation: '', emails: [], phones: [], matches: [], uid: null, input: null };
    if (!card.ok) return { ...base, status: 'invalid', name: card.name, problem: card.problem };
    const { contact } = card;
    const shown = {
      ...base,
      name: contact.name,
      organisation: contact.organisation,
      emails: contact.emails,
      phones: contact.phones,
    };
    const keys = [
      ...(card.uid ? [`uid:${card.uid}`] : []),
      ...contact.emails.map((e) => e.toLowerCase()),
      ...contact.phones,
    ];
    const repeated = keys.find((key) => seen.has(key));
    if (repeated) {
      return { ...shown, status: 'invalid', problem: { code: 'repeated', detail: repeated.replace(/^uid:/, '') } };
    }
    keys.forEach((key) => seen.add(key));
    const matches = findContactDuplicates(orm, { emails: contact.emails, phones: contact.phones, excludeId: null }).map(
      (m) => ({ id: m.id, name: m.name, matchedOn: m.matchedOn }),
    );
    const sameUid = card.uid ? byUid.get(card.uid) : undefined;
    if (sameUid && !matches.some((m) => m.id === sameUid.id)) {
      matches.unshift({ id: sameUid.id, name: sameUid.name, matchedOn: ['UID'] });
    }
    return {
      ...shown,
      status: matches.length > 0 ? 'duplicate' : 'new',
      problem: null,
      matches,
      uid: card.uid && !sameUid ? card.uid : null,
      input: contact,
    };
  });
}

export function previewVcards(orm: Orm, input: ParsedInput<'vcard:preview'>): ChannelOutput<'vcard:preview'> {
  const cards = plan(orm, contactFileText(input)).map(({ input: _i, uid: _u, ...card }) => card);
  const count = (status: string) => cards.filter((c) => c.status === status).length;
  return { cards, counts: { new: count('new'), duplicate: count('duplicate'), invalid: count('invalid') } };
}

/**
 * Imports the new cards and the duplicates the officer picked, in the caller's one transaction. The
 * file is read again here rather than trusting the preview the page holds.
 */
export function importVcards(scope: WriteScope, input: ParsedInput<'vcard:import'>): ChannelOutput<'vcard:import'> {
  const chosen = new Set(input.importDuplicates);
  const planned = plan(scope.orm, contactFileText(input));
  const contactIds: number[] = [];
  for (const card of planned) {
    if (!card.input || (card.status === 'duplicate' && !chosen.has(card.index))) continue;
    const id = createContact(scope, { ...card.input, allowDuplicate: true });
    // Keeping the card's UID lets a second import of the same file recognise the person.
    if (card.uid) scope.orm.update(contacts).set({ uuid: card.uid }).where(eq(contacts.id, id)).run();
    contactIds.push(id);
  }
  const duplicates = planned.filter((c) => c.status === 'duplicate').length;
  const result = {
    created: contactIds.length,
    skippedDuplicates: duplicates - planned.filter((c) => c.status === 'duplicate' && chosen.has(c.index)).length,
    invalid: planned.filter((c) => c.status === 'invalid').length,
    contactIds,
  };
  recordAudit(scope, {
    action: 'vcard.import',
    entity: 'contact',
    entityId: null,
    details: { created: result.created, skippedDuplicates: result.skippedDuplicates, invalid: result.invalid },
  });
  return result;
}
