/**
 * The database schema. drizzle-kit turns changes here into SQL migrations in migrations/
 * (`npm run db:generate -- --name <what-changed>`); a migration that has landed is never edited.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A stable identity that travels with a record in case bundles, so the receiver matches records by
 * UUID rather than by local id. Filled by drizzle on insert; migration 0005 backfilled old rows and
 * adds a trigger as a safety net for raw SQL inserts.
 */
const uuid = () => text('uuid').$defaultFn(() => globalThis.crypto.randomUUID());

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const office = sqliteTable('office', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  homeCountry: text('home_country').notNull(),
  hostCountry: text('host_country').notNull(),
  timeZone: text('time_zone').notNull(),
  referencePrefix: text('reference_prefix').notNull(),
  isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
  currentOfficerId: integer('current_officer_id'),
  ...timestamps,
});

export const officers = sqliteTable('officers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  title: text('title').notNull().default(''),
  email: text('email').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Interface language the officer chose (en, fr, es); null until they choose, then the computer's applies. */
  language: text('language'),
  ...timestamps,
});

/** Next sequence number of case references, per year. */
export const referenceCounters = sqliteTable('reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    offenceCategory: text('offence_category').notNull(),
    counterpartCountry: text('counterpart_country'),
    status: text('status').notNull(),
    priority: text('priority').notNull(),
    leadOfficerId: integer('lead_officer_id').references(() => officers.id),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on'),
    summary: text('summary').notNull().default(''),
    tags: text('tags', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    archivedAt: text('archived_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('cases_uuid_unique').on(t.uuid),
    uniqueIndex('cases_reference_unique').on(t.reference),
    index('cases_status_idx').on(t.status),
    index('cases_updated_idx').on(t.updatedAt),
    index('cases_archived_updated_idx').on(t.archivedAt, t.updatedAt),
    index('cases_archived_status_idx').on(t.archivedAt, t.status),
    // The case list's other sorts, within the archived filter, read in index order instead of sorting.
    index('cases_archived_reference_idx').on(t.archivedAt, t.reference),
    index('cases_archived_title_idx').on(t.archivedAt, sql`${t.title} COLLATE NOCASE`),
    index('cases_archived_opened_idx').on(t.archivedAt, t.openedOn),
    index('cases_archived_country_idx').on(t.archivedAt, t.counterpartCountry),
    // Whether a case is archived, by id, in a few pages: deadline counts join every match to its case
    // through this (INDEXED BY) rather than through the table, a page per case, decrypted on a cold start.
    index('cases_id_archived_idx').on(t.id, t.archivedAt),
  ],
);

export const subjects = sqliteTable(
  'subjects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull(),
    nationality: text('nationality'),
    dateOfBirth: text('date_of_birth'),
    notes: text('notes').notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('subjects_uuid_unique').on(t.uuid), index('subjects_case_idx').on(t.caseId)],
);

