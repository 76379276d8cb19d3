import { z } from 'zod';
import { GIB, MIB } from '../domain/file-size';
import { id, instant, optionalText, pageOf, paging } from './common';

export const ATTACHMENT_KINDS = ['evidence', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The size limit the office may set: below 1 MiB nothing useful fits, above 1 TiB is no limit at all. */
export const ATTACHMENT_LIMIT_MIN = MIB;
export const ATTACHMENT_LIMIT_MAX = 1024 * GIB;
export const ATTACHMENT_LIMIT_DEFAULT = 8 * GIB;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const attachment = z.object({
  id,
  uuid: z.string(),
  caseId: id,
  requestId: id.nullable(),
  /** Title of the request it belongs to, so the case's list can say where each file sits. */
  requestTitle: z.string().nullable(),
  sha256,
  size: z.number().int().nonnegative(),
  originalName: z.string(),
  mediaType: z.string(),
  description: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  supersedesId: id.nullable(),
  /** The newer version that replaced this one; null while it is the current version. */
  supersededById: id.nullable(),
  /** 1 for a first file, 2 for the version that superseded it, and so on. */
  version: z.number().int().positive(),
  addedAt: instant,
  addedBy: z.string().nullable(),
  origin: z.string().nullable(),
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentListInput = z.object({
  caseId: id,
  /** Only the files of this request; null lists every file of the case. */
  requestId: id.nullable().default(null),
  page: paging.page,
  pageSize: paging.pageSize,
});
export const attachmentPage = pageOf(attachment);

/** A file that has arrived (or been chosen) but is not on a case yet; the token registers it once. */
export const stagedFile = z.object({
  token: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** Known once the bytes have been streamed into the store (uploads); a picked path is hashed on registering. */
  sha256: sha256.nullable(),
});
export type StagedFile = z.infer<typeof stagedFile>;
export const stagedFiles = z.object({ files: z.array(stagedFile) });

const token = z.string().min(16, { error: 'validation.attachment.token' }).max(100);
const description = optionalText(500);

export const attachmentAddInput = z.object({
  caseId: id,
  requestId: id.nullable().default(null),
  token,
  kind: z.enum(ATTACHMENT_KINDS, { error: 'validation.choose' }),
  description,
});

export const attachmentSupersedeInput = z.object({
  /** The version being replaced: it stays as it is, marked superseded. */
  id,
  token,
  kind: z.enum(ATTACHMENT_KINDS, { error: 'validation.choose' }),
  description,
});

export const attachmentDescribeInput = z.object({ id, description });

export const attachmentStageInput = z.object({
  paths: z.array(z.string().min(1).max(4096)).min(1).max(100),
});

export const saveCopyResult = z.object({ saved: z.boolean(), path: z.string().nullable() });

export const attachmentLimit = z
  .number({ error: 'validation.attachment.limit' })
  .int({ error: 'validation.attachment.limit' })
  .min(ATTACHMENT_LIMIT_MIN, { error: 'validation.attachment.limit' })
  .max(ATTACHMENT_LIMIT_MAX, { error: 'validation.attachment.limit' });
