import { z } from 'zod';
import { isCountryCode } from '../domain/countries';
import { isValidTimeZone } from '../domain/identifiers';

export const id = z.number().int().positive();
export const isoDate = z.iso.date({ error: 'validation.date' });
export const instant = z.iso.datetime({ offset: true });
export const countryCode = z.string().refine(isCountryCode, { error: 'validation.country' });
export const timeZone = z.string().refine(isValidTimeZone, { error: 'validation.timeZone' });
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
export const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' }).default('');
export const textList = (maxItems: number, maxLength: number) =>
  z.array(z.string().trim().min(1).max(maxLength)).max(maxItems).default([]);

export const byId = z.object({ id });

export const paging = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const ok = z.object({ ok: z.literal(true) });
