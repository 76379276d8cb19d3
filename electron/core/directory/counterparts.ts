import { asc, eq, sql } from 'drizzle-orm';
import type { ChannelOutput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { contacts, requestContacts, requests } from '../db/schema';

/** The people a case deals with: every contact linked to one of its requests, with those requests. */
export function caseCounterparts(orm: Orm, caseId: number): ChannelOutput<'contact:counterparts'> {
  const rows = orm
    .select({
      contactId: contacts.id,
      name: contacts.name,
      organisation: contacts.organisation,
      organisationId: sql<
        number | null
      >`(SELECT a.organisation_id FROM affiliations a WHERE a.contact_id = "contacts"."id" AND a.to_on IS NULL)`,
      country: contacts.country,
      archivedAt: contacts.archivedAt,
      requestId: requests.id,
      requestTitle: requests.title,
      role: requestContacts.role,
    })
    .from(requestContacts)
    .innerJoin(requests, eq(requests.id, requestContacts.requestId))
    .innerJoin(contacts, eq(contacts.id, requestContacts.contactId))
    .where(eq(requests.caseId, caseId))
    .orderBy(asc(sql`${contacts.name} COLLATE NOCASE`), asc(contacts.id), asc(requests.id))
    // A case has tens of requests, not thousands; the cap only guards the channel.
    .limit(1000)
    .all();
  const byContact = new Map<number, ChannelOutput<'contact:counterparts'>['items'][number]>();
  for (const row of rows) {
    const entry = byContact.get(row.contactId) ?? {
      contactId: row.contactId,
      name: row.name,
      organisation: row.organisation,
      organisationId: row.organisationId,
      country: row.country,
      archived: row.archivedAt !== null,
      requests: [],
    };
    entry.requests.push({ id: row.requestId, title: row.requestTitle, role: row.role });
    byContact.set(row.contactId, entry);
  }
  return { items: [...byContact.values()] };
}
