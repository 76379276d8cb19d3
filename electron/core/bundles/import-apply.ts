import { eq } from 'drizzle-orm';
import type { BundledCase, CaseData } from '../../../shared/domain/bundle/case-data';
import { recordAudit } from '../audit/audit-repo';
import { syncAffiliationsFromRows } from '../directory/affiliations-repo';
import { nextCaseReference } from '../cases/case-reference';
import type { Orm } from '../db/open';
import {
  attachments,
  cases,
  contacts,
  identifiers,
  manualDeadlines,
  officers,
  requestContacts,
  requestEvents,
  requests,
  subjects,
  timelineEvents,
} from '../db/schema';
import { AppError } from '../errors';
import { requireOffice } from '../office/office-repo';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import type { ImportPlan, PlannedRecord } from './import-plan';
import { contentFields, type MergeEntity } from './record-hash';
import { setBase } from './sync-bases';
import { idsByUuid } from './uuid-lookup';

/** Per conflicting record, per field: keep this office's value or take the bundle's. */
export type MergeChoices = Record<string, Record<string, 'mine' | 'theirs'>>;

export interface ImportOrigin {
  bundleSha256: string;
  officeName: string;
  signerFingerprint: string;
  fileName: string;
}

export interface ImportResult {
  cases: { uuid: string; id: number; reference: string }[];
  created: number;
  updated: number;
  merged: number;
  leftAlone: number;
  steps: number;
  timeline: number;
  attachments: number;
  links: number;
  touchedRequestIds: number[];
}