export const identifiers = sqliteTable(
  'identifiers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    subjectId: integer('subject_id').references(() => subjects.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    observedAt: text('observed_at'),
    timeZone: text('time_zone'),
    platform: text('platform'),
    asset: text('asset'),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('identifiers_uuid_unique').on(t.uuid),
    index('identifiers_case_idx').on(t.caseId),
    index('identifiers_value_idx').on(t.kind, t.value),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    title: text('title').notNull().default(''),
    country: text('country').notNull(),
    phones: text('phones', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    emails: text('emails', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    secureChannels: text('secure_channels', { mode: 'json' })
      .$type<{ kind: string; address: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    languages: text('languages', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    timeZone: text('time_zone'),
    lastVerifiedOn: text('last_verified_on'),
    notes: text('notes').notNull().default(''),
    archivedAt: text('archived_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('contacts_uuid_unique').on(t.uuid),
    index('contacts_name_idx').on(t.name),
    index('contacts_country_idx').on(t.country),
    index('contacts_archived_name_idx').on(t.archivedAt, sql`${t.name} COLLATE NOCASE`),
    index('contacts_archived_kind_idx').on(t.archivedAt, t.kind),
  ],
);

/**
 * The directory's organisations: central authorities, courts, NCBs, providers' law-enforcement teams…
 * People belong to them through `affiliations`, which keep the history when someone moves.
 */
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    address: text('address').notNull().default(''),
    phones: text('phones', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    emails: text('emails', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    notes: text('notes').notNull().default(''),
    archivedAt: text('archived_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_uuid_unique').on(t.uuid),
    index('organisations_archived_name_idx').on(t.archivedAt, sql`${t.name} COLLATE NOCASE`),
    index('organisations_country_idx').on(t.country),
    index('organisations_kind_idx').on(t.kind),
  ],
);

/**
 * A person's membership of an organisation over time. `toOn` null means current; at most one current
 * membership per person, so "the contact's organisation" is well defined. `contacts.organisation`
 * and `contacts.title` mirror the current one (kept in step by the directory code) so search, sort
 * and bundles keep working on the contact row alone.
 */
export const affiliations = sqliteTable(
  'affiliations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'restrict' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    title: text('title').notNull().default(''),
    /** Null when the start is unknown (memberships migrated from the old free-text organisation). */
    fromOn: text('from_on'),
    toOn: text('to_on'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('affiliations_uuid_unique').on(t.uuid),
    uniqueIndex('affiliations_one_current_idx')
      .on(t.contactId)
      .where(sql`${t.toOn} IS NULL`),
    index('affiliations_contact_idx').on(t.contactId, t.fromOn),
    index('affiliations_organisation_idx').on(t.organisationId, t.toOn),
  ],
);

export const requests = sqliteTable(
  'requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    channel: text('channel').notNull(),
    direction: text('direction').notNull(),
    kind: text('kind'),
    title: text('title').notNull(),
    counterpartCountry: text('counterpart_country').notNull(),
    counterpartAuthority: text('counterpart_authority').notNull().default(''),
    provider: text('provider').notNull().default(''),
    legalBasis: text('legal_basis').notNull().default(''),
    assistanceTypes: text('assistance_types', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    dataCategories: text('data_categories', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    urgency: text('urgency').notNull(),
    status: text('status').notNull(),
    finished: integer('finished', { mode: 'boolean' }).notNull().default(false),
    ourReference: text('our_reference').notNull().default(''),
    theirReference: text('their_reference').notNull().default(''),
    sentOn: text('sent_on'),
    dueOn: text('due_on'),
    preservationUntil: text('preservation_until'),
    respondedOn: text('responded_on'),
    closedOn: text('closed_on'),
    handlingCode: text('handling_code'),
    usableInCourt: integer('usable_in_court', { mode: 'boolean' }),
    /** Police requests: the information is directly accessible to the requested authority (Dir. 2023/977 art. 5). */
    directlyAccessible: integer('directly_accessible', { mode: 'boolean' }),
    /**
     * What the counterpart's answer came to (shared/domain/statistics/outcomes.ts), set by the workflow
     * step that records it and kept when the request is then closed: statistics read it instead of
     * replaying the step history.
     */
    outcome: text('outcome'),
    /** The refusal ground code of a refused, rejected or declined request (the official returns ask for it). */
    refusalGround: text('refusal_ground'),
    notes: text('notes').notNull().default(''),
    /**
     * Which of the case's identifiers the request's letters name: 'all' (requests made before the
     * choice existed), 'relevant' (those matching the addressee, worked out when read), 'chosen' (the
     * rows of request_identifiers).
     */
    identifierSelection: text('identifier_selection').notNull().default('all'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('requests_uuid_unique').on(t.uuid),
    // Statistics select by the date a request was sent (or opened, if never sent), and read a year from
    // the index alone: every column the views group, filter or time by follows the date.
    index('requests_stats_idx').on(
      sql`coalesce(${t.sentOn}, substr(${t.createdAt}, 1, 10))`,
      t.channel,
      t.direction,
      t.counterpartCountry,
      t.urgency,
      t.kind,
      t.outcome,
      t.provider,
      t.dataCategories,
      t.sentOn,
      t.respondedOn,
      t.caseId,
    ),
    index('requests_case_idx').on(t.caseId),
    index('requests_open_due_idx').on(t.finished, t.dueOn),
    index('requests_open_preservation_idx').on(t.finished, t.preservationUntil),
    index('requests_channel_status_idx').on(t.channel, t.status),
    index('requests_updated_idx').on(t.updatedAt),
    index('requests_finished_updated_idx').on(t.finished, t.updatedAt),
    index('requests_country_updated_idx').on(t.counterpartCountry, t.updatedAt),
    // case_id makes the open-request counts (joined to their case) covering.
    index('requests_finished_urgency_idx').on(t.finished, t.urgency, t.caseId),
    // The dashboard's open requests by channel and status, read from the index alone.
    index('requests_finished_channel_status_idx').on(t.finished, t.channel, t.status),
    // The dueOn sort puts requests without a due date last: it orders by this expression first.
    index('requests_due_sort_idx').on(sql`${t.dueOn} IS NULL`, t.dueOn),
  ],
);

/** The identifiers an officer chose for a request (used when its identifier_selection is 'chosen'). */
export const requestIdentifiers = sqliteTable(
  'request_identifiers',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    identifierId: integer('identifier_id')
      .notNull()
      .references(() => identifiers.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.identifierId] }),
    index('request_identifiers_identifier_idx').on(t.identifierId),
  ],
);

export const requestContacts = sqliteTable(
  'request_contacts',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.contactId] }), index('request_contacts_contact_idx').on(t.contactId)],
);

