import { rmSync } from 'node:fs';
import path from 'node:path';
import { printAnchor, verifyAudit } from '../../core/audit/anchor-service';
import { writeAuditCsv } from '../../core/audit/audit-csv';
import { auditFacets, listAudit } from '../../core/audit/audit-list';
import { recordAudit } from '../../core/audit/audit-repo';
import { AppError } from '../../core/errors';
import { exportPath } from '../../core/files/exports-folder';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<'audit'> = {
  'audit:list': (ctx, input) => listAudit(ctx.db.orm, input),
  'audit:facets': (ctx) => auditFacets(ctx.db.orm),
  'audit:verify': (ctx, input) => verifyAudit(ctx, input.anchor),
  'audit:anchor': (ctx) => printAnchor(ctx),
  // The page calls this once when the viewer opens: reading the log is itself on the record, but
  // paging and filtering it are not, or scrolling would flood the log it is reading.
  'audit:viewed': (ctx) => {
    inWrite(ctx, (scope) => recordAudit(scope, { action: 'audit.view', entity: 'audit', entityId: null }));
    return { ok: true as const };
  },
  'audit:export': async (ctx, input) => {
    const stamp = ctx.clock.now().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    let fileName = `audit-${stamp}.csv`;
    let file: string;
    // The desktop writes where the officer chooses; the browser's copy waits sealed for its download.
    if (ctx.dialogs) {
      const chosen = await ctx.dialogs.saveFile({ title: 'Export the audit log', defaultName: fileName });
      if (!chosen) throw new AppError('VALIDATION', 'Export cancelled: no file was chosen.');
      file = chosen.toLowerCase().endsWith('.csv') ? chosen : `${chosen}.csv`;
      fileName = path.basename(file);
    } else {
      file = exportPath(ctx.paths.dataDir, fileName);
    }
    const rows = await writeAuditCsv(ctx.db.orm, input, file, ctx.dialogs ? null : ctx.session.dataKey());
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
      downloadPath: ctx.dialogs ? null : `/files/export/${encodeURIComponent(fileName)}`,
    };
  },
};
