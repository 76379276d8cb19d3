import { inArray } from 'drizzle-orm';
import { classifyRecord, type RecordAction } from '../../../shared/domain/bundle/classify';
import type { BundledCase, CaseData } from '../../../shared/domain/bundle/case-data';
import type { Orm } from '../db/open';
import {
  attachments,
  cases,
  contacts,
  identifiers,
  manualDeadlines,
  officers,
  requestEvents,
  requests,
  subjects,
  timelineEvents,
} from '../db/schema';
import { contactSnapshot, snapshotCases } from './case-snapshot';
import { basesFor } from './sync-bases';
import { idsByUuid } from './uuid-lookup';
import { differingFields, recordHash, type MergeEntity } from './record-hash';

export interface FieldConflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

export interface PlannedRecord {
  entity: MergeEntity;
  uuid: string;
  caseUuid: string | null;
  label: string;
  action: RecordAction;
  conflicts: FieldConflict[];
  theirHash: string;
}

export interface PlannedCase {
  uuid: string;
  reference: string;
  title: string;
  action: RecordAction;
  /** The bundle's reference belongs to another case here, so a new one will be given. */
  referenceTaken: boolean;
}

export interface ImportPlan {
  data: CaseData;
  cases: PlannedCase[];
  records: PlannedRecord[];
  additions: { steps: number; timeline: number; attachments: number; attachmentBytes: number; links: number };
  /** Attachment files the store does not hold yet: copied in before the import transaction. */
  missingBlobs: { sha256: string; size: number }[];
}

/**
 * Compares the bundle with this office's data, record by record, without writing anything: the
 * preview the officer confirms, and the script the import then follows.
 */
export function planImport(orm: Orm, bundled: CaseData, hasBlob: (sha256: string) => boolean): ImportPlan {
  const data = withKnownOfficers(orm, bundled);
  const records: PlannedRecord[] = [];
  const caseIds = idsByUuid(
    orm,
    cases,
    data.cases.map((c) => c.uuid),
  );
  const allUuids = [
    ...data.contacts.map((c) => c.uuid),
    ...data.cases.flatMap((c) => [
      c.uuid,
      ...c.subjects.map((s) => s.uuid),
      ...c.identifiers.map((i) => i.uuid),
      ...c.requests.map((r) => r.uuid),
      ...c.manualDeadlines.map((d) => d.uuid),
    ]),
  ];
  const localBases = basesFor(orm, allUuids);
  const localSnapshot = caseIds.size > 0 ? snapshotCases(orm, [...caseIds.values()], {}) : { cases: [], contacts: [] };
  const localContacts = idsByUuid(
    orm,
    contacts,
    data.contacts.map((c) => c.uuid),
  );
  const localContactRecords = new Map(
    localContacts.size ? contactSnapshot(orm, [...localContacts.values()]).map((c) => [c.uuid, c] as const) : [],
  );

  const plan = (
    entity: MergeEntity,
    caseUuid: string | null,
    label: string,
    theirs: { uuid: string } & object,
    mine: object | null,
    elsewhere = false,
  ) => {
    const theirHash = recordHash(entity, theirs);
    const action = elsewhere
      ? 'keep'
      : classifyRecord({
          local: mine ? recordHash(entity, mine) : null,
          theirs: theirHash,
          localBase: localBases.get(theirs.uuid) ?? null,
          theirBase: data.bases[theirs.uuid] ?? null,
        });
    const conflicts =
      action === 'conflict' && mine
        ? differingFields(entity, mine, theirs).map((field) => ({
            field,
            mine: (mine as Record<string, unknown>)[field] ?? null,
            theirs: (theirs as Record<string, unknown>)[field] ?? null,
          }))
        : [];
    records.push({ entity, uuid: theirs.uuid, caseUuid, label, action, conflicts, theirHash });
    return action;
  };

  for (const contact of data.contacts) {
    plan('contact', null, contact.name, contact, localContactRecords.get(contact.uuid) ?? null);
  }

  const plannedCases: PlannedCase[] = [];
  const additions = { steps: 0, timeline: 0, attachments: 0, attachmentBytes: 0, links: 0 };
  const missingBlobs = new Map<string, number>();
  for (const theirs of data.cases) {
    const mine = localSnapshot.cases.find((c) => c.uuid === theirs.uuid) ?? null;
    const action = plan('case', theirs.uuid, `${theirs.reference} ${theirs.title}`, theirs, mine);
    const referenceTaken =
      mine === null &&
      orm
        .select({ id: cases.id })
        .from(cases)
        .where(inArray(cases.reference, [theirs.reference]))
        .get() !== undefined;
    plannedCases.push({ uuid: theirs.uuid, reference: theirs.reference, title: theirs.title, action, referenceTaken });
    planChildren(orm, theirs, mine, plan, additions, missingBlobs, hasBlob);
  }
  return {
    data,
    cases: plannedCases,
    records,
    additions,
    missingBlobs: [...missingBlobs].map(([sha256, size]) => ({ sha256, size })),
  };
}

