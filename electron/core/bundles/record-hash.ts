import { createHash } from 'node:crypto';

/** The kinds of record whose fields are compared and merged one by one on import. */
export type MergeEntity = 'case' | 'subject' | 'identifier' | 'request' | 'contact' | 'deadline';

/**
 * Bookkeeping and nested collections are not the record's content: the collections merge as unions
 * of their own records, and timestamps differ between two offices that hold the same facts.
 */
const NOT_CONTENT = new Set([
  'uuid',
  'createdAt',
  'updatedAt',
  'subjects',
  'identifiers',
  'requests',
  'manualDeadlines',
  'timeline',
  'attachments',
  'events',
]);

export function contentFields(entity: MergeEntity, record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (NOT_CONTENT.has(key)) continue;
    // A request's linked contacts merge as a union; a contact record's own fields are content.
    if (entity === 'request' && key === 'contacts') continue;
    // Each office numbers cases itself; an imported case may carry a local reference of its own.
    if (entity === 'case' && key === 'reference') continue;
    out[key] = value;
  }
  return out;
}

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function recordHash(entity: MergeEntity, record: object): string {
  return createHash('sha256')
    .update(canonicalJson(contentFields(entity, record)))
    .digest('hex');
}

/** The fields whose values differ between two versions of one record. */
export function differingFields(entity: MergeEntity, mine: object, theirs: object): string[] {
  const a = contentFields(entity, mine);
  const b = contentFields(entity, theirs);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => canonicalJson(a[key]) !== canonicalJson(b[key]),
  );
}
