import { and, isNull, sql } from 'drizzle-orm';
import { addMonths } from '../../../shared/domain/dates';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import type { Orm } from '../db/open';
import { contacts } from '../db/schema';
import { contactVerifyMonths } from '../settings/settings-repo';
import { officeDay } from './office-day';

/**
 * Active contacts whose details were last confirmed `months` or more ago. A contact never verified
 * counts from the day it was added, so a contact entered today is not already overdue.
 */
export function contactsDueForVerification(
  orm: Orm,
  now: Date,
  input: ParsedInput<'contact:verificationDue'>,
): ChannelOutput<'contact:verificationDue'> {
  const months = contactVerifyMonths(orm);
  const today = officeDay(orm, now);
  const cutoff = addMonths(today, -months);
  const since = sql<string>`coalesce(${contacts.lastVerifiedOn}, substr(${contacts.createdAt}, 1, 10))`;
  const where = and(isNull(contacts.archivedAt), sql`${since} <= ${cutoff}`);
  const items = orm
    .select({
      id: contacts.id,
      name: contacts.name,
      organisation: contacts.organisation,
      country: contacts.country,
      lastVerifiedOn: contacts.lastVerifiedOn,
      since,
    })
    .from(contacts)
    .where(where)
    .orderBy(since, contacts.id)
    .limit(input.limit)
    .all();
  const total =
    orm
      .select({ n: sql<number>`count(*)` })
      .from(contacts)
      .where(where)
      .get()?.n ?? 0;
  return { items, total, months, today };
}
