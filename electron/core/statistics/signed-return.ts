/**
 * The statistics return an office sends to headquarters: the year's aggregates only, signed with the
 * office key (electron/core/crypto/office-key.ts). Headquarters accepts it only from a trusted key.
 * FORMAT: { format, version, body: "<JSON text>", publicKey, signature }; the signature covers the body
 * text exactly as written, so verifying never depends on how JSON is re-serialised.
 */
import { z } from 'zod';
import { DIMENSIONS, type Dimension } from '../../../shared/domain/statistics/aggregate';
import type { StatsOverview } from '../../../shared/contract/statistics';
import { AppError } from '../errors';
import type { AppContext } from '../context';
import { fingerprintOf, loadOrCreateOfficeKey, verifySignature } from '../crypto/office-key';
import { trustedKeys } from '../db/schema';
import { eq } from 'drizzle-orm';
import { requireOffice } from '../office/office-repo';
import { statsOverview } from './overview';
import { officialReturnOf } from './official-return';

export const RETURN_FORMAT = 'legat-statistics-return';

/** Free text the office typed (provider names) never leaves: only closed vocabularies do. */
const SHARED_DIMENSIONS = DIMENSIONS.filter((d): d is Exclude<Dimension, 'provider'> => d !== 'provider');

/**
 * A breakdown key: a code from a closed list, an ISO country, a month, or codes joined by '+'. Nothing
 * that could carry a name or a reference passes.
 */
const code = z.string().regex(/^([a-z_]{1,40}(\+[a-z_]{1,40})*|[A-Z]{2}|\d{4}-\d{2}|-|EPOC|EPOC-PR|yes|no)$/);
const figures = z
  .object({
    count: z.number().int().min(0),
    answered: z.number().int().min(0),
    medianDays: z.number().min(0).nullable(),
    p90Days: z.number().min(0).nullable(),
    meanDays: z.number().min(0).nullable(),
    onTime: z.number().int().min(0),
    decided: z.number().int().min(0),
  })
  .strict();
const keyed = figures.extend({ key: code }).strict();
const returnCells = z.array(
  z.object({ keys: z.record(z.string().regex(/^[a-zA-Z]{1,20}$/), code), value: z.number() }).strict(),
);

export const returnBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    homeCountry: z.string().regex(/^[A-Z]{2}$/),
    generatedAt: z.iso.datetime(),
    total: figures,
    breakdowns: z.array(z.object({ dimension: z.enum(SHARED_DIMENSIONS), groups: z.array(keyed) }).strict()),
    months: z.array(keyed),
    returns: z.array(
      z
        .object({
          kind: z.enum(['reg1543', 'dir977']),
          fields: z.array(
            z.object({ id: z.string().regex(/^[a-j]$/), state: z.string(), cells: returnCells }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();
export type ReturnBody = z.infer<typeof returnBody>;

const envelope = z
  .object({
    format: z.literal(RETURN_FORMAT),
    version: z.literal(1),
    body: z.string(),
    publicKey: z.string(),
    signature: z.string(),
  })
  .strict();

/** Count fields without the addressee (a provider's name, typed by the officer); mean fields do not fold, so they stay home. */
function shareableReturn(ctx: AppContext, kind: 'reg1543' | 'dir977', year: number): ReturnBody['returns'][number] {
  const full = officialReturnOf(ctx, { kind, year });
  return {
    kind,
    fields: full.fields
      .filter((field) => field.measure === 'count')
      .map((field) => {
        const sums = new Map<string, number>();
        for (const cell of field.cells) {
          const { addressee: _dropped, ...keys } = cell.keys;
          const json = JSON.stringify(keys);
          sums.set(json, (sums.get(json) ?? 0) + cell.value);
        }
        return {
          id: field.id,
          state: field.state,
          cells: [...sums.entries()].map(([json, value]) => ({
            keys: JSON.parse(json) as Record<string, string>,
            value,
          })),
        };
      }),
  };
}

export function buildReturnBody(ctx: AppContext, year: number): ReturnBody {
  const office = requireOffice(ctx.db.orm);
  const overview: StatsOverview = statsOverview(ctx, { from: `${year}-01-01`, to: `${year}-12-31` });
  return returnBody.parse({
    year,
    homeCountry: office.homeCountry,
    generatedAt: ctx.clock.now().toISOString(),
    total: overview.total,
    breakdowns: overview.breakdowns.filter((b) => b.dimension !== 'provider'),
    months: overview.months,
    returns: [shareableReturn(ctx, 'reg1543', year), shareableReturn(ctx, 'dir977', year)],
  });
}

export function signReturn(ctx: AppContext, year: number): { fileName: string; content: string } {
  const key = loadOrCreateOfficeKey(ctx.paths.dataDir);
  const body = JSON.stringify(buildReturnBody(ctx, year));
  const signature = key.sign(Buffer.from(body, 'utf8')).toString('base64');
  const content = JSON.stringify(
    { format: RETURN_FORMAT, version: 1, body, publicKey: key.publicKey, signature },
    null,
    1,
  );
  return { fileName: `statistics-return-${year}.json`, content };
}

export interface VerifiedReturn {
  fingerprint: string;
  officeName: string;
  own: boolean;
  body: ReturnBody;
}

const refused = (message: string, key: string) =>
  new AppError('VALIDATION', message, [{ path: ['content'], message: key }]);

/**
 * Checks a return file: its key must be this office's own or one the office trusts (the trusted
 * copy of the key is used, never the one in the file), its signature must cover the body, and the body
 * must hold aggregates only.
 */
export function verifyReturn(ctx: AppContext, content: string): VerifiedReturn {
  let outer: z.infer<typeof envelope>;
  try {
    outer = envelope.parse(JSON.parse(content));
  } catch {
    throw refused('This is not a Legat statistics return.', 'validation.statistics.notAReturn');
  }
  let fingerprint: string;
  try {
    fingerprint = fingerprintOf(outer.publicKey);
  } catch {
    throw refused('The return’s key is not an Ed25519 public key.', 'validation.statistics.notAReturn');
  }
  const own = loadOrCreateOfficeKey(ctx.paths.dataDir);
  const trusted =
    fingerprint === own.fingerprint
      ? { publicKey: own.publicKey, officeName: requireOffice(ctx.db.orm).name }
      : ctx.db.orm.select().from(trustedKeys).where(eq(trustedKeys.fingerprint, fingerprint)).get();
  if (!trusted) {
    throw new AppError('FORBIDDEN', `The return is signed by a key this office does not trust (${fingerprint}).`, [
      { path: ['content'], message: 'validation.statistics.untrusted' },
    ]);
  }
  if (!verifySignature(trusted.publicKey, Buffer.from(outer.body, 'utf8'), Buffer.from(outer.signature, 'base64'))) {
    throw refused('The return was altered after it was signed.', 'validation.statistics.altered');
  }
  let body: ReturnBody;
  try {
    body = returnBody.parse(JSON.parse(outer.body));
  } catch {
    throw refused('The signed return holds something other than aggregates.', 'validation.statistics.notAggregates');
  }
  return { fingerprint, officeName: trusted.officeName, own: fingerprint === own.fingerprint, body };
}
