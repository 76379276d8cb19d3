import { asc, eq } from 'drizzle-orm';
import type { RequestDetail } from '../../../shared/contract/requests';
import { isFinished } from '../../../shared/domain/requests';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import { changedFields, requireCase, touchCase } from '../cases/cases-repo';
import type { Orm } from '../db/open';
import { cases, contacts, requestContacts, requests } from '../db/schema';
import { AppError, notFound } from '../errors';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { dateInZone } from '../../../shared/domain/dates';
import { zonedInstant } from '../../../shared/domain/zoned-time';
import { requireOffice } from '../office/office-repo';
import { requestChanged } from './request-deadlines';
import { insertRequestEvent } from './request-events-repo';
import { requestSummaryColumns } from './request-queries';

type RequestFields = Omit<ParsedInput<'request:create'>, 'caseId'>;

export function getRequest(orm: Orm, id: number): RequestDetail {
  const row = orm
    .select({
      ...requestSummaryColumns,
      legalBasis: requests.legalBasis,
      assistanceTypes: requests.assistanceTypes,
      dataCategories: requests.dataCategories,
      respondedOn: requests.respondedOn,
      closedOn: requests.closedOn,
      handlingCode: requests.handlingCode,
      usableInCourt: requests.usableInCourt,
      directlyAccessible: requests.directlyAccessible,
      notes: requests.notes,
      createdAt: requests.createdAt,
    })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .where(eq(requests.id, id))
    .get();
  if (!row) throw notFound('Request', id);
  const linked = orm
    .select({
      contactId: contacts.id,
      name: contacts.name,
      kind: contacts.kind,
      organisation: contacts.organisation,
      role: requestContacts.role,
    })
    .from(requestContacts)
    .innerJoin(contacts, eq(contacts.id, requestContacts.contactId))
    .where(eq(requestContacts.requestId, id))
    .orderBy(asc(contacts.name))
    .all();
  return { ...row, contacts: linked } as RequestDetail;
}

export function requireRequest(orm: Orm, id: number) {
  const row = orm.select().from(requests).where(eq(requests.id, id)).get();
  if (!row) throw notFound('Request', id);
  return row;
}

/** The stored columns of a request's fields (shared with the sheet import's bulk writer). */
export function requestColumns(input: RequestFields) {
  const { channel } = input;
  return {
    channel,
    direction: input.direction,
    kind: input.kind,
    title: input.title,
    counterpartCountry: input.counterpartCountry,
    counterpartAuthority: input.counterpartAuthority,
    provider: channel === 'provider' ? input.provider : input.provider.trim(),
    legalBasis: input.legalBasis,
    assistanceTypes: [...new Set(input.assistanceTypes)],
    dataCategories: [...new Set(input.dataCategories)],
    urgency: input.urgency,
    status: input.status,
    finished: isFinished(channel, input.status),
    ourReference: input.ourReference,
    theirReference: input.theirReference,
    sentOn: input.sentOn,
    dueOn: input.dueOn,
    preservationUntil: input.preservationUntil,
    respondedOn: input.respondedOn,
    closedOn: input.closedOn,
    handlingCode: input.handlingCode,
    usableInCourt: input.usableInCourt,
    directlyAccessible: channel === 'police' ? (input.directlyAccessible ?? null) : null,
    notes: input.notes,
  };
}

/**
 * The step that put a new request in its first status. A request recorded mid-way (already sent on
 * paper before Legat) is dated on its sent date, so its deadlines count from when it really left.
 */
function recordInitialStep(scope: WriteScope, requestId: number, input: ParsedInput<'request:create'>): void {
  const { timeZone } = requireOffice(scope.orm);
  const today = dateInZone(new Date(scope.now), timeZone);
  const datedBySent = input.status !== 'draft' && input.sentOn !== null && input.sentOn <= today;
  const occurredOn = datedBySent && input.sentOn ? input.sentOn : today;
  insertRequestEvent(scope.orm, {
    requestId,
    action: 'record',
    fromStatus: null,
    toStatus: input.status,
    occurredAt: occurredOn === today ? scope.now : zonedInstant(occurredOn, '12:00', timeZone),
    occurredOn,
    timeZone,
    recordedAt: scope.now,
    actor: scope.actor,
    note: '',
    payload: {},
    before: {},
    undoesEventId: null,
    undoneByEventId: null,
  });
}

export function createRequest(scope: WriteScope, input: ParsedInput<'request:create'>): number {
  requireCase(scope.orm, input.caseId);
  const values = requestColumns(input);
  const row = scope.orm
    .insert(requests)
    .values({
      ...values,
      caseId: input.caseId,
      identifierSelection: 'relevant',
      createdAt: scope.now,
      updatedAt: scope.now,
    })
    .returning({ id: requests.id })
    .get();
  recordInitialStep(scope, row.id, input);
  requestChanged(scope, row.id);
  touchCase(scope, input.caseId);
  recordTimeline(scope, {
    caseId: input.caseId,
    requestId: row.id,
    kind: 'request_created',
    params: { title: input.title, channel: input.channel, direction: input.direction, status: input.status },
  });
  recordAudit(scope, {
    action: 'request.create',
    entity: 'request',
    entityId: row.id,
    details: { channel: input.channel },
  });
  return row.id;
}

export function updateRequest(scope: WriteScope, input: ParsedInput<'request:update'>): void {
  const before = requireRequest(scope.orm, input.id);
  if (before.channel !== input.channel) {
    throw new AppError(
      'VALIDATION',
      'A request cannot move to another channel; create a new request on that channel.',
      [{ path: ['channel'], message: 'validation.request.channelFixed' }],
    );
  }
  if (before.status !== input.status) {
    throw new AppError('VALIDATION', 'The status changes only through the steps of the workflow.', [
      { path: ['status'], message: 'validation.request.statusViaWorkflow' },
    ]);
  }
  // Saved unchanged, its deadlines are still recomputed, as they always were on every save.
  requestChanged(scope, input.id);
  const next = requestColumns(input);
  const changed = changedFields(before, next).filter((field) => field !== 'finished');
  if (changed.length === 0) return;
  scope.orm
    .update(requests)
    .set({ ...next, updatedAt: scope.now })
    .where(eq(requests.id, input.id))
    .run();
  touchCase(scope, before.caseId);
  const others = changed.filter((field) => field !== 'status');
  if (others.length > 0) {
    recordTimeline(scope, {
      caseId: before.caseId,
      requestId: input.id,
      kind: 'request_updated',
      params: { title: next.title, channel: next.channel, fields: others.join(',') },
    });
  }
  if (changed.includes('status')) {
    recordTimeline(scope, {
      caseId: before.caseId,
      requestId: input.id,
      kind: 'request_status_changed',
      params: { title: next.title, channel: next.channel, from: before.status, to: next.status },
    });
  }
  recordAudit(scope, { action: 'request.update', entity: 'request', entityId: input.id, details: { changed } });
}