/**
 * Lead officers travel by name. A name with no officer here cannot be stored, so it is compared as
 * "none": otherwise every later bundle would show it as a change on both sides.
 */
function withKnownOfficers(orm: Orm, data: CaseData): CaseData {
  const names = new Set(
    orm
      .select({ name: officers.name })
      .from(officers)
      .all()
      .map((o) => o.name),
  );
  return {
    ...data,
    cases: data.cases.map((c) => (c.leadOfficer && !names.has(c.leadOfficer) ? { ...c, leadOfficer: null } : c)),
  };
}

function planChildren(
  orm: Orm,
  theirs: BundledCase,
  mine: BundledCase | null,
  plan: (
    entity: MergeEntity,
    caseUuid: string,
    label: string,
    theirs: { uuid: string } & object,
    mine: object | null,
    elsewhere?: boolean,
  ) => RecordAction,
  additions: ImportPlan['additions'],
  missingBlobs: Map<string, number>,
  hasBlob: (sha256: string) => boolean,
): void {
  const byUuid = <T extends { uuid: string }>(list: T[] | undefined) => new Map((list ?? []).map((x) => [x.uuid, x]));
  const mySubjects = byUuid(mine?.subjects);
  const myIdentifiers = byUuid(mine?.identifiers);
  const myRequests = byUuid(mine?.requests);
  const myDeadlines = byUuid(mine?.manualDeadlines);
  // A record this case does not hold may still exist on another case here: it is then left alone.
  const subjectsElsewhere = idsByUuid(
    orm,
    subjects,
    theirs.subjects.filter((s) => !mySubjects.has(s.uuid)).map((s) => s.uuid),
  );
  const identifiersElsewhere = idsByUuid(
    orm,
    identifiers,
    theirs.identifiers.filter((i) => !myIdentifiers.has(i.uuid)).map((i) => i.uuid),
  );
  const requestsElsewhere = idsByUuid(
    orm,
    requests,
    theirs.requests.filter((r) => !myRequests.has(r.uuid)).map((r) => r.uuid),
  );
  const deadlinesElsewhere = idsByUuid(
    orm,
    manualDeadlines,
    theirs.manualDeadlines.filter((d) => !myDeadlines.has(d.uuid)).map((d) => d.uuid),
  );
  const c = theirs.uuid;
  for (const s of theirs.subjects)
    plan('subject', c, s.name, s, mySubjects.get(s.uuid) ?? null, subjectsElsewhere.has(s.uuid));
  for (const i of theirs.identifiers)
    plan('identifier', c, i.value, i, myIdentifiers.get(i.uuid) ?? null, identifiersElsewhere.has(i.uuid));
  for (const r of theirs.requests)
    plan('request', c, r.title, r, myRequests.get(r.uuid) ?? null, requestsElsewhere.has(r.uuid));
  for (const d of theirs.manualDeadlines)
    plan('deadline', c, d.title, d, myDeadlines.get(d.uuid) ?? null, deadlinesElsewhere.has(d.uuid));

  const steps = theirs.requests.flatMap((r) => r.events.map((e) => e.uuid));
  additions.steps += steps.length - idsByUuid(orm, requestEvents, steps).size;
  const timeline = theirs.timeline.map((t) => t.uuid);
  additions.timeline += timeline.length - idsByUuid(orm, timelineEvents, timeline).size;
  const known = idsByUuid(
    orm,
    attachments,
    theirs.attachments.map((a) => a.uuid),
  );
  for (const a of theirs.attachments) {
    if (known.has(a.uuid)) continue;
    additions.attachments += 1;
    additions.attachmentBytes += a.size;
    if (!hasBlob(a.sha256)) missingBlobs.set(a.sha256, a.size);
  }
  const myLinks = new Set((mine?.requests ?? []).flatMap((r) => r.contacts.map((l) => `${r.uuid}/${l.contactUuid}`)));
  additions.links += theirs.requests
    .flatMap((r) => r.contacts.map((l) => `${r.uuid}/${l.contactUuid}`))
    .filter((k) => !myLinks.has(k)).length;
}
