import { z } from 'zod';
import { REFERENCE_PREFIX_PATTERN } from '../domain/cases';
import { countryCode, id, instant, optionalText, requiredText, timeZone } from './common';

export const officerInput = z.object({
  id: id.optional(),
  name: requiredText(120),
  title: optionalText(120),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]).default(''),
  active: z.boolean().default(true),
});

export const officer = z.object({
  id,
  name: z.string(),
  title: z.string(),
  email: z.string(),
  active: z.boolean(),
});

export const officeProfileInput = z.object({
  name: requiredText(200),
  homeCountry: countryCode,
  hostCountry: countryCode,
  timeZone,
  referencePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(REFERENCE_PREFIX_PATTERN, { error: 'validation.referencePrefix' })
    .default('LGT'),
  officers: z.array(officerInput).min(1, { error: 'validation.officerRequired' }).max(100),
});

export const office = z.object({
  name: z.string(),
  homeCountry: z.string(),
  hostCountry: z.string(),
  timeZone: z.string(),
  referencePrefix: z.string(),
  isSample: z.boolean(),
  currentOfficerId: id.nullable(),
  officers: z.array(officer),
  createdAt: instant,
  updatedAt: instant,
});

export type Office = z.infer<typeof office>;
export type Officer = z.infer<typeof officer>;
