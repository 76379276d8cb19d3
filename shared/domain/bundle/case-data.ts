/**
 * The case data carried in a bundle (`case-data.json`): a documented, versioned schema that does
 * not depend on either office's local ids. Records refer to each other by UUID; officers by name.
 * Version 1 is described in electron/core/bundles/FORMAT.md. A change that an older Legat could
 * not read bumps CASE_DATA_VERSION.
 */
import { z } from 'zod';
import { CASE_STATUSES, PRIORITIES, SUBJECT_ROLES } from '../cases';
import { CONTACT_KINDS, CONTACT_ROLES } from '../contacts';
import { IDENTIFIER_KINDS } from '../identifiers';
import { ALL_STATUSES, CHANNELS, DIRECTIONS, URGENCIES } from '../requests';

export const CASE_DATA_SCHEMA = 'legat.case-data';
export const CASE_DATA_VERSION = 1;

const uuid = z.uuid();
const text = (max: number) => z.string().max(max);
const nullableText = (max: number) => z.string().max(max).nullable();
const stamp = z.string().min(1).max(40);
const json = z.record(z.string(), z.unknown());

export const bundledSubject = z.object({
  uuid,
  name: text(300),
  role: z.enum(SUBJECT_ROLES),
  nationality: nullableText(2),
  dateOfBirth: nullableText(10),
  notes: text(20_000),
  createdAt: stamp,
  updatedAt: stamp,
});

export const bundledIdentifier = z.object({
  uuid,
  subjectUuid: uuid.nullable(),
  kind: z.enum(IDENTIFIER_KINDS),
  value: text(2_000),
  observedAt: nullableText(40),
  timeZone: nullableText(64),
  platform: nullableText(300),
  asset: nullableText(20),
  note: text(20_000),
  createdAt: stamp,
  updatedAt: stamp,
});

export const bundledEvent = z.object({
  uuid,
  action: text(60),
  fromStatus: nullableText(60),
  toStatus: text(60),
  occurredAt: stamp,
  occurredOn: text(10),
  timeZone: text(64),
  recordedAt: stamp,
  actor: nullableText(300),
  note: text(20_000),
  payload: json,
  before: json,
  undoesEventUuid: uuid.nullable(),
  undoneByEventUuid: uuid.nullable(),
});

export const bundledRequest = z.object({
  uuid,
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  kind: nullableText(60),
  title: text(500),
  counterpartCountry: text(2),
  counterpartAuthority: text(500),
  provider: text(300),
  legalBasis: text(2_000),
  assistanceTypes: z.array(text(60)).max(50),
  dataCategories: z.array(text(60)).max(50),
  urgency: z.enum(URGENCIES),
  status: z.enum(ALL_STATUSES as [string, ...string[]]),
  finished: z.boolean(),
  ourReference: text(300),
  theirReference: text(300),
  sentOn: nullableText(10),
  dueOn: nullableText(10),
  preservationUntil: nullableText(10),
  respondedOn: nullableText(10),
  closedOn: nullableText(10),
  handlingCode: nullableText(10),
  usableInCourt: z.boolean().nullable(),
  notes: text(50_000),
  createdAt: stamp,
  updatedAt: stamp,
  events: z.array(bundledEvent).max(100_000),
  contacts: z.array(z.object({ contactUuid: uuid, role: z.enum(CONTACT_ROLES), createdAt: stamp })).max(1_000),
});

export const bundledManualDeadline = z.object({
  uuid,
  requestUuid: uuid.nullable(),
  title: text(500),
  dueAt: stamp,
  dueDate: text(10),
  note: text(20_000),
  createdAt: stamp,
  actor: nullableText(300),
});

export const bundledTimelineEvent = z.object({
  uuid,
  requestUuid: uuid.nullable(),
  at: stamp,
  kind: text(60),
  actor: nullableText(300),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

export const bundledAttachment = z.object({
  uuid,
  requestUuid: uuid.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  originalName: text(1_000),
  mediaType: text(200),
  description: text(5_000),
  kind: z.enum(['evidence', 'document']),
  supersedesUuid: uuid.nullable(),
  addedAt: stamp,
  addedBy: nullableText(300),
  origin: nullableText(200),
});

export const bundledCase = z.object({
  uuid,
  reference: text(40),
  title: text(500),
  offenceCategory: text(60),
  counterpartCountry: nullableText(2),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  leadOfficer: nullableText(300),
  openedOn: text(10),
  closedOn: nullableText(10),
  summary: text(50_000),
  tags: z.array(text(60)).max(100),
  archivedAt: nullableText(40),
  createdAt: stamp,
  updatedAt: stamp,
  subjects: z.array(bundledSubject).max(10_000),
  identifiers: z.array(bundledIdentifier).max(100_000),
  requests: z.array(bundledRequest).max(100_000),
  manualDeadlines: z.array(bundledManualDeadline).max(100_000),
  timeline: z.array(bundledTimelineEvent).max(1_000_000),
  attachments: z.array(bundledAttachment).max(100_000),
});

export const bundledContact = z.object({
  uuid,
  kind: z.enum(CONTACT_KINDS),
  name: text(300),
  organisation: text(300),
  title: text(300),
  country: text(2),
  phones: z.array(text(60)).max(50),
  emails: z.array(text(320)).max(50),
  secureChannels: z.array(z.object({ kind: text(60), address: text(500) })).max(50),
  languages: z.array(text(20)).max(50),
  timeZone: nullableText(64),
  lastVerifiedOn: nullableText(10),
  notes: text(50_000),
  archivedAt: nullableText(40),
  createdAt: stamp,
  updatedAt: stamp,
});

export const caseData = z.object({
  schema: z.literal(CASE_DATA_SCHEMA),
  version: z.literal(CASE_DATA_VERSION),
  cases: z.array(bundledCase).min(1).max(1_000),
  contacts: z.array(bundledContact).max(100_000),
  /**
   * The exporter's common base per record: the content hash each record had when it last travelled
   * between offices. Lets the receiver tell "changed there only" from "changed on both sides".
   */
  bases: z.record(z.string(), z.string()),
});

export type CaseData = z.infer<typeof caseData>;
export type BundledCase = z.infer<typeof bundledCase>;
export type BundledRequest = z.infer<typeof bundledRequest>;
export type BundledContact = z.infer<typeof bundledContact>;
export type BundledSubject = z.infer<typeof bundledSubject>;
export type BundledIdentifier = z.infer<typeof bundledIdentifier>;
export type BundledAttachment = z.infer<typeof bundledAttachment>;
