import type Database from 'better-sqlite3-multiple-ciphers';
import type { Office } from '../../../shared/contract/office';
import type { TimelineKind, TimelineParams } from '../../../shared/contract/timeline';
import { dateInZone } from '../../../shared/domain/dates';
import { isFinished, type Channel } from '../../../shared/domain/requests';
import { zonedInstant } from '../../../shared/domain/zoned-time';
import { contract, type ParsedInput } from '../../../shared/ipc-contract';
import { identifierColumns } from '../cases/identifiers-repo';
import { nextCaseReference } from '../cases/case-reference';
import { caseColumns } from '../cases/cases-repo';
import { deadlineRows, type DeadlineInputs } from '../deadlines/refresh';
import { cases, identifiers, requestDeadlines, requestEvents, requests, timelineEvents } from '../db/schema';
import { requestColumns } from '../requests/requests-repo';
import { stepChange, type RequestRow } from '../workflow/transitions';
import type { WriteScope } from '../write-scope';
import { auditBatch } from './audit-batch';
import { rowInserter } from './row-insert';
import type { PlannedRow } from './sheet-plan';

const IMPORT_NOTE = 'Imported from the office’s previous register.';
type EventRow = typeof requestEvents.$inferSelect;
const stepInput = contract['request:transition'].input.omit({ requestId: true });

/**
 * The records of the sheet's new requests, written as `createRequest`, `transitionRequest` and
 * `addIdentifier` write them (the same rows in requests, request_events, timeline_events,
 * identifiers and audit_log, checked against them in sheet-import-rows.test.ts), but through
 * statements compiled once, with the request's steps worked out in memory (`stepChange`, the
 * workflow's own checks) so its row is inserted once in its final state, the audit chain held in
 * memory (`auditBatch`), and each case touched once. At 10,000 rows, building each query through
 * Drizzle, re-reading the request and its events for every step and six statements per audit row
 * were two thirds of the import (DECISIONS.md, Speed).
 */
