import { and, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Organisation } from '../../../shared/contract/directory';
import { normaliseEmail, type OrganisationKind } from '../../../shared/domain/directory';
import { normalizeIdentifier } from '../../../shared/domain/identifiers';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { affiliations, contacts, organisations } from '../db/schema';
import { AppError, notFound } from '../errors';
import { firstPageTotal, keyset } from '../paging/keyset-page';
import { likeAny } from '../sql-helpers';
import type { WriteScope } from '../write-scope';

// Written with explicit table names: inside the subquery a bare "id" would mean affiliations.id.
const peopleCount = sql<number>`(SELECT count(*) FROM affiliations a WHERE a.organisation_id = "organisations"."id" AND a.to_on IS NULL)`;

const columns = {
  id: organisations.id,
  kind: organisations.kind,
  name: organisations.name,
  country: organisations.country,
  address: organisations.address,
  phones: organisations.phones,
  emails: organisations.emails,
  notes: organisations.notes,
  archivedAt: organisations.archivedAt,
  peopleCount,
  updatedAt: organisations.updatedAt,
};

/** The stored kind is one of ORGANISATION_KINDS: only the contract's schema ever writes it. */
const refColumns = {
  id: organisations.id,
  name: organisations.name,
  country: organisations.country,
  kind: sql<OrganisationKind>`${organisations.kind}`,
};

type Row = Record<string, unknown> & { archivedAt: string | null };

function toOrganisation(row: Row): Organisation {
  const { archivedAt, ...rest } = row;
  return { ...(rest as Omit<Organisation, 'archived'>), archived: archivedAt !== null };
}

export function getOrganisation(orm: Orm, id: number): Organisation {
  const row = orm.select(columns).from(organisations).where(eq(organisations.id, id)).get();
  if (!row) throw notFound('Organisation', id);
  return toOrganisation(row);
}

/** Same name (ignoring case and outer spaces) in the same country: what a second entry of one body looks like. */
export function sameNameOrganisations(orm: Orm, name: string, country: string, excludeId: number | null) {
  return orm
    .select(refColumns)
    .from(organisations)
    .where(
      and(
        sql`lower(${organisations.name}) = lower(${name.trim()})`,
        eq(organisations.country, country),
        excludeId === null ? undefined : ne(organisations.id, excludeId),
      ),
    )
    .orderBy(organisations.id)
    .limit(20)
    .all();
}

type OrganisationFields = Omit<ParsedInput<'organisation:create'>, 'allowDuplicate'>;

function valuesOf(input: OrganisationFields) {
  return {
    ...input,
    phones: [...new Set(input.phones.map((p) => normalizeIdentifier('phone', p)))],
    emails: [...new Set(input.emails.map(normaliseEmail))],
  };
}

function refuseDuplicate(orm: Orm, input: ParsedInput<'organisation:create'>, excludeId: number | null): void {
  if (input.allowDuplicate) return;
  const same = sameNameOrganisations(orm, input.name, input.country, excludeId);
  if (same.length > 0) {
    throw new AppError(
      'CONFLICT',
      `An organisation named "${same[0]!.name}" already exists in ${input.country}; confirm to save another.`,
      [{ path: ['name'], message: 'validation.organisation.duplicate' }],
    );
  }
}

export function createOrganisation(scope: WriteScope, input: ParsedInput<'organisation:create'>): number {
  refuseDuplicate(scope.orm, input, null);
  const { allowDuplicate: _a, ...fields } = input;
  const row = scope.orm
    .insert(organisations)
    .values({ ...valuesOf(fields), createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: organisations.id })
    .get();
  recordAudit(scope, {
    action: 'organisation.create',
    entity: 'organisation',
    entityId: row.id,
    details: { name: input.name, country: input.country },
  });
  return row.id;
}

export function updateOrganisation(scope: WriteScope, input: ParsedInput<'organisation:update'>): void {
  const { id, allowDuplicate: _a, ...fields } = input;
  const before = getOrganisation(scope.orm, id);
  refuseDuplicate(scope.orm, input, id);
  scope.orm
    .update(organisations)
    .set({ ...valuesOf(fields), updatedAt: scope.now })
    .where(eq(organisations.id, id))
    .run();
  if (before.name !== fields.name) {
    // The current members' contact rows mirror the name (search and bundles read it there).
    scope.orm
      .update(contacts)
      .set({ organisation: fields.name, updatedAt: scope.now })
      .where(
        inArray(
          contacts.id,
          scope.orm
            .select({ id: affiliations.contactId })
            .from(affiliations)
            .where(and(eq(affiliations.organisationId, id), isNull(affiliations.toOn))),
        ),
      )
      .run();
  }
  recordAudit(scope, {
    action: 'organisation.update',
    entity: 'organisation',
    entityId: id,
    details: before.name === fields.name ? {} : { from: before.name, to: fields.name },
  });
}

export function archiveOrganisation(scope: WriteScope, id: number, archived: boolean): void {
  const before = getOrganisation(scope.orm, id);
  if (before.archived === archived) return;
  scope.orm
    .update(organisations)
    .set({ archivedAt: archived ? scope.now : null, updatedAt: scope.now })
    .where(eq(organisations.id, id))
    .run();
  recordAudit(scope, {
    action: archived ? 'organisation.archive' : 'organisation.restore',
    entity: 'organisation',
    entityId: id,
  });
}

const SORTS: Record<ParsedInput<'organisation:list'>['sortBy'], SQL> = {
  name: sql`${organisations.name} COLLATE NOCASE`,
  country: sql`${organisations.country}`,
  kind: sql`${organisations.kind}`,
  peopleCount,
  updatedAt: sql`${organisations.updatedAt}`,
};

export function listOrganisations(
  orm: Orm,
  input: ParsedInput<'organisation:list'>,
): ChannelOutput<'organisation:list'> {
  const filters: SQL[] = [];
  if (input.archived === 'active') filters.push(isNull(organisations.archivedAt));
  if (input.archived === 'archived') filters.push(isNotNull(organisations.archivedAt));
  if (input.kinds.length > 0) filters.push(inArray(organisations.kind, input.kinds));
  if (input.country) filters.push(eq(organisations.country, input.country));
  if (input.q) {
    const fields = [organisations.name, organisations.address, organisations.emails, organisations.phones];
    filters.push(
      sql`(${likeAny(
        fields.map((f) => sql`${f}`),
        input.q,
      )})`,
    );
  }
  const page = keyset({
    sort: `organisation:${input.sortBy}:${input.sortDir}`,
    keys: [{ expr: SORTS[input.sortBy], dir: input.sortDir }],
    id: organisations.id,
    idDir: input.sortDir,
    cursor: input.cursor,
    limit: input.limit,
  });
  const rows = orm
    .select({ ...columns, ...page.keyColumns })
    .from(organisations)
    .where(and(...filters, page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch)
    .all();
  const { items, nextCursor } = page.page(rows);
  const total = firstPageTotal(orm, input.cursor, organisations, filters);
  return { items: items.map((row) => toOrganisation(row as Row)), nextCursor, total };
}

/** Active organisations whose name contains `q`, for pickers; a short list, never the whole table. */
export function searchOrganisations(orm: Orm, q: string, limit: number) {
  return orm
    .select(refColumns)
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), q ? likeAny([sql`${organisations.name}`], q) : undefined))
    .orderBy(sql`${organisations.name} COLLATE NOCASE`, organisations.id)
    .limit(limit)
    .all();
}
