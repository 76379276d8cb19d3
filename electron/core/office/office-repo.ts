import { asc, eq } from 'drizzle-orm';
import type { Office } from '../../../shared/contract/office';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { office, officers } from '../db/schema';
import { AppError } from '../errors';
import type { WriteScope } from '../write-scope';

type ProfileInput = ParsedInput<'office:setup'>;

export function getOffice(orm: Orm): Office | null {
  const row = orm.select().from(office).where(eq(office.id, 1)).get();
  if (!row) return null;
  const people = orm.select().from(officers).orderBy(asc(officers.name)).all();
  return {
    name: row.name,
    homeCountry: row.homeCountry,
    hostCountry: row.hostCountry,
    timeZone: row.timeZone,
    referencePrefix: row.referencePrefix,
    isSample: row.isSample,
    currentOfficerId: row.currentOfficerId,
    officers: people.map(({ id, name, title, email, active }) => ({ id, name, title, email, active })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function requireOffice(orm: Orm): Office {
  const found = getOffice(orm);
  if (!found) throw new AppError('NOT_READY', 'The office profile has not been created yet.');
  return found;
}

function saveOfficers(scope: WriteScope, list: ProfileInput['officers']): number[] {
  const ids: number[] = [];
  for (const person of list) {
    const values = { name: person.name, title: person.title, email: person.email, active: person.active };
    if (person.id !== undefined) {
      const updated = scope.orm
        .update(officers)
        .set({ ...values, updatedAt: scope.now })
        .where(eq(officers.id, person.id))
        .run();
      if (updated.changes === 0) {
        throw new AppError('VALIDATION', `Officer ${person.id} does not exist.`, [
          { path: ['officers', ids.length, 'id'], message: 'validation.invalid' },
        ]);
      }
      ids.push(person.id);
    } else {
      const row = scope.orm
        .insert(officers)
        .values({ ...values, createdAt: scope.now, updatedAt: scope.now })
        .returning({ id: officers.id })
        .get();
      ids.push(row.id);
    }
  }
  return ids;
}

export function setupOffice(scope: WriteScope, input: ProfileInput, isSample = false): void {
  if (getOffice(scope.orm)) throw new AppError('CONFLICT', 'The office profile already exists; edit it instead.');
  const ids = saveOfficers(scope, input.officers);
  scope.orm
    .insert(office)
    .values({
      id: 1,
      name: input.name,
      homeCountry: input.homeCountry,
      hostCountry: input.hostCountry,
      timeZone: input.timeZone,
      referencePrefix: input.referencePrefix,
      isSample,
      currentOfficerId: ids[0] ?? null,
      createdAt: scope.now,
      updatedAt: scope.now,
    })
    .run();
  recordAudit(scope, {
    action: 'office.setup',
    entity: 'office',
    entityId: 1,
    details: { name: input.name, isSample },
  });
}

export function updateOffice(scope: WriteScope, input: ProfileInput): void {
  const current = requireOffice(scope.orm);
  const ids = saveOfficers(scope, input.officers);
  const activeIds = ids.filter((_, i) => input.officers[i]?.active);
  if (activeIds.length === 0) {
    throw new AppError('VALIDATION', 'Keep at least one active officer.', [
      { path: ['officers'], message: 'validation.activeOfficerRequired' },
    ]);
  }
  // The acting officer must stay an active one: someone who left cannot sign the audit trail.
  const stillCurrent = current.currentOfficerId !== null && activeIds.includes(current.currentOfficerId);
  scope.orm
    .update(office)
    .set({
      name: input.name,
      homeCountry: input.homeCountry,
      hostCountry: input.hostCountry,
      timeZone: input.timeZone,
      referencePrefix: input.referencePrefix,
      currentOfficerId: stillCurrent ? current.currentOfficerId : (activeIds[0] ?? null),
      updatedAt: scope.now,
    })
    .where(eq(office.id, 1))
    .run();
  recordAudit(scope, { action: 'office.update', entity: 'office', entityId: 1, details: { name: input.name } });
}

export function setCurrentOfficer(scope: WriteScope, officerId: number): void {
  requireOffice(scope.orm);
  const person = scope.orm.select().from(officers).where(eq(officers.id, officerId)).get();
  if (!person || !person.active) {
    throw new AppError('VALIDATION', `Officer ${officerId} is not an active officer of this office.`, [
      { path: ['officerId'], message: 'validation.invalid' },
    ]);
  }
  scope.orm.update(office).set({ currentOfficerId: officerId }).where(eq(office.id, 1)).run();
  // Recorded under the officer handing over, so the log shows who passed the app to whom.
  recordAudit(scope, {
    action: 'office.switchOfficer',
    entity: 'officer',
    entityId: officerId,
    details: { to: person.name },
  });
}
