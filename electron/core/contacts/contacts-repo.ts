import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Contact } from '../../../shared/contract/contacts';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { normalizeIdentifier } from '../../../shared/domain/identifiers';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { contacts, requestContacts } from '../db/schema';
import { notFound } from '../errors';
import { likeAny, offsetOf } from '../sql-helpers';
import type { WriteScope } from '../write-scope';

const requestCount = sql<number>`(SELECT count(*) FROM ${requestContacts} WHERE ${requestContacts.contactId} = ${contacts.id})`;

const columns = {
  id: contacts.id,
  kind: contacts.kind,
  name: contacts.name,
  organisation: contacts.organisation,
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

function valuesOf(input: ParsedInput<'contact:create'>) {
  return {
    ...input,
    phones: [...new Set(input.phones.map((p) => normalizeIdentifier('phone', p)))],
    emails: [...new Set(input.emails.map((e) => e.trim().toLowerCase()))],
    languages: [...new Set(input.languages)],
  };
}

export function createContact(scope: WriteScope, input: ParsedInput<'contact:create'>): number {
  const row = scope.orm
    .insert(contacts)
    .values({ ...valuesOf(input), createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: contacts.id })
    .get();
  recordAudit(scope, { action: 'contact.create', entity: 'contact', entityId: row.id, details: { name: input.name } });
  return row.id;
}

export function updateContact(scope: WriteScope, input: ParsedInput<'contact:update'>): void {
  const { id, ...fields } = input;
  getContact(scope.orm, id);
  scope.orm
    .update(contacts)
    .set({ ...valuesOf(fields), updatedAt: scope.now })
    .where(eq(contacts.id, id))
    .run();
  recordAudit(scope, { action: 'contact.update', entity: 'contact', entityId: id });
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

const SORTS: Record<ParsedInput<'contact:list'>['sortBy'], SQL[]> = {
  name: [sql`${contacts.name} COLLATE NOCASE`],
  organisation: [sql`${contacts.organisation} COLLATE NOCASE`],
  country: [sql`${contacts.country}`],
  kind: [sql`${contacts.kind}`],
  lastVerifiedOn: [sql`${contacts.lastVerifiedOn} IS NULL`, sql`${contacts.lastVerifiedOn}`],
  updatedAt: [sql`${contacts.updatedAt}`],
  requestCount: [requestCount],
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
  const where = and(...filters);
  const direction = input.sortDir === 'asc' ? asc : desc;
  const order = SORTS[input.sortBy].map((key, i, all) => (all.length > 1 && i === 0 ? asc(key) : direction(key)));
  const items = orm
    .select(columns)
    .from(contacts)
    .where(where)
    .orderBy(...order, direction(contacts.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize))
    .all()
    .map(toContact);
  const total =
    orm
      .select({ n: sql<number>`count(*)` })
      .from(contacts)
      .where(where)
      .get()?.n ?? 0;
  return { items, total, page: input.page, pageSize: input.pageSize };
}