export function bulkCreator(sqlite: Database.Database, scope: WriteScope, office: Office) {
  const insert = rowInserter(sqlite);
  const audit = auditBatch(sqlite, scope);
  const today = dateInZone(new Date(scope.now), office.timeZone);
  const identifierExists = sqlite.prepare(
    'SELECT 1 FROM identifiers WHERE case_id = ? AND kind = ? AND value = ? LIMIT 1',
  );
  const touch = sqlite.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');
  const touched = new Set<number>();
  const touchCase = (caseId: number) => {
    if (touched.has(caseId)) return;
    touched.add(caseId);
    touch.run(scope.now, caseId);
  };
  const timeline = (
    caseId: number,
    requestId: number | null,
    kind: TimelineKind,
    params: TimelineParams,
    at = scope.now,
  ) => insert(timelineEvents, { caseId, requestId, at, kind, actor: scope.actor, params });

  /** Can this row's history be worked out in memory? A supersede step checks another request. */
  const fits = (row: PlannedRow) => row.history.every((step) => step.action !== 'supersede');

  /** As `createCase` writes a case, with its office reference taken in turn. */
  function createCase(input: ParsedInput<'case:create'>): number {
    const reference = nextCaseReference(scope, office.referencePrefix, input.openedOn);
    const id = insert(cases, { ...caseColumns(input), reference, createdAt: scope.now, updatedAt: scope.now });
    timeline(id, null, 'case_created', { reference, title: input.title });
    audit.record({ action: 'case.create', entity: 'case', entityId: id, caseId: id, details: { reference } });
    return id;
  }

  /** Most steps fall on the dates of a few hundred days: each instant is worked out once. */
  const instants = new Map<string, string>();
  const middayOf = (date: string) => {
    let instant = instants.get(date);
    if (instant === undefined) instants.set(date, (instant = zonedInstant(date, '12:00', office.timeZone)));
    return instant;
  };

  /** The requests written here, until their deadlines are stored. */
  const held = new Map<number, { request: RequestRow; events: EventRow[] }>();

  function createRequest(row: PlannedRow, caseId: number): number {
    const fields = row.fields!;
    // The row as the database would hand it back; its id is known once it is inserted.
    let request: RequestRow = {
      id: 0,
      uuid: globalThis.crypto.randomUUID(),
      caseId,
      ...requestColumns(fields),
      outcome: null,
      refusalGround: null,
      identifierSelection: 'relevant',
      createdAt: scope.now,
      updatedAt: scope.now,
    };
    const created = { title: request.title, channel: request.channel, direction: request.direction };
    const initialStatus = request.status;
    // The first record is dated when the old register says the request began, not today.
    const record = {
      action: 'record',
      fromStatus: null,
      toStatus: initialStatus,
      occurredOn: row.firstDate ?? today,
      occurredAt: row.firstDate ? middayOf(row.firstDate) : scope.now,
      note: '',
      payload: {},
      before: {},
    };
    const steps = [];
    let previous: { action: string; occurredOn: string } = record;
    for (const step of row.history) {
      const input = { requestId: 0, ...stepInput.parse({ ...step, note: IMPORT_NOTE }) };
      const change = stepChange(request, previous, input, today);
      const patch = Object.fromEntries(Object.entries(change.patch).filter(([, value]) => value !== undefined));
      steps.push({
        action: input.action,
        fromStatus: request.status,
        toStatus: change.to,
        occurredOn: change.occurredOn,
        // The step's instant as `transitionRequest` sets it: now when it happened today, else midday.
        occurredAt: change.occurredOn === today ? scope.now : middayOf(change.occurredOn),
        note: input.note,
        payload: input.payload,
        before: change.before,
      });
      request = {
        ...request,
        ...patch,
        status: change.to,
        finished: isFinished(request.channel as Channel, change.to),
        updatedAt: scope.now,
      };
      previous = { action: input.action, occurredOn: change.occurredOn };
    }
    const { id: _id, ...stored } = request;
    const requestId = insert(requests, stored);
    const event = { requestId, timeZone: office.timeZone, recordedAt: scope.now, actor: scope.actor };
    const events: EventRow[] = [];
    const addEvent = (
      step: Omit<EventRow, 'id' | 'uuid' | keyof typeof event | 'undoesEventId' | 'undoneByEventId'>,
    ) => {
      const row = {
        ...step,
        ...event,
        uuid: globalThis.crypto.randomUUID(),
        undoesEventId: null,
        undoneByEventId: null,
      };
      events.push({ ...row, id: insert(requestEvents, row) });
    };
    addEvent(record);
    touchCase(caseId);
    timeline(caseId, requestId, 'request_created', { ...created, status: initialStatus });
    audit.record({
      action: 'request.create',
      entity: 'request',
      entityId: requestId,
      caseId,
      details: { channel: request.channel },
    });
    for (const step of steps) {
      addEvent(step);
      timeline(
        caseId,
        requestId,
        'request_status_changed',
        {
          title: request.title,
          channel: request.channel,
          from: step.fromStatus,
          to: step.toStatus,
          action: step.action,
        },
        step.occurredAt,
      );
      audit.record({
        action: `request.step.${step.action}`,
        entity: 'request',
        entityId: requestId,
        caseId,
        details: { occurredOn: step.occurredOn, payload: step.payload },
      });
    }
    held.set(requestId, { request: { ...request, id: requestId }, events });
    return requestId;
  }

  /**
   * Stores the deadlines of a request written here, from the row and events it wrote (a new request
   * has none to replace); false for another request, which `refreshRequestDeadlines` reads back.
   */
  function storeDeadlines(requestId: number, inputs: DeadlineInputs): boolean {
    const written = held.get(requestId);
    if (!written) return false;
    held.delete(requestId);
    for (const row of deadlineRows(written.request, written.events, inputs)) insert(requestDeadlines, row);
    return true;
  }

  function addMissingIdentifiers(caseId: number, row: PlannedRow): void {
    for (const identifier of row.identifiers) {
      if (identifierExists.get(caseId, identifier.kind, identifier.value)) continue;
      const input = contract['identifier:add'].input.parse({ caseId, identifier });
      const values = identifierColumns(scope.orm, caseId, input.identifier);
      const id = insert(identifiers, { ...values, caseId, createdAt: scope.now, updatedAt: scope.now });
      touchCase(caseId);
      timeline(caseId, null, 'identifier_added', { kind: values.kind, value: values.value });
      audit.record({ action: 'identifier.add', entity: 'identifier', entityId: id, caseId });
    }
  }

  return {
    fits,
    createCase,
    createRequest,
    addMissingIdentifiers,
    storeDeadlines,
    /** Before other code chains audit rows, and before the transaction pauses. */
    settle: audit.settle,
  };
}

export type BulkCreator = ReturnType<typeof bulkCreator>;
