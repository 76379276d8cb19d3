import { z } from 'zod';
import { id } from './common';
import { contactListInput } from './contacts';

/** A .vcf file is read in the page and sent as text; 5 MB holds thousands of cards. */
const vcfText = z.string().max(5_000_000, { error: 'validation.vcard.tooLarge' });
/**
 * Or sent as its bytes (base64), for files not in UTF-8: Outlook's vCard 2.1 and CSV exports are often
 * Windows-1252 or UTF-16, which only the core can tell apart (BOM, then strict UTF-8, then 1252).
 */
const vcfBytes = z
  .base64({ error: 'validation.vcard.unreadableFile' })
  .max(6_700_000, { error: 'validation.vcard.tooLarge' });
const contactFile = {
  text: vcfText.optional(),
  base64: vcfBytes.optional(),
};
const oneSource = (value: { text?: string | undefined; base64?: string | undefined }) =>
  (value.text === undefined) !== (value.base64 === undefined);

export const vcardExportInput = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('contact'), id }),
  z.object({ scope: z.literal('organisation'), id }),
  z.object({ scope: z.literal('list'), filter: contactListInput.omit({ cursor: true, limit: true }) }),
]);

export const vcardExportResult = z.object({
  cancelled: z.boolean(),
  fileName: z.string(),
  path: z.string(),
  count: z.number().int(),
  /** Browser mode: where the host serves the file (GET with the page's key); null on the desktop. */
  downloadPath: z.string().nullable(),
});

export const VCARD_STATUSES = ['new', 'duplicate', 'invalid'] as const;

export const vcardPreviewCard = z.object({
  index: z.number().int(),
  status: z.enum(VCARD_STATUSES),
  name: z.string(),
  organisation: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  /** Invalid: why (a code the page translates, and the value at fault). */
  problem: z.object({ code: z.string(), detail: z.string() }).nullable(),
  /** Possible duplicate: the existing contacts it matches, and on what (e-mail, phone or UID). */
  matches: z.array(z.object({ id, name: z.string(), matchedOn: z.array(z.string()) })),
});

export const vcardPreview = z.object({
  cards: z.array(vcardPreviewCard),
  counts: z.object({ new: z.number().int(), duplicate: z.number().int(), invalid: z.number().int() }),
});

export const vcardPreviewInput = z.object(contactFile).refine(oneSource, { error: 'validation.vcard.oneSource' });
export const vcardImportInput = z
  .object({
    ...contactFile,
    /** Cards flagged as possible duplicates that the officer chose to import anyway, by index. */
    importDuplicates: z.array(z.number().int().min(0)).max(10_000).default([]),
  })
  .refine(oneSource, { error: 'validation.vcard.oneSource' });
export const vcardImportResult = z.object({
  created: z.number().int(),
  skippedDuplicates: z.number().int(),
  invalid: z.number().int(),
  contactIds: z.array(id),
});

export type VcardPreview = z.infer<typeof vcardPreview>;
export type VcardPreviewCard = z.infer<typeof vcardPreviewCard>;
export type VcardExportInput = z.input<typeof vcardExportInput>;
