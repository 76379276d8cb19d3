/**
 * What a write can change and what a read shows. The page refetches a cached read only when a write
 * changed something that read shows, so these stay coarse: one name per thing an officer edits on its
 * own screen, never per table.
 */
export const ENTITIES = [
  /** The office profile, its officers, who is at the desk and in which language. */
  'office',
  /** Cases with their subjects, identifiers and tags. */
  'case',
  /** Requests, their workflow steps, links between requests and the contacts and identifiers they name. */
  'request',
  /** The directory: people, organisations and affiliations. */
  'contact',
  /** Deadlines, reminders and the rules that compute them. */
  'deadline',
  /** Office settings: attachment limit, quiet hours, verification interval, idle lock. */
  'settings',
  'attachment',
  /** This office's signing key and the keys it trusts. */
  'key',
  /** Knowledge packs, their local edits and the publisher keys they are checked with. */
  'knowledge',
  'template',
  'draft',
  'backup',
  /** The audit log alone: a write that changes nothing else but is on the record (an export, a view). */
  'audit',
] as const;
export type Entity = (typeof ENTITIES)[number];

/** The audit log records every write, so its views show every entity. */
export const EVERY_ENTITY: readonly Entity[] = ENTITIES;

/** Declared by a write whose effect no screen shows (a staged file, a cancelled job). */
export const NOTHING: readonly Entity[] = [];