/** What happened on a case, in order: the case page's timeline. */
export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestId: integer('request_id').references(() => requests.id, { onDelete: 'set null' }),
    at: text('at').notNull(),
    kind: text('kind').notNull(),
    actor: text('actor'),
    params: text('params', { mode: 'json' }).$type<Record<string, string | number | null>>().notNull(),
  },
  (t) => [uniqueIndex('timeline_events_uuid_unique').on(t.uuid), index('timeline_case_at_idx').on(t.caseId, t.at)],
);

/** Every write a user makes, with who and when: written in the same transaction as the write. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The case the row concerns (the case itself or something on it), for the viewer's case filter. */
    caseId: integer('case_id'),
    /** The hash chain (electron/core/audit/CHAIN.md): the previous row's hash and this row's own. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_actor_idx').on(t.actor, t.id),
    index('audit_action_idx').on(t.action, t.id),
    index('audit_case_idx').on(t.caseId, t.id),
  ],
);

/**
 * The head of the audit chain: the id and hash of the last chained row, updated in the same
 * transaction as each audit row. Without it, deleting the newest rows would leave a shorter chain
 * that still verifies.
 */
export const auditChainHead = sqliteTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  lastHash: text('last_hash').notNull(),
});

/** Each workflow step of a request: what happened, when (UTC and the office zone), who, and what it changed. */
export const requestEvents = sqliteTable(
  'request_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** When the step happened (as the officer recorded it), UTC instant. */
    occurredAt: text('occurred_at').notNull(),
    occurredOn: text('occurred_on').notNull(),
    timeZone: text('time_zone').notNull(),
    recordedAt: text('recorded_at').notNull(),
    actor: text('actor'),
    note: text('note').notNull().default(''),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The request's values before the step, so an undo can restore them exactly. */
    before: text('before', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** Set on an undo step: the step it reverses. */
    undoesEventId: integer('undoes_event_id'),
    /** Set on a step that a later undo step reversed. */
    undoneByEventId: integer('undone_by_event_id'),
  },
  (t) => [
    uniqueIndex('request_events_uuid_unique').on(t.uuid),
    index('request_events_request_idx').on(t.requestId, t.id),
  ],
);

