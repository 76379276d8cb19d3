import { z } from 'zod';
import { CHANNELS } from '../domain/requests';
import { countryCode, id, isoDate } from './common';
import { SEARCH_TYPES } from '../domain/search';

export const searchInput = z.object({
  q: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  types: z.array(z.enum(SEARCH_TYPES)).default([]),
  channel: z.enum(CHANNELS).nullable().default(null),
  status: z.string().max(40).nullable().default(null),
  country: countryCode.nullable().default(null),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  limit: z.number().int().min(1).max(50).default(20),
});

export const searchHit = z.object({
  type: z.enum(SEARCH_TYPES),
  id,
  caseId: id.nullable(),
  requestId: id.nullable(),
  title: z.string(),
  subtitle: z.string(),
  snippet: z.string(),
  date: z.string().nullable(),
  score: z.number(),
});

export const searchResult = z.object({
  items: z.array(searchHit),
  /** How many matched in all, up to a cap (very common words stop counting there). */
  total: z.number().int(),
  capped: z.boolean(),
});

export type SearchInput = z.input<typeof searchInput>;
export type SearchHit = z.infer<typeof searchHit>;
export type SearchResult = z.infer<typeof searchResult>;
