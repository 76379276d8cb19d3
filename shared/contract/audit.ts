import { z } from 'zod';
import { id, isoDate } from './common';
import { keysetPageOf, keysetPaging } from './keyset';

/** The viewer's filters; dates are whole days in the office's time zone, both ends included. */
export const auditFilters = {
  actor: z.string().trim().min(1).max(200).nullable().default(null),
  action: z.string().trim().min(1).max(100).nullable().default(null),
  caseId: id.nullable().default(null),
  /** A case reference, or its start ("LGT-2026-00"): rows about the cases it matches. */
  caseReference: z.string().trim().max(100).default(''),
  fromDate: isoDate.nullable().default(null),
  toDate: isoDate.nullable().default(null),
  /** Start the list at this entry (and go back in time from it): how the viewer shows a broken entry. */
  atOrBeforeId: id.nullable().default(null),
};

export const auditFilterInput = z.object(auditFilters);

/** Always newest first: the cursor carries the last id shown. */
export const auditListInput = z.object({
  cursor: keysetPaging.cursor,
  limit: keysetPaging.limit,
  ...auditFilters,
});

export const auditRow = z.object({
  id,
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  caseId: z.number().int().nullable(),
  caseReference: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string().nullable(),
});

export const auditPage = keysetPageOf(auditRow);

export const AUDIT_CHAIN_BREAKS = [
  'unchained',
  'content_changed',
  'previous_missing',
  'last_rows_missing',
  'head_mismatch',
] as const;

export const auditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int().min(0),
  brokenAt: z.object({ id, reason: z.enum(AUDIT_CHAIN_BREAKS) }).nullable(),
});

/** What the filter menus offer: the officers and actions that occur in the log. */
export const auditFacets = z.object({ actors: z.array(z.string()), actions: z.array(z.string()) });

export const auditExportResult = z.object({
  fileName: z.string(),
  path: z.string(),
  rows: z.number().int().min(0),
  /** In browser mode, where the page can download the file from the local host. */
  downloadPath: z.string().nullable(),
});

export type AuditRow = z.infer<typeof auditRow>;
export type AuditVerification = z.infer<typeof auditVerification>;
export type AuditChainBreak = (typeof AUDIT_CHAIN_BREAKS)[number];
export type AuditFilters = z.output<typeof auditFilterInput>;