/** The office's edits to the shipped deadline rules, and its own per-country/per-provider overrides. */
export const deadlineRules = sqliteTable('deadline_rules', {
  id: text('id').primaryKey(),
  definition: text('definition', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Deadlines computed by the engine, kept current on every change so lists and reminders are plain SQL. */
export const requestDeadlines = sqliteTable(
  'request_deadlines',
  {
    key: text('key').primaryKey(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    caseId: integer('case_id').notNull(),
    ruleId: text('rule_id').notNull(),
    title: text('title').notNull(),
    deadlineKind: text('deadline_kind').notNull(),
    dueAt: text('due_at').notNull(),
    dueDate: text('due_date').notNull(),
    metAt: text('met_at'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    // Case and key beside the due time: the worklist's and the dashboard's counts of every overdue
    // deadline read this index alone, not each deadline's row (issue 17: the encrypted cold dashboard).
    index('request_deadlines_open_due_idx').on(t.metAt, t.dueAt, t.caseId, t.key),
    // Also the statistics' "answered within the deadline": a request's expected-answer deadline, earliest
    // first, read from the index alone.
    index('request_deadlines_request_kind_idx').on(t.requestId, t.deadlineKind, t.dueAt, t.metAt),
    // The dashboard's "today" and "this week" windows select by due date: found in the index, not by
    // reading every open deadline's row; case and key make their counts index-only too.
    index('request_deadlines_open_day_idx').on(t.metAt, t.dueDate, t.dueAt, t.caseId, t.key),
  ],
);

/** Deadlines the officer adds by hand: a court date, a promise made on the phone. */
export const manualDeadlines = sqliteTable(
  'manual_deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestId: integer('request_id').references(() => requests.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueAt: text('due_at').notNull(),
    dueDate: text('due_date').notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    actor: text('actor'),
  },
  (t) => [uniqueIndex('manual_deadlines_uuid_unique').on(t.uuid), index('manual_deadlines_due_idx').on(t.dueAt)],
);

/** Done and snoozed marks on deadlines (computed or manual), with who and why. */
export const deadlineMarks = sqliteTable('deadline_marks', {
  key: text('key').primaryKey(),
  state: text('state').notNull(),
  snoozedUntil: text('snoozed_until'),
  reason: text('reason').notNull().default(''),
  actor: text('actor'),
  at: text('at').notNull(),
});

/** One desktop notification per item per office day: what was raised, so nothing is raised twice. */
export const notificationLog = sqliteTable(
  'notification_log',
  {
    itemKey: text('item_key').notNull(),
    day: text('day').notNull(),
    notifiedAt: text('notified_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemKey, t.day] })],
);

/** Small office-wide settings (quiet hours, rules fingerprint), one JSON value per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
});

/** Files on a case or request, stored content-addressed by SHA-256 under the data directory. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid().notNull(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    requestId: integer('request_id').references(() => requests.id, { onDelete: 'restrict' }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull(),
    mediaType: text('media_type').notNull(),
    description: text('description').notNull().default(''),
    /** 'evidence' is received material whose hash was registered on arrival; 'document' is anything else. */
    kind: text('kind').notNull(),
    /** The earlier version this file supersedes: an attachment is never modified, only superseded. */
    supersedesId: integer('supersedes_id'),
    addedAt: text('added_at').notNull(),
    addedBy: text('added_by'),
    /** Where it came from when not added here: the bundle's SHA-256. */
    origin: text('origin'),
  },
  (t) => [
    uniqueIndex('attachments_uuid_unique').on(t.uuid),
    index('attachments_case_idx').on(t.caseId, t.addedAt),
    index('attachments_request_idx').on(t.requestId),
    index('attachments_supersedes_idx').on(t.supersedesId),
  ],
);

/** Other offices' bundle-signing keys this office has chosen to trust. */
export const trustedKeys = sqliteTable('trusted_keys', {
  fingerprint: text('fingerprint').primaryKey(),
  /** Raw Ed25519 public key, base64. */
  publicKey: text('public_key').notNull(),
  officeName: text('office_name').notNull(),
  label: text('label').notNull().default(''),
  trustedAt: text('trusted_at').notNull(),
  trustedBy: text('trusted_by'),
});

/**
 * For each record that has travelled in a bundle, its content hash at that exchange: the common
 * base from which a later import tells "changed here", "changed there" and "changed on both sides".
 */
export const syncBases = sqliteTable('sync_bases', {
  uuid: text('uuid').primaryKey(),
  entity: text('entity').notNull(),
  hash: text('hash').notNull(),
  at: text('at').notNull(),
});

/**
 * The office's own edits to knowledge facts, keyed by (kind, key, field): they win over any pack and a
 * pack import never replaces one unless the officer chooses the pack's value for that fact.
 */
export const knowledgeOverlays = sqliteTable(
  'knowledge_overlays',
  {
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    field: text('field').notNull(),
    /** JSON of the value; JSON null when the office marks the pack's value as not known. */
    value: text('value', { mode: 'json' }).$type<unknown>(),
    note: text('note').notNull().default(''),
    editedAt: text('edited_at').notNull(),
    editedBy: text('edited_by'),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key, t.field] })],
);

/** The knowledge pack imported from removable media, in force when newer than the one shipped with the app. */
export const knowledgePacks = sqliteTable('knowledge_packs', {
  id: integer('id').primaryKey(),
  packId: text('pack_id').notNull(),
  version: integer('version').notNull(),
  /** The pack file exactly as signed. */
  body: text('body').notNull(),
  sha256: text('sha256').notNull(),
  signedBy: text('signed_by').notNull(),
  importedAt: text('imported_at').notNull(),
  importedBy: text('imported_by'),
});

/** Publishers whose knowledge packs this office accepts (Ed25519 public keys). */
export const knowledgePublisherKeys = sqliteTable('knowledge_publisher_keys', {
  fingerprint: text('fingerprint').primaryKey(),
  publicKey: text('public_key').notNull(),
  name: text('name').notNull(),
  addedAt: text('added_at').notNull(),
  addedBy: text('added_by'),
});

/** Requests that belong together, e.g. the preservation request made so that an MLA request can follow. */
export const requestLinks = sqliteTable(
  'request_links',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    linkedRequestId: integer('linked_request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    relation: text('relation').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.linkedRequestId] }),
    index('request_links_linked_idx').on(t.linkedRequestId),
  ],
);

/**
 * One draft per request and document type: the free-text parts the officer writes (facts, legal
 * basis, assistance sought...) that have no column on the request, and the document's language.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: uuid(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    docType: text('doc_type').notNull(),
    language: text('language').notNull(),
    fields: text('fields', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [
    uniqueIndex('drafts_uuid_unique').on(t.uuid),
    uniqueIndex('drafts_request_doc_unique').on(t.requestId, t.docType),
  ],
);

/** A completeness finding the officer chose to send past, with why, who and when. */
export const draftOverrides = sqliteTable(
  'draft_overrides',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    draftId: integer('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    findingKey: text('finding_key').notNull(),
    reason: text('reason').notNull(),
    actor: text('actor'),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('draft_overrides_unique').on(t.draftId, t.findingKey)],
);

/** Each generated file of a draft: the attachment that holds it (hash and versions live there). */
export const draftOutputs = sqliteTable(
  'draft_outputs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    draftId: integer('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    attachmentId: integer('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'restrict' }),
    format: text('format').notNull(),
    language: text('language').notNull(),
    generatedAt: text('generated_at').notNull(),
    generatedBy: text('generated_by'),
    /** Keys of the blocking findings that were overridden when this file was made. */
    overridden: text('overridden', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
  },
  (t) => [index('draft_outputs_draft_idx').on(t.draftId, t.format, t.id)],
);

/**
 * The office's own wording of a template section, per document type and language. Kept apart from
 * the shipped templates so an upgrade that rewords them leaves the office's edits in place.
 */
export const templateOverrides = sqliteTable(
  'template_overrides',
  {
    docType: text('doc_type').notNull(),
    sectionId: text('section_id').notNull(),
    language: text('language').notNull(),
    heading: text('heading').notNull(),
    body: text('body').notNull(),
    /** The shipped wording the office edited from, so a later upgrade's change can be pointed out. */
    shippedBody: text('shipped_body').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.docType, t.sectionId, t.language] })],
);

/**
 * What a sheet import created, by the row's key in the office's old register (a row key column, else
 * its own reference): importing the same sheet again finds the record, and the row's content hash
 * tells whether anything changed since. Cases are keyed by the sheet's case reference or title.
 */
export const importRecords = sqliteTable(
  'import_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    sourceKey: text('source_key').notNull(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestId: integer('request_id').references(() => requests.id, { onDelete: 'cascade' }),
    contentHash: text('content_hash').notNull(),
    fileSha256: text('file_sha256').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [uniqueIndex('import_records_key_idx').on(t.kind, t.sourceKey)],
);

/** The officer's answer, once, to "what does this sheet's word mean in Legat" ("en attente" → acknowledged). */
export const importValueMaps = sqliteTable(
  'import_value_maps',
  {
    field: text('field').notNull(),
    source: text('source').notNull(),
    target: text('target').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.field, t.source] })],
);
