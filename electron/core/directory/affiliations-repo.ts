import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Affiliation } from '../../../shared/contract/directory';
import { ORGANISATION_KIND_FOR_CONTACT } from '../../../shared/domain/directory';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { affiliations, contacts, organisations } from '../db/schema';
import { invalid, notFound } from '../errors';
import type { WriteScope } from '../write-scope';
import { officeDay } from './office-day';
import { getOrganisation, sameNameOrganisations } from './organisations-repo';

const columns = {
  id: affiliations.id,
  contactId: affiliations.contactId,
  contactName: contacts.name,
  contactKind: contacts.kind,
  contactArchivedAt: contacts.archivedAt,
  organisationId: affiliations.organisationId,
  organisationName: organisations.name,
  organisationCountry: organisations.country,
  title: affiliations.title,
  fromOn: affiliations.fromOn,
  toOn: affiliations.toOn,
};

type Row = { contactArchivedAt: string | null; toOn: string | null } & Record<string, unknown>;
const toAffiliation = ({ contactArchivedAt, ...row }: Row): Affiliation =>
  ({ ...row, contactArchived: contactArchivedAt !== null, current: row.toOn === null }) as Affiliation;

const joined = (orm: Orm) =>
  orm
    .select(columns)
    .from(affiliations)
    .innerJoin(contacts, eq(contacts.id, affiliations.contactId))
    .innerJoin(organisations, eq(organisations.id, affiliations.organisationId));

/** A person's memberships, current first, then most recent first (unknown starts last). */
export function contactAffiliations(orm: Orm, contactId: number): Affiliation[] {
  return joined(orm)
    .where(eq(affiliations.contactId, contactId))
    .orderBy(
      sql`${affiliations.toOn} IS NOT NULL`,
      desc(affiliations.toOn),
      desc(affiliations.fromOn),
      desc(affiliations.id),
    )
    .limit(500)
    .all()
    .map(toAffiliation);
}

export function organisationPeople(orm: Orm, input: ParsedInput<'organisation:people'>): Affiliation[] {
  return joined(orm)
    .where(
      and(
        eq(affiliations.organisationId, input.organisationId),
        input.current ? isNull(affiliations.toOn) : isNotNull(affiliations.toOn),
      ),
    )
    .orderBy(input.current ? asc(sql`${contacts.name} COLLATE NOCASE`) : desc(affiliations.toOn), asc(affiliations.id))
    .limit(input.limit)
    .all()
    .map(toAffiliation);
}

export function currentAffiliation(orm: Orm, contactId: number) {
  return orm
    .select({ id: affiliations.id, organisationId: affiliations.organisationId, fromOn: affiliations.fromOn })
    .from(affiliations)
    .where(and(eq(affiliations.contactId, contactId), isNull(affiliations.toOn)))
    .get();
}

/** Keeps the contact row's organisation and title equal to its current membership. */
function mirror(scope: WriteScope, contactId: number, organisation: string, title: string | null): void {
  scope.orm
    .update(contacts)
    .set({ organisation, ...(title === null ? {} : { title }), updatedAt: scope.now })
    .where(eq(contacts.id, contactId))
    .run();
}

function open(scope: WriteScope, contactId: number, organisationId: number, title: string, fromOn: string | null) {
  const org = getOrganisation(scope.orm, organisationId);
  scope.orm
    .insert(affiliations)
    .values({ contactId, organisationId, title, fromOn, toOn: null, createdAt: scope.now, updatedAt: scope.now })
    .run();
  mirror(scope, contactId, org.name, title);
  return org;
}

function close(scope: WriteScope, id: number, toOn: string): void {
  scope.orm.update(affiliations).set({ toOn, updatedAt: scope.now }).where(eq(affiliations.id, id)).run();
}

/**
 * The contact moves: the current membership ends on `fromOn` and a new one starts the same day.
 * Requests keep pointing at the person, so their history stays whole.
 */
export function moveContact(scope: WriteScope, input: ParsedInput<'affiliation:move'>): void {
  const person = scope.orm.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, input.contactId)).get();
  if (!person) throw notFound('Contact', input.contactId);
  const target = getOrganisation(scope.orm, input.organisationId);
  if (target.archived) {
    throw invalid(['organisationId'], 'validation.affiliation.archived', 'That organisation is archived.');
  }
  const current = currentAffiliation(scope.orm, input.contactId);
  if (current?.organisationId === input.organisationId) {
    throw invalid(
      ['organisationId'],
      'validation.affiliation.same',
      'The contact already belongs to that organisation.',
    );
  }
  if (current?.fromOn && input.fromOn < current.fromOn) {
    throw invalid(
      ['fromOn'],
      'validation.affiliation.beforeCurrent',
      `The move cannot start before the current membership began (${current.fromOn}).`,
    );
  }
  if (current) close(scope, current.id, input.fromOn);
  open(scope, input.contactId, input.organisationId, input.title, input.fromOn);
  recordAudit(scope, {
    action: 'affiliation.move',
    entity: 'contact',
    entityId: input.contactId,
    details: { from: current?.organisationId ?? null, to: input.organisationId, fromOn: input.fromOn },
  });
}

