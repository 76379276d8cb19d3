import { z } from 'zod';

/**
 * Keyset paging for the large lists (cases, requests, contacts). The client sends back the
 * `nextCursor` it was given, unchanged: the core encodes in it the sort key values and id of the last
 * row, so a page starts strictly after that row however many rows were added or removed before it.
 */
export const keysetPaging = {
  cursor: z.string().max(4000).nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
};

/**
 * Counting every match of a broad filter costs a walk of the whole table, so the count stops at
 * TOTAL_CAP: beyond it the list reports `{ count: TOTAL_CAP, atLeast: true }` ("1,000+").
 */
export const TOTAL_CAP = 1000;

export const listTotal = z.object({ count: z.number().int().min(0), atLeast: z.boolean() });

export function keysetPageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Null on the last page. */
    nextCursor: z.string().nullable(),
    /** Counted on the first page only (no cursor); later pages give null and the first page's count stands. */
    total: listTotal.nullable(),
  });
}

export type ListTotal = z.infer<typeof listTotal>;
