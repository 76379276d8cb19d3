import { z } from 'zod';
import { auditVerification } from './audit';

/** `audit:verify` may be given an anchor (the text of a `.anchor.json` file) to check the chain against. */
export const auditVerifyInput = z.object({ anchor: z.string().min(1).max(4000).optional() }).strict();

/** Whether the chain still holds the anchored row with the same hash; problem says what is wrong. */
export const anchorCheck = z.object({
  ok: z.boolean(),
  lastId: z.number().int().min(0),
  problem: z.string().nullable(),
});

export const auditVerifyResult = auditVerification.extend({ anchor: anchorCheck.nullable() });

/** "Print anchor": the chain's head now, signed, as text for paper and as the file's JSON. */
export const auditAnchorPrint = z.object({
  fingerprint: z.string(),
  lastId: z.number().int().min(0),
  rows: z.number().int().min(0),
  at: z.string(),
  text: z.string(),
  json: z.string(),
});
