import { and, ne, sql } from 'drizzle-orm';
import type { DuplicateMatch } from '../../../shared/contract/directory';
import { normaliseEmail } from '../../../shared/domain/directory';
import { normalizeIdentifier } from '../../../shared/domain/identifiers';
import type { Orm } from '../db/open';
import { contacts } from '../db/schema';
import { AppError } from '../errors';

/**
 * Contacts sharing an e-mail (stored lower-case, compared lower-case) or a phone (stored and compared
 * normalised: no spaces, dots, dashes or brackets, 00 → +). Archived contacts count: a person
 * archived by mistake is still the same person.
 */
export function findContactDuplicates(
  orm: Orm,
  input: { emails: string[]; phones: string[]; excludeId: number | null },
): DuplicateMatch[] {
  const emails = [...new Set(input.emails.map(normaliseEmail).filter(Boolean))];
  const phones = [...new Set(input.phones.map((p) => normalizeIdentifier('phone', p)).filter(Boolean))];
  if (emails.length === 0 && phones.length === 0) return [];
  const wanted = [...emails, ...phones];
  const inList = sql.join(
    wanted.map((v) => sql`${v}`),
    sql`, `,
  );
  const rows = orm
    .select({
      id: contacts.id,
      name: contacts.name,
      organisation: contacts.organisation,
      country: contacts.country,
      archivedAt: contacts.archivedAt,
      matched: sql<string>`(SELECT json_group_array(value) FROM (
        SELECT value FROM json_each(${contacts.emails}) WHERE value IN (${inList})
        UNION SELECT value FROM json_each(${contacts.phones}) WHERE value IN (${inList})))`,
    })
    .from(contacts)
    .where(
      and(
        sql`(EXISTS (SELECT 1 FROM json_each(${contacts.emails}) WHERE value IN (${inList}))
          OR EXISTS (SELECT 1 FROM json_each(${contacts.phones}) WHERE value IN (${inList})))`,
        input.excludeId === null ? undefined : ne(contacts.id, input.excludeId),
      ),
    )
    .orderBy(contacts.id)
    .limit(20)
    .all();
  return rows.map(({ archivedAt, matched, ...row }) => ({
    ...row,
    archived: archivedAt !== null,
    matchedOn: JSON.parse(matched) as string[],
  }));
}

/** Refuses a save that would add a second entry for the same person, unless the user confirmed it. */
export function refuseContactDuplicates(
  orm: Orm,
  input: { emails: string[]; phones: string[]; allowDuplicate: boolean },
  excludeId: number | null,
): void {
  if (input.allowDuplicate) return;
  const found = findContactDuplicates(orm, { ...input, excludeId });
  if (found.length === 0) return;
  const first = found[0]!;
  throw new AppError(
    'CONFLICT',
    `${first.name} already has ${first.matchedOn.join(', ')}; confirm to save a second contact anyway.`,
    [{ path: ['emails'], message: 'validation.contact.duplicate' }],
  );
}
