import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeAuditCsv } from '../../core/audit/audit-csv';
import { auditFacets, listAudit } from '../../core/audit/audit-list';
import { recordAudit } from '../../core/audit/audit-repo';
import { verifyAuditChain } from '../../core/audit/verify-chain';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<'audit'> = {
  'audit:list': (ctx, input) => listAudit(ctx.db.orm, input),
  'audit:facets': (ctx) => auditFacets(ctx.db.orm),
  'audit:verify': (ctx) => verifyAuditChain(ctx.db.sqlite),
  // The page calls this once when the viewer opens: reading the log is itself on the record, but
  // paging and filtering it are not, or scrolling would flood the log it is reading.
  'audit:viewed': (ctx) => {
    inWrite(ctx, (scope) => recordAudit(scope, { action: 'audit.view', entity: 'audit', entityId: null }));
    return { ok: true as const };
  },
  'audit:export': (ctx, input) => {
    const stamp = ctx.clock.now().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const fileName = `audit-${stamp}.csv`;
    const file = path.join(ctx.paths.dataDir, 'exports', fileName);
    const rows = writeAuditCsv(ctx.db.orm, input, file);
    try {
      inWrite(ctx, (scope) =>
        recordAudit(scope, {
          action: 'audit.export',
          entity: 'audit',
          entityId: null,
          details: { file: fileName, rows, filters: input },
        }),
      );
    } catch (error) {
      // An export that is not on the record must not exist.
      rmSync(file, { force: true });
      throw error;
    }
    return {
      fileName,
      path: file,
      rows,
      downloadPath: ctx.mode === 'browser' ? `/files/export/${encodeURIComponent(fileName)}` : null,
    };
  },
};