/** Ends a current membership without a new one (the person left, retired…). */
export function endAffiliation(scope: WriteScope, input: ParsedInput<'affiliation:end'>): number {
  const row = scope.orm.select().from(affiliations).where(eq(affiliations.id, input.id)).get();
  if (!row) throw notFound('Affiliation', input.id);
  if (row.toOn !== null) throw invalid(['id'], 'validation.affiliation.ended', 'That membership has already ended.');
  if (row.fromOn && input.toOn < row.fromOn) {
    throw invalid(['toOn'], 'validation.affiliation.endBeforeStart', 'A membership cannot end before it began.');
  }
  close(scope, row.id, input.toOn);
  mirror(scope, row.contactId, '', null);
  recordAudit(scope, {
    action: 'affiliation.end',
    entity: 'contact',
    entityId: row.contactId,
    details: { organisation: row.organisationId, toOn: input.toOn },
  });
  return row.contactId;
}

/**
 * Makes `organisationId` (or none) the contact's current organisation, as the contact form does:
 * a change ends the old membership today and starts the new one today.
 */
export function setCurrentOrganisation(
  scope: WriteScope,
  contactId: number,
  organisationId: number | null,
  title: string,
): void {
  const current = currentAffiliation(scope.orm, contactId);
  const today = officeDay(scope.orm, scope.now);
  if (current && current.organisationId === organisationId) {
    scope.orm.update(affiliations).set({ title, updatedAt: scope.now }).where(eq(affiliations.id, current.id)).run();
    return;
  }
  if (current) close(scope, current.id, today);
  if (organisationId === null) {
    if (current) mirror(scope, contactId, '', null);
    return;
  }
  const org = getOrganisation(scope.orm, organisationId);
  if (org.archived && !current) {
    throw invalid(['organisationId'], 'validation.affiliation.archived', 'That organisation is archived.');
  }
  open(scope, contactId, organisationId, title, today);
}

/**
 * The organisation called `name` in `country`, created if there is none: how a name typed by hand,
 * read from a vCard or carried in a bundle finds its place in the directory.
 */
export function organisationNamed(scope: WriteScope, name: string, country: string, contactKind: string): number {
  const found = sameNameOrganisations(scope.orm, name, country, null)[0];
  if (found) return found.id;
  const row = scope.orm
    .insert(organisations)
    .values({
      kind: ORGANISATION_KIND_FOR_CONTACT[contactKind] ?? 'other',
      name: name.trim(),
      country,
      createdAt: scope.now,
      updatedAt: scope.now,
    })
    .returning({ id: organisations.id })
    .get();
  recordAudit(scope, {
    action: 'organisation.create',
    entity: 'organisation',
    entityId: row.id,
    details: { name: name.trim(), country, fromName: true },
  });
  return row.id;
}

/** Same as setCurrentOrganisation, for an organisation known only by name ('' = none). */
export function setCurrentOrganisationByName(
  scope: WriteScope,
  contactId: number,
  name: string,
  country: string,
  contactKind: string,
  title: string,
): void {
  const current = currentAffiliation(scope.orm, contactId);
  if (current && name.trim() !== '') {
    const org = getOrganisation(scope.orm, current.organisationId);
    if (org.name.trim().toLowerCase() === name.trim().toLowerCase()) {
      return setCurrentOrganisation(scope, contactId, current.organisationId, title);
    }
  }
  const target = name.trim() === '' ? null : organisationNamed(scope, name, country, contactKind);
  setCurrentOrganisation(scope, contactId, target, title);
}

/**
 * After a bundle wrote contact rows directly, brings their memberships in line with the organisation
 * name the rows now carry. A row whose name already matches its current membership is left alone.
 */
export function syncAffiliationsFromRows(scope: WriteScope, contactIds: number[]): void {
  for (const contactId of contactIds) {
    const row = scope.orm
      .select({
        organisation: contacts.organisation,
        country: contacts.country,
        kind: contacts.kind,
        title: contacts.title,
      })
      .from(contacts)
      .where(eq(contacts.id, contactId))
      .get();
    if (!row) continue;
    const current = currentAffiliation(scope.orm, contactId);
    const currentName = current ? getOrganisation(scope.orm, current.organisationId).name : '';
    if (currentName.trim().toLowerCase() === row.organisation.trim().toLowerCase()) continue;
    setCurrentOrganisationByName(scope, contactId, row.organisation, row.country, row.kind, row.title);
  }
}
