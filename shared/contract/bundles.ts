import { z } from 'zod';
import { id, instant } from './common';

/** Same floor as officer passphrases: a bundle on a USB stick meets whoever finds the stick. */
export const BUNDLE_PASSPHRASE_MIN = 12;

const passphrase = z
  .string()
  .min(BUNDLE_PASSPHRASE_MIN, { error: 'validation.passphraseTooShort' })
  .max(1024, { error: 'validation.tooLong' });

export const bundleExportInput = z.object({
  /** Chosen by the page so it can cancel the export and follow its progress while it runs. */
  jobId: z.uuid(),
  caseIds: z.array(id).min(1, { error: 'validation.required' }).max(1000),
  passphrase: passphrase.nullable().default(null),
  /** 'exports' writes into the data folder's exports/; 'choose' asks where through the save dialog. */
  location: z.enum(['exports', 'choose']).default('exports'),
});

export const bundleExportResult = z.object({
  fileName: z.string(),
  path: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  cases: z.number().int(),
  attachments: z.number().int(),
  encrypted: z.boolean(),
  /** In browser mode, where the page can download the file from the local host. */
  downloadPath: z.string().nullable(),
});

export const bundleJob = z.object({ jobId: z.uuid() });

export const bundleSource = z.discriminatedUnion('kind', [
  /** A file streamed to the local host first (browser mode). */
  z.object({ kind: z.literal('upload'), token: z.string().min(1).max(200) }),
  /** Ask through the open dialog (Electron). */
  z.object({ kind: z.literal('choose') }),
]);

export const bundleInspectInput = z.object({
  source: bundleSource,
  passphrase: z.string().max(1024).nullable().default(null),
});

const recordAction = z.enum(['create', 'update', 'unchanged', 'keep', 'conflict']);

export const importPreview = z.object({
  sessionId: z.string(),
  fileName: z.string(),
  bundleSha256: z.string(),
  size: z.number().int(),
  encrypted: z.boolean(),
  createdAt: instant,
  appVersion: z.string(),
  office: z.string(),
  officer: z.string().nullable(),
  signer: z.object({
    fingerprint: z.string(),
    publicKey: z.string(),
    /** This office's own key: a bundle it exported coming back. */
    own: z.boolean(),
    trusted: z.boolean(),
  }),
  cases: z.array(
    z.object({
      uuid: z.string(),
      reference: z.string(),
      title: z.string(),
      action: recordAction,
      referenceTaken: z.boolean(),
    }),
  ),
  records: z.array(
    z.object({
      entity: z.enum(['case', 'subject', 'identifier', 'request', 'contact', 'deadline']),
      uuid: z.string(),
      caseUuid: z.string().nullable(),
      label: z.string(),
      action: recordAction,
      conflicts: z.array(z.object({ field: z.string(), mine: z.unknown(), theirs: z.unknown() })),
    }),
  ),
  additions: z.object({
    steps: z.number().int(),
    timeline: z.number().int(),
    attachments: z.number().int(),
    attachmentBytes: z.number().int(),
    links: z.number().int(),
  }),
});

export const bundleImportInput = z.object({
  sessionId: z.string().min(1).max(200),
  choices: z.record(z.string(), z.record(z.string(), z.enum(['mine', 'theirs']))).default({}),
  /** Required when the signer is not yet trusted: the officer vouches for the key shown. */
  trustSigner: z.boolean().default(false),
});

export const bundleImportResult = z.object({
  cases: z.array(z.object({ uuid: z.string(), id, reference: z.string() })),
  created: z.number().int(),
  updated: z.number().int(),
  merged: z.number().int(),
  leftAlone: z.number().int(),
  steps: z.number().int(),
  timeline: z.number().int(),
  attachments: z.number().int(),
  links: z.number().int(),
});

export const bundleSession = z.object({ sessionId: z.string().min(1).max(200) });

export const trustedKey = z.object({
  fingerprint: z.string(),
  publicKey: z.string(),
  officeName: z.string(),
  label: z.string(),
  trustedAt: instant,
  trustedBy: z.string().nullable(),
});

export const keyInfo = z.object({
  own: z.object({ fingerprint: z.string(), publicKey: z.string() }),
  trusted: z.array(trustedKey),
});

export const keyTrustInput = z.object({
  publicKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'validation.publicKey' }),
  officeName: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  label: z.string().trim().max(200).default(''),
});

export const keyUntrustInput = z.object({ fingerprint: z.string().min(1).max(100) });

export type ImportPreview = z.infer<typeof importPreview>;
export type BundleExportResult = z.infer<typeof bundleExportResult>;
export type KeyInfo = z.infer<typeof keyInfo>;
