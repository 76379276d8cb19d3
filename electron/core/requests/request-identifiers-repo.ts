import { asc, eq } from 'drizzle-orm';
import type { ParsedInput } from '../../../shared/ipc-contract';
import {
  identifiersForRequest,
  relevantIdentifiers,
  type IdentifierSelection,
} from '../../../shared/domain/drafting/identifier-choice';
import type { FactIdentifier } from '../../../shared/domain/drafting';
import type { IdentifierKind } from '../../../shared/domain/identifiers';
import type { Channel } from '../../../shared/domain/requests';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { identifiers, requestIdentifiers, requests } from '../db/schema';
import { AppError } from '../errors';
import type { WriteScope } from '../write-scope';
import { requireRequest } from './requests-repo';

type RequestRow = ReturnType<typeof requireRequest>;

function caseIdentifiers(orm: Orm, caseId: number): FactIdentifier[] {
  return orm
    .select()
    .from(identifiers)
    .where(eq(identifiers.caseId, caseId))
    .orderBy(asc(identifiers.id))
    .all()
    .map((i) => ({
      id: i.id,
      kind: i.kind as IdentifierKind,
      value: i.value,
      observedAt: i.observedAt,
      timeZone: i.timeZone,
      platform: i.platform,
    }));
}

function chosenIds(orm: Orm, requestId: number): Set<number> {
  const rows = orm
    .select({ id: requestIdentifiers.identifierId })
    .from(requestIdentifiers)
    .where(eq(requestIdentifiers.requestId, requestId))
    .all();
  return new Set(rows.map((r) => r.id));
}

function selectionOf(request: RequestRow) {
  return {
    channel: request.channel as Channel,
    provider: request.provider,
    identifierSelection: request.identifierSelection as IdentifierSelection,
  };
}

/** The identifiers the request's letters name (see identifier-choice.ts for the default). */
export function identifiersOfRequest(orm: Orm, request: RequestRow): FactIdentifier[] {
  return identifiersForRequest(caseIdentifiers(orm, request.caseId), selectionOf(request), chosenIds(orm, request.id));
}

/** Every identifier of the case, with whether the request names it and whether it suits the addressee. */
export function requestIdentifierChoice(orm: Orm, requestId: number) {
  const request = requireRequest(orm, requestId);
  const all = caseIdentifiers(orm, request.caseId);
  const named = new Set(identifiersForRequest(all, selectionOf(request), chosenIds(orm, requestId)).map((i) => i.id));
  const relevant = new Set(relevantIdentifiers(all, selectionOf(request)).map((i) => i.id));
  return {
    requestId,
    selection: request.identifierSelection as IdentifierSelection,
    identifiers: all.map((i) => ({
      id: i.id,
      kind: i.kind,
      value: i.value,
      platform: i.platform,
      chosen: named.has(i.id),
      relevant: relevant.has(i.id),
    })),
  };
}

/** The officer's choice replaces the default; choosing none is allowed (a letter about persons only). */
export function chooseRequestIdentifiers(scope: WriteScope, input: ParsedInput<'request:chooseIdentifiers'>): void {
  const request = requireRequest(scope.orm, input.requestId);
  const ofCase = new Set(caseIdentifiers(scope.orm, request.caseId).map((i) => i.id));
  const foreign = input.identifierIds.filter((id) => !ofCase.has(id));
  if (foreign.length > 0) {
    throw new AppError('VALIDATION', `Identifier ${foreign.join(', ')} does not belong to this request's case.`, [
      { path: ['identifierIds'], message: 'validation.request.identifierNotInCase' },
    ]);
  }
  const ids = [...new Set(input.identifierIds)];
  scope.orm.delete(requestIdentifiers).where(eq(requestIdentifiers.requestId, request.id)).run();
  if (ids.length > 0) {
    scope.orm
      .insert(requestIdentifiers)
      .values(ids.map((identifierId) => ({ requestId: request.id, identifierId, createdAt: scope.now })))
      .run();
  }
  scope.orm
    .update(requests)
    .set({ identifierSelection: 'chosen', updatedAt: scope.now })
    .where(eq(requests.id, request.id))
    .run();
  recordAudit(scope, {
    action: 'request.chooseIdentifiers',
    entity: 'request',
    entityId: request.id,
    details: { identifierIds: ids },
  });
}