/** Refuses an import whose conflicts are not all settled, naming how many fields are open. */
export function checkChoices(plan: ImportPlan, choices: MergeChoices): void {
  const open = plan.records.flatMap((r) =>
    r.action === 'conflict'
      ? r.conflicts.filter((c) => !choices[r.uuid]?.[c.field]).map((c) => `${r.label}: ${c.field}`)
      : [],
  );
  if (open.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Choose which version to keep for ${open.length} conflicting field(s) before importing (${open.slice(0, 3).join('; ')}${open.length > 3 ? '; …' : ''}).`,
    );
  }
}

type Row = Record<string, unknown>;

/**
 * Writes what the plan says, in the caller's one transaction: records created or updated as chosen,
 * workflow steps, timeline entries, attachments and contact links merged as unions, new common
 * bases recorded, one audit row with the bundle's hash. Attachment files must already be in the store.
 */
export function applyImport(
  scope: WriteScope,
  plan: ImportPlan,
  choices: MergeChoices,
  origin: ImportOrigin,
): ImportResult {
  checkChoices(plan, choices);
  const { orm } = scope;
  const office = requireOffice(orm);
  const byRecord = new Map(plan.records.map((r) => [r.uuid, r]));
  const result: ImportResult = {
    cases: [],
    created: 0,
    updated: 0,
    merged: 0,
    leftAlone: 0,
    steps: 0,
    timeline: 0,
    attachments: 0,
    links: 0,
    touchedRequestIds: [],
  };
  const officerIds = new Map(
    orm
      .select({ id: officers.id, name: officers.name })
      .from(officers)
      .all()
      .map((o) => [o.name, o.id]),
  );

  /** Content to write for an existing record, or null to leave it alone. */
  const mergedContent = (planned: PlannedRecord, theirs: object): Row | null => {
    if (planned.action === 'update') {
      result.updated += 1;
      return contentFields(planned.entity, theirs);
    }
    if (planned.action === 'conflict') {
      const pick = choices[planned.uuid] ?? {};
      const content: Row = {};
      for (const c of planned.conflicts) if (pick[c.field] === 'theirs') content[c.field] = c.theirs;
      result.merged += 1;
      return Object.keys(content).length > 0 ? content : {};
    }
    result.leftAlone += 1;
    return null;
  };

  const write = <T extends { uuid: string }>(
    entity: MergeEntity,
    table:
      typeof contacts | typeof cases | typeof subjects | typeof identifiers | typeof requests | typeof manualDeadlines,
    theirs: T,
    toColumns: (content: Row) => Row,
    extraOnCreate: Row,
  ): void => {
    const planned = byRecord.get(theirs.uuid);
    if (!planned) return;
    if (planned.action === 'create') {
      const content = contentFields(entity, theirs);
      const base = theirs as unknown as Row;
      orm
        .insert(table)
        .values({
          ...toColumns(content),
          ...extraOnCreate,
          uuid: theirs.uuid,
          ...('createdAt' in base ? { createdAt: base.createdAt } : {}),
          ...('updatedAt' in base ? { updatedAt: base.updatedAt } : {}),
        } as never)
        .run();
      result.created += 1;
      return;
    }
    const content = mergedContent(planned, theirs);
    if (content === null || Object.keys(content).length === 0) return;
    const set = toColumns(content);
    if ('updatedAt' in (theirs as object)) set.updatedAt = scope.now;
    orm.update(table).set(set).where(eq(table.uuid, theirs.uuid)).run();
  };

  const data: CaseData = plan.data;
  for (const contact of data.contacts) write('contact', contacts, contact, (c) => c, {});
  const contactIds = idsByUuid(
    orm,
    contacts,
    data.contacts.map((c) => c.uuid),
  );
  // Contacts travel with their current organisation's name; the directory's memberships follow it here.
  syncAffiliationsFromRows(scope, [...contactIds.values()]);

  for (const bundled of data.cases) {
    const planned = plan.cases.find((c) => c.uuid === bundled.uuid);
    const caseColumns = (content: Row): Row => {
      const out = { ...content };
      if ('leadOfficer' in out) {
        out.leadOfficerId = out.leadOfficer === null ? null : (officerIds.get(out.leadOfficer as string) ?? null);
        delete out.leadOfficer;
      }
      return out;
    };
    const reference = planned?.referenceTaken
      ? nextCaseReference(scope, office.referencePrefix, bundled.openedOn)
      : bundled.reference;
    write('case', cases, bundled, caseColumns, { reference });
    const caseRow = orm
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .where(eq(cases.uuid, bundled.uuid))
      .get();
    if (!caseRow) throw new Error(`Imported case ${bundled.uuid} is missing after writing it`);
    result.cases.push({ uuid: bundled.uuid, id: caseRow.id, reference: caseRow.reference });
    mergeCaseChildren(scope, bundled, caseRow.id, write, contactIds, result, origin);
    recordTimeline(scope, {
      caseId: caseRow.id,
      kind: 'case_imported',
      params: { office: origin.officeName, file: origin.fileName, bundle: origin.bundleSha256.slice(0, 16) },
    });
  }

  for (const r of plan.records) {
    setBase(scope, r.uuid, r.entity, r.theirHash);
  }
  recordAudit(scope, {
    action: 'bundle.import',
    entity: 'bundle',
    entityId: null,
    details: {
      bundleSha256: origin.bundleSha256,
      signer: origin.signerFingerprint,
      office: origin.officeName,
      file: origin.fileName,
      cases: result.cases.map((c) => c.reference),
      created: result.created,
      updated: result.updated,
      merged: result.merged,
      steps: result.steps,
      attachments: result.attachments,
    },
  });
  return result;
}

/** Turns a reference by UUID in bundled content into the local id column (null if not here). */
function uuidColumn(field: string, column: string, ids: Map<string, number>) {
  return (content: Row): Row => {
    const out = { ...content };
    if (field in out) {
      out[column] = out[field] === null ? null : (ids.get(out[field] as string) ?? null);
      delete out[field];
    }
    return out;
  };
}

type Writer = <T extends { uuid: string }>(
  entity: MergeEntity,
  table:
    typeof contacts | typeof cases | typeof subjects | typeof identifiers | typeof requests | typeof manualDeadlines,
  theirs: T,
  toColumns: (content: Row) => Row,
  extraOnCreate: Row,
) => void;

function mergeCaseChildren(
  scope: WriteScope,
  bundled: BundledCase,
  caseId: number,
  write: Writer,
  contactIds: Map<string, number>,
  result: ImportResult,
  origin: ImportOrigin,
): void {
  const { orm } = scope;
  const onCase = { caseId };
  for (const s of bundled.subjects) write('subject', subjects, s, (c) => c, onCase);
  const subjectIds = idsByUuid(
    orm,
    subjects,
    bundled.subjects.map((s) => s.uuid),
  );
  const identifierColumns = uuidColumn('subjectUuid', 'subjectId', subjectIds);
  for (const i of bundled.identifiers) write('identifier', identifiers, i, identifierColumns, onCase);
  for (const r of bundled.requests) write('request', requests, r, (c) => c, onCase);
  const requestIds = idsByUuid(
    orm,
    requests,
    bundled.requests.map((r) => r.uuid),
  );
  const requestColumns = uuidColumn('requestUuid', 'requestId', requestIds);
  for (const d of bundled.manualDeadlines) write('deadline', manualDeadlines, d, requestColumns, onCase);
  result.touchedRequestIds.push(...requestIds.values());

  mergeSteps(orm, bundled, requestIds, result);
  for (const r of bundled.requests) {
    const requestId = requestIds.get(r.uuid);
    if (requestId === undefined) continue;
    for (const link of r.contacts) {
      const contactId = contactIds.get(link.contactUuid);
      if (contactId === undefined) continue;
      const inserted = orm
        .insert(requestContacts)
        .values({ requestId, contactId, role: link.role, createdAt: link.createdAt })
        .onConflictDoNothing()
        .run();
      result.links += inserted.changes;
    }
  }
  const knownTimeline = new Set(
    orm
      .select({ uuid: timelineEvents.uuid })
      .from(timelineEvents)
      .where(eq(timelineEvents.caseId, caseId))
      .all()
      .map((t) => t.uuid),
  );
  for (const t of bundled.timeline) {
    if (knownTimeline.has(t.uuid)) continue;
    orm
      .insert(timelineEvents)
      .values({
        uuid: t.uuid,
        caseId,
        requestId: t.requestUuid === null ? null : (requestIds.get(t.requestUuid) ?? null),
        at: t.at,
        kind: t.kind,
        actor: t.actor,
        params: t.params,
      })
      .run();
    result.timeline += 1;
  }
  mergeAttachments(scope, bundled, caseId, requestIds, result, origin);
}

/** Workflow steps are facts: each side's steps are kept, and undo links are restored by UUID. */
function mergeSteps(orm: Orm, bundled: BundledCase, requestIds: Map<string, number>, result: ImportResult): void {
  const all = bundled.requests.flatMap((r) => r.events.map((e) => ({ requestUuid: r.uuid, ...e })));
  const known = idsByUuid(
    orm,
    requestEvents,
    all.map((e) => e.uuid),
  );
  for (const e of all) {
    if (known.has(e.uuid)) continue;
    const requestId = requestIds.get(e.requestUuid);
    if (requestId === undefined) continue;
    const id = orm
      .insert(requestEvents)
      .values({
        uuid: e.uuid,
        requestId,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        occurredAt: e.occurredAt,
        occurredOn: e.occurredOn,
        timeZone: e.timeZone,
        recordedAt: e.recordedAt,
        actor: e.actor,
        note: e.note,
        payload: e.payload,
        before: e.before,
        undoesEventId: null,
        undoneByEventId: null,
      })
      .returning({ id: requestEvents.id })
      .get().id;
    known.set(e.uuid, id);
    result.steps += 1;
  }
  for (const e of all) {
    const id = known.get(e.uuid);
    if (id === undefined) continue;
    const set: Row = {};
    if (e.undoesEventUuid && known.has(e.undoesEventUuid)) set.undoesEventId = known.get(e.undoesEventUuid);
    if (e.undoneByEventUuid && known.has(e.undoneByEventUuid)) set.undoneByEventId = known.get(e.undoneByEventUuid);
    if (Object.keys(set).length > 0) orm.update(requestEvents).set(set).where(eq(requestEvents.id, id)).run();
  }
}

function mergeAttachments(
  scope: WriteScope,
  bundled: BundledCase,
  caseId: number,
  requestIds: Map<string, number>,
  result: ImportResult,
  origin: ImportOrigin,
): void {
  const { orm } = scope;
  const known = idsByUuid(
    orm,
    attachments,
    bundled.attachments.map((a) => a.uuid),
  );
  for (const a of bundled.attachments) {
    if (known.has(a.uuid)) continue;
    const id = orm
      .insert(attachments)
      .values({
        uuid: a.uuid,
        caseId,
        requestId: a.requestUuid === null ? null : (requestIds.get(a.requestUuid) ?? null),
        sha256: a.sha256,
        size: a.size,
        originalName: a.originalName,
        mediaType: a.mediaType,
        description: a.description,
        kind: a.kind,
        supersedesId: a.supersedesUuid === null ? null : (known.get(a.supersedesUuid) ?? null),
        addedAt: a.addedAt,
        addedBy: a.addedBy,
        origin: a.origin ?? `bundle:${origin.bundleSha256}`,
      })
      .returning({ id: attachments.id })
      .get().id;
    known.set(a.uuid, id);
    result.attachments += 1;
  }
}
