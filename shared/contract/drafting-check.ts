import { z } from 'zod';
import { docType, draftFieldsInput, draftLanguage, finding } from './drafting';
import { id } from './common';

/** The form as typed, checked without being saved: the checker follows the officer's typing. */
export const draftingCheckInput = z.object({
  requestId: id,
  docType,
  language: draftLanguage,
  fields: draftFieldsInput,
});

export const draftingCheckResult = z.object({
  findings: z.array(finding),
  /** Blocking findings neither fixed nor overridden. */
  unresolved: z.number().int().nonnegative(),
});
