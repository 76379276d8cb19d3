import { z } from 'zod';
import { INSTRUMENTS } from '../domain/deadlines/applicability';
import { id } from './common';

/** Which statutory deadline rules fit a request, and why any of them does not apply to it. */
export const statutoryCheck = z.object({
  ruleId: z.string(),
  title: z.string(),
  instrument: z.enum(INSTRUMENTS),
  citation: z.string(),
  applies: z.boolean(),
  reason: z
    .enum([
      'parties_unknown',
      'counterpart_not_bound',
      'office_not_bound',
      'counterpart_not_yet_bound',
      'office_not_yet_bound',
    ])
    .nullable(),
  boundFrom: z.string().nullable(),
});

export const statutoryChecksInput = z.object({ requestId: id });

export const statutoryChecks = z.object({
  /** The day the request left the office (its first step), on which the instruments are judged. */
  onDate: z.string(),
  officeCountry: z.string(),
  counterpartCountry: z.string(),
  checks: z.array(statutoryCheck),
});
