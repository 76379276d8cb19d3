import { consolidate } from '../../../shared/domain/statistics/consolidate';
import { recordAudit } from '../../core/audit/audit-repo';
import { AppError } from '../../core/errors';
import { signReturn, verifyReturn } from '../../core/statistics/signed-return';
import { statsDrilldown } from '../../core/statistics/drilldown';
import { officialReturnOf } from '../../core/statistics/official-return';
import { statsOverview } from '../../core/statistics/overview';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const statsHandlers: HandlerGroup<'stats'> = {
  'stats:overview': (ctx, input) => statsOverview(ctx, input),
  'stats:drilldown': (ctx, input) => statsDrilldown(ctx, input),
  'stats:return': (ctx, input) => officialReturnOf(ctx, input),
  'stats:export': async (ctx, input) => {
    // The PDF and spreadsheet writers are loaded with the first export, not at every start.
    const { exportStats } = await import('../../core/statistics/export-stats');
    const file = await exportStats(ctx, input);
    // What left the office, and when, is on the record, as for the audit export.
    inWrite(ctx, (scope) =>
      recordAudit(scope, {
        action: 'stats.export',
        entity: 'statistics',
        entityId: null,
        details: { file: file.fileName, format: input.format, filter: input.filter },
      }),
    );
    return { fileName: file.fileName, mediaType: file.mediaType, base64: file.bytes.toString('base64') };
  },
  'stats:signReturn': (ctx, input) => {
    const file = signReturn(ctx, input.year);
    inWrite(ctx, (scope) =>
      recordAudit(scope, {
        action: 'stats.signReturn',
        entity: 'statistics',
        entityId: null,
        details: { file: file.fileName, year: input.year },
      }),
    );
    return {
      fileName: file.fileName,
      mediaType: 'application/json',
      base64: Buffer.from(file.content, 'utf8').toString('base64'),
    };
  },
  'stats:verifyReturn': (ctx, input) => {
    const verified = verifyReturn(ctx, input.content);
    return {
      fingerprint: verified.fingerprint,
      officeName: verified.officeName,
      own: verified.own,
      year: verified.body.year,
      homeCountry: verified.body.homeCountry,
      total: verified.body.total.count,
    };
  },
  'stats:consolidate': (ctx, input) => {
    const verified = input.contents.map((content) => verifyReturn(ctx, content));
    const seen = new Set<string>();
    for (const v of verified) {
      const id = `${v.fingerprint}/${v.body.year}`;
      // The same office's return twice would count its requests twice.
      if (seen.has(id))
        throw new AppError('VALIDATION', `Two returns of ${v.officeName} for ${v.body.year} were given.`);
      seen.add(id);
    }
    return {
      offices: verified.map((v) => ({
        fingerprint: v.fingerprint,
        officeName: v.officeName,
        own: v.own,
        year: v.body.year,
        homeCountry: v.body.homeCountry,
        total: v.body.total.count,
      })),
      ...consolidate(verified.map((v) => v.body)),
    };
  },
};
