import { asc, eq, inArray } from 'drizzle-orm';
import {
  CASE_DATA_SCHEMA,
  CASE_DATA_VERSION,
  type BundledCase,
  type BundledContact,
  type CaseData,
} from '../../../shared/domain/bundle/case-data';
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
import { notFound } from '../errors';

/** Every row is written with a UUID (migration 0005); a missing one is a bug, not user data. */
function uuidOf(row: { uuid: string | null }, what: string): string {
  if (!row.uuid) throw new Error(`${what} has no UUID`);
  return row.uuid;
}

function caseSnapshot(orm: Orm, caseId: number): { data: BundledCase; contactIds: Set<number> } {
  const row = orm.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!row) throw notFound('Case', caseId);
  const lead =
    row.leadOfficerId === null
      ? null
      : (orm.select({ name: officers.name }).from(officers).where(eq(officers.id, row.leadOfficerId)).get()?.name ??
        null);

  const subjectRows = orm.select().from(subjects).where(eq(subjects.caseId, caseId)).orderBy(asc(subjects.id)).all();
  const subjectUuid = new Map(subjectRows.map((s) => [s.id, uuidOf(s, 'Subject')]));
  const requestRows = orm.select().from(requests).where(eq(requests.caseId, caseId)).orderBy(asc(requests.id)).all();
  const requestUuid = new Map(requestRows.map((r) => [r.id, uuidOf(r, 'Request')]));
  const requestIds = requestRows.map((r) => r.id);
  const eventRows = requestIds.length
    ? orm
        .select()
        .from(requestEvents)
        .where(inArray(requestEvents.requestId, requestIds))
        .orderBy(asc(requestEvents.id))
        .all()
    : [];
  const eventUuid = new Map(eventRows.map((e) => [e.id, uuidOf(e, 'Workflow step')]));
  const linkRows = requestIds.length
    ? orm.select().from(requestContacts).where(inArray(requestContacts.requestId, requestIds)).all()
    : [];
  const contactIds = new Set(linkRows.map((l) => l.contactId));
  const contactUuid = new Map(
    contactIds.size
      ? orm
          .select({ id: contacts.id, uuid: contacts.uuid })
          .from(contacts)
          .where(inArray(contacts.id, [...contactIds]))
          .all()
          .map((c) => [c.id, uuidOf(c, 'Contact')])
      : [],
  );
  const attachmentRows = orm
    .select()
    .from(attachments)
    .where(eq(attachments.caseId, caseId))
    .orderBy(asc(attachments.id))
    .all();
  const attachmentUuid = new Map(attachmentRows.map((a) => [a.id, a.uuid]));
  const ref = (map: Map<number, string>, id: number | null) => (id === null ? null : (map.get(id) ?? null));

  const data: BundledCase = {
    uuid: uuidOf(row, 'Case'),
    reference: row.reference,
    title: row.title,
    offenceCategory: row.offenceCategory,
    counterpartCountry: row.counterpartCountry,
    status: row.status as BundledCase['status'],
    priority: row.priority as BundledCase['priority'],
    leadOfficer: lead,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    summary: row.summary,
    tags: row.tags,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    subjects: subjectRows.map((s) => ({
      uuid: uuidOf(s, 'Subject'),
      name: s.name,
      role: s.role as BundledCase['subjects'][number]['role'],
      nationality: s.nationality,
      dateOfBirth: s.dateOfBirth,
      notes: s.notes,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    })),
    identifiers: orm
      .select()
      .from(identifiers)
      .where(eq(identifiers.caseId, caseId))
      .orderBy(asc(identifiers.id))
      .all()
      .map((i) => ({
        uuid: uuidOf(i, 'Identifier'),
        subjectUuid: ref(subjectUuid, i.subjectId),
        kind: i.kind as BundledCase['identifiers'][number]['kind'],
        value: i.value,
        observedAt: i.observedAt,
        timeZone: i.timeZone,
        platform: i.platform,
        asset: i.asset,
        note: i.note,
        createdAt: i.createdAt,
        updatedAt: i.updatedAt,
      })),
    requests: requestRows.map((r) => ({
      uuid: uuidOf(r, 'Request'),
      channel: r.channel as BundledCase['requests'][number]['channel'],
      direction: r.direction as BundledCase['requests'][number]['direction'],
      kind: r.kind,
      title: r.title,
      counterpartCountry: r.counterpartCountry,
      counterpartAuthority: r.counterpartAuthority,
      provider: r.provider,
      legalBasis: r.legalBasis,
      assistanceTypes: r.assistanceTypes,
      dataCategories: r.dataCategories,
      urgency: r.urgency as BundledCase['requests'][number]['urgency'],
      status: r.status,
      finished: r.finished,
      ourReference: r.ourReference,
      theirReference: r.theirReference,
      sentOn: r.sentOn,
      dueOn: r.dueOn,
      preservationUntil: r.preservationUntil,
      respondedOn: r.respondedOn,
      closedOn: r.closedOn,
      handlingCode: r.handlingCode,
      usableInCourt: r.usableInCourt,
      notes: r.notes,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      events: eventRows
        .filter((e) => e.requestId === r.id)
        .map((e) => ({
          uuid: uuidOf(e, 'Workflow step'),
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
          undoesEventUuid: ref(eventUuid, e.undoesEventId),
          undoneByEventUuid: ref(eventUuid, e.undoneByEventId),
        })),
      contacts: linkRows
        .filter((l) => l.requestId === r.id)
        .sort((a, b) => a.contactId - b.contactId)
        .map((l) => ({
          contactUuid: contactUuid.get(l.contactId) as string,
          role: l.role as BundledCase['requests'][number]['contacts'][number]['role'],
          createdAt: l.createdAt,
        })),
    })),
    manualDeadlines: orm
      .select()
      .from(manualDeadlines)
      .where(eq(manualDeadlines.caseId, caseId))
      .orderBy(asc(manualDeadlines.id))
      .all()
      .map((d) => ({
        uuid: uuidOf(d, 'Deadline'),
        requestUuid: ref(requestUuid, d.requestId),
        title: d.title,
        dueAt: d.dueAt,
        dueDate: d.dueDate,
        note: d.note,
        createdAt: d.createdAt,
        actor: d.actor,
      })),
    timeline: orm
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.caseId, caseId))
      .orderBy(asc(timelineEvents.id))
      .all()
      .map((t) => ({
        uuid: uuidOf(t, 'Timeline entry'),
        requestUuid: ref(requestUuid, t.requestId),
        at: t.at,
        kind: t.kind,
        actor: t.actor,
        params: t.params,
      })),
    attachments: attachmentRows.map((a) => ({
      uuid: a.uuid,
      requestUuid: ref(requestUuid, a.requestId),
      sha256: a.sha256,
      size: a.size,
      originalName: a.originalName,
      mediaType: a.mediaType,
      description: a.description,
      kind: a.kind as 'evidence' | 'document',
      supersedesUuid: ref(attachmentUuid, a.supersedesId),
      addedAt: a.addedAt,
      addedBy: a.addedBy,
      origin: a.origin,
    })),
  };
  return { data, contactIds };
}

