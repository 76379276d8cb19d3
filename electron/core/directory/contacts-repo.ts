import { and, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Contact } from '../../../shared/contract/contacts';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { normalizeIdentifier } from '../../../shared/domain/identifiers';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { contacts, requestContacts } from '../db/schema';
import { setCurrentOrganisation, setCurrentOrganisationByName } from './affiliations-repo';
import { refuseContactDuplicates } from './duplicates';
import { notFound } from '../errors';
import { firstPageTotal, keyset } from '../paging/keyset-page';
import { likeAny } from '../sql-helpers';
import type { WriteScope } from '../write-scope';

const requestCount = sql<number>`(SELECT count(*) FROM ${requestContacts} WHERE ${requestContacts.contactId} = ${contacts.id})`;

const columns = {
  id: contacts.id,
  kind: contacts.kind,
  name: contacts.name,
  organisation: contacts.organisation,
  organisationId: sql<
    number | null
  >`(SELECT a.organisation_id FROM affiliations a WHERE a.contact_id = "contacts"."id" AND a.to_on IS NULL)`,
  title: contacts.title,
  country: contacts.country,
  phones: contacts.phones,
  emails: contacts.emails,
  secureChannels: contacts.secureChannels,
  languages: contacts.languages,
  timeZone: contacts.timeZone,
  lastVerifiedOn: contacts.lastVerifiedOn,
  notes: contacts.notes,
  archivedAt: contacts.archivedAt,
  requestCount,
  updatedAt: contacts.updatedAt,
};

function toContact(row: Record<string, unknown> & { archivedAt: string | null }): Contact {
  const { archivedAt, ...rest } = row;
  return { ...(rest as Omit<Contact, 'archived'>), archived: archivedAt !== null };
}

export function getContact(orm: Orm, id: number): Contact {
  const row = orm.select(columns).from(contacts).where(eq(contacts.id, id)).get();
  if (!row) throw notFound('Contact', id);
  return toContact(row);
}

type ContactFields = Omit<ParsedInput<'contact:create'>, 'organisationId' | 'allowDuplicate' | 'organisation'>;

function valuesOf(input: ContactFields) {
  return {
    ...input,
    phones: [...new Set(input.phones.map((p) => normalizeIdentifier('phone', p)))],
    emails: [...new Set(input.emails.map((e) => e.trim().toLowerCase()))],
    languages: [...new Set(input.languages)],
  };
}

/** The organisation the form chose (by id) or named (by text), as the current membership. */
function placeIn(scope: WriteScope, contactId: number, input: ParsedInput<'contact:create'>): void {
  if (input.organisationId !== null) {
    setCurrentOrganisation(scope, contactId, input.organisationId, input.title);
  } else {
    setCurrentOrganisationByName(scope, contactId, input.organisation, input.country, input.kind, input.title);
  }
}

export function createContact(scope: WriteScope, input: ParsedInput<'contact:create'>): number {
  refuseContactDuplicates(scope.orm, input, null);
  const { organisationId: _o, allowDuplicate: _a, organisation: _n, ...fields } = input;
  const row = scope.orm
    .insert(contacts)
    .values({ ...valuesOf(fields), createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: contacts.id })
    .get();
  placeIn(scope, row.id, input);
  recordAudit(scope, { action: 'contact.create', entity: 'contact', entityId: row.id, details: { name: input.name } });
  return row.id;
}

export function updateContact(scope: WriteScope, input: ParsedInput<'contact:update'>): void {
  const { id, organisationId: _o, allowDuplicate: _a, organisation: _n, ...fields } = input;
  getContact(scope.orm, id);
  refuseContactDuplicates(scope.orm, input, id);
  scope.orm
    .update(contacts)
    .set({ ...valuesOf(fields), updatedAt: scope.now })
    .where(eq(contacts.id, id))
    .run();
  placeIn(scope, id, input);
  recordAudit(scope, { action: 'contact.update', entity: 'contact', entityId: id });
}

/** The officer confirmed the contact's details today. */
export function markContactVerified(scope: WriteScope, id: number, today: string): void {
  getContact(scope.orm, id);
  scope.orm.update(contacts).set({ lastVerifiedOn: today, updatedAt: scope.now }).where(eq(contacts.id, id)).run();
  recordAudit(scope, { action: 'contact.verify', entity: 'contact', entityId: id, details: { on: today } });
}

export function archiveContact(scope: WriteScope, id: number, archived: boolean): void {
  const before = getContact(scope.orm, id);
  if (before.archived === archived) return;
  scope.orm
    .update(contacts)
    .set({ archivedAt: archived ? scope.now : null, updatedAt: scope.now })
    .where(eq(contacts.id, id))
    .run();
  recordAudit(scope, { action: archived ? 'contact.archive' : 'contact.restore', entity: 'contact', entityId: id });
}

const SORTS: Record<ParsedInput<'contact:list'>['sortBy'], { expr: SQL; nullable?: boolean }[]> = {
  name: [{ expr: sql`${contacts.name} COLLATE NOCASE` }],
  organisation: [{ expr: sql`${contacts.organisation} COLLATE NOCASE` }],
  country: [{ expr: sql`${contacts.country}` }],
  kind: [{ expr: sql`${contacts.kind}` }],
  lastVerifiedOn: [
    { expr: sql`${contacts.lastVerifiedOn} IS NULL` },
    { expr: sql`${contacts.lastVerifiedOn}`, nullable: true },
  ],
  updatedAt: [{ expr: sql`${contacts.updatedAt}` }],
  requestCount: [{ expr: requestCount }],
};

export function listContacts(orm: Orm, input: ParsedInput<'contact:list'>): ChannelOutput<'contact:list'> {
  const filters: SQL[] = [];
  if (input.archived === 'active') filters.push(isNull(contacts.archivedAt));
  if (input.archived === 'archived') filters.push(isNotNull(contacts.archivedAt));
  if (input.kinds.length > 0) filters.push(inArray(contacts.kind, input.kinds));
  if (input.country) filters.push(eq(contacts.country, input.country));
  if (input.q) {
    filters.push(
      sql`(${likeAny(
        [
          sql`${contacts.name}`,
          sql`${contacts.organisation}`,
          sql`${contacts.title}`,
          sql`${contacts.emails}`,
          sql`${contacts.phones}`,
          sql`${contacts.notes}`,
        ],
        input.q,
      )})`,
    );
  }
  const dir = input.sortDir;
  // "Never verified" sorts last either way: the IS NULL key always goes ascending.
  const keys = SORTS[input.sortBy].map(
    (key, i, all) => ({ ...key, dir: all.length > 1 && i === 0 ? 'asc' : dir }) as const,
  );
  const page = keyset({
    sort: `contact:${input.sortBy}:${dir}`,
    keys,
    id: contacts.id,
    idDir: dir,
    cursor: input.cursor,
    limit: input.limit,
  });
  const rows = orm
    .select({ ...columns, ...page.keyColumns })
    .from(contacts)
    .where(and(...filters, page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch)
    .all();
  const { items, nextCursor } = page.page(rows);
  const total = firstPageTotal(orm, input.cursor, contacts, filters);
  return { items: items.map((row) => toContact(row as Parameters<typeof toContact>[0])), nextCursor, total };
}
