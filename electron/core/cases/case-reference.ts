import { eq } from 'drizzle-orm';
import { formatCaseReference } from '../../../shared/domain/cases';
import { referenceCounters } from '../db/schema';
import type { WriteScope } from '../write-scope';

/** Takes the next office reference for the year of `openedOn`; runs inside the creating transaction. */
export function nextCaseReference(scope: WriteScope, prefix: string, openedOn: string): string {
  const year = Number(openedOn.slice(0, 4));
  const row = scope.orm.select().from(referenceCounters).where(eq(referenceCounters.year, year)).get();
  const next = (row?.last ?? 0) + 1;
  if (row) scope.orm.update(referenceCounters).set({ last: next }).where(eq(referenceCounters.year, year)).run();
  else scope.orm.insert(referenceCounters).values({ year, last: next }).run();
  return formatCaseReference(prefix, year, next);
}
