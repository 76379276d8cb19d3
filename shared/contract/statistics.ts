import { z } from 'zod';
import { CHANNELS, DIRECTIONS, URGENCIES } from '../domain/requests';
import { DIMENSIONS } from '../domain/statistics/aggregate';
import { RETURN_KINDS } from '../domain/statistics/returns';
import { countryCode, id, isoDate } from './common';

export const statsFilter = z
  .object({
    from: isoDate,
    to: isoDate,
    officerId: id.optional(),
    channel: z.enum(CHANNELS).optional(),
    direction: z.enum(DIRECTIONS).optional(),
    counterpartCountry: countryCode.optional(),
    urgency: z.enum(URGENCIES).optional(),
  })
  .refine((f) => f.from <= f.to, { error: 'validation.statistics.period', path: ['to'] });
export type StatsFilter = z.infer<typeof statsFilter>;

const days = z.number().nullable();
export const figures = z.object({
  count: z.number().int(),
  answered: z.number().int(),
  medianDays: days,
  p90Days: days,
  meanDays: days,
  onTime: z.number().int(),
  decided: z.number().int(),
});
const keyedFigures = figures.extend({ key: z.string() });

export const statsOverview = z.object({
  filter: z.object({ from: z.string(), to: z.string() }),
  total: figures,
  breakdowns: z.array(z.object({ dimension: z.enum(DIMENSIONS), groups: z.array(keyedFigures) })),
  months: z.array(keyedFigures),
});
export type StatsOverview = z.infer<typeof statsOverview>;

export const statsDrilldownInput = z.object({
  filter: statsFilter,
  /** A breakdown's group, or a month of the trend ('month', 'YYYY-MM'); neither: the whole total. */
  dimension: z.enum([...DIMENSIONS, 'month']).optional(),
  key: z.string().max(200).optional(),
  /** The last request of the page shown: the next page starts after it (keyset), so it costs what the first does. */
  after: z.object({ onDate: isoDate, id }).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const statsDrilldown = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      caseId: z.number().int(),
      caseReference: z.string(),
      channel: z.string(),
      status: z.string(),
      onDate: z.string(),
    }),
  ),
  /** What to pass as `after` for the next page; null on the last one. */
  next: z.object({ onDate: z.string(), id: z.number().int() }).nullable(),
});

export const returnInput = z.object({
  kind: z.enum(RETURN_KINDS),
  year: z.number().int().min(2000).max(2100),
});

const returnField = z.object({
  id: z.string(),
  state: z.enum(['computed', 'incomplete', 'not_recorded']),
  measure: z.enum(['count', 'meanDays']),
  cells: z.array(z.object({ keys: z.record(z.string(), z.string()), value: z.number() })),
  missing: z.array(z.object({ id: z.number().int(), title: z.string(), fact: z.string() })),
});

export const officialReturn = z.object({
  kind: z.enum(RETURN_KINDS),
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  inScope: z.number().int(),
  pending: z.number().int(),
  fields: z.array(returnField),
});
export type OfficialReturnShape = z.infer<typeof officialReturn>;

export const statsExportInput = z.object({
  format: z.enum(['csv', 'xlsx', 'pdf']),
  filter: statsFilter,
  /** Language of the file's headings; the office's UI language by default. */
  language: z.enum(['en', 'fr', 'es']).default('en'),
});

/** A file handed to the page as bytes: it never lands in the data folder in plaintext. */
export const fileBytes = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  base64: z.string(),
});

export const signReturnInput = z.object({ year: z.number().int().min(2000).max(2100) });

export const verifyReturnInput = z.object({ content: z.string().min(1).max(5_000_000) });

export const verifiedReturn = z.object({
  fingerprint: z.string(),
  officeName: z.string(),
  own: z.boolean(),
  year: z.number().int(),
  homeCountry: z.string(),
  total: z.number().int(),
});

export const consolidateInput = z.object({ contents: z.array(z.string().min(1).max(5_000_000)).min(1).max(100) });

export const consolidated = z.object({
  offices: z.array(verifiedReturn),
  total: figures.pick({ count: true, answered: true, meanDays: true, onTime: true, decided: true }),
  breakdowns: z.array(
    z.object({
      dimension: z.string(),
      groups: z.array(
        figures.pick({ count: true, answered: true, meanDays: true, onTime: true, decided: true }).extend({
          key: z.string(),
        }),
      ),
    }),
  ),
  months: z.array(
    figures.pick({ count: true, answered: true, meanDays: true, onTime: true, decided: true }).extend({
      key: z.string(),
    }),
  ),
});
export type Consolidated = z.infer<typeof consolidated>;