export function contactSnapshot(orm: Orm, ids: number[]): BundledContact[] {
  if (ids.length === 0) return [];
  return orm
    .select()
    .from(contacts)
    .where(inArray(contacts.id, ids))
    .orderBy(asc(contacts.id))
    .all()
    .map((c) => ({
      uuid: uuidOf(c, 'Contact'),
      kind: c.kind as BundledContact['kind'],
      name: c.name,
      organisation: c.organisation,
      title: c.title,
      country: c.country,
      phones: c.phones,
      emails: c.emails,
      secureChannels: c.secureChannels,
      languages: c.languages,
      timeZone: c.timeZone,
      lastVerifiedOn: c.lastVerifiedOn,
      notes: c.notes,
      archivedAt: c.archivedAt,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    }));
}

/** The cases as they travel: everything on them, and the contacts their requests involve. */
export function snapshotCases(orm: Orm, caseIds: number[], bases: Record<string, string>): CaseData {
  const contactIds = new Set<number>();
  const snapshots = caseIds.map((id) => {
    const snap = caseSnapshot(orm, id);
    snap.contactIds.forEach((c) => contactIds.add(c));
    return snap.data;
  });
  return {
    schema: CASE_DATA_SCHEMA,
    version: CASE_DATA_VERSION,
    cases: snapshots,
    contacts: contactSnapshot(
      orm,
      [...contactIds].sort((a, b) => a - b),
    ),
    bases,
  };
}
