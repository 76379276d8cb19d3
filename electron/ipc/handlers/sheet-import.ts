import { importSheet } from '../../core/import/sheet-apply';
import { planSheet } from '../../core/import/sheet-plan';
import { cancelSlicedWrite } from '../../core/import/sliced-write';
import { cancelSheetRead, closeSession, openSheet, requireSession } from '../../core/import/sheet-session';
import type { HandlerGroup } from './types';

export const sheetImportHandlers: HandlerGroup<'sheet'> = {
  'sheet:inspect': (ctx, input) => openSheet(ctx, input),
  'sheet:preview': (ctx, input) => {
    const plan = planSheet(ctx.db.orm, requireSession(ctx, input.sessionId), input, ctx.clock.now().toISOString());
    const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
    const newCases = new Set(
      plan.rows
        .filter((r) => r.caseId === null && (r.action === 'create' || r.action === 'problem'))
        .map((r) => r.caseKey),
    );
    return {
      headers: plan.headers,
      columns: plan.columns,
      values: plan.values,
      needsDateOrder: plan.needsDateOrder,
      rows: plan.rows.map(
        ({
          hash: _h,
          caseKey: _k,
          caseTitle: _t,
          caseReference: _r,
          fields: _f,
          history: _s,
          identifiers: _i,
          firstDate: _d,
          requestId: _q,
          ...row
        }) => row,
      ),
      counts: {
        create: count('create'),
        update: count('update'),
        unchanged: count('unchanged'),
        problem: count('problem'),
        skipped: count('skipped'),
        newCases: newCases.size,
      },
    };
  },
  'sheet:import': (ctx, input) => importSheet(ctx, input),
  // The spreadsheet writer is loaded with the first list of problems, not at every start.
  'sheet:problems': async (ctx, input) => (await import('../../core/import/sheet-problems')).exportProblems(ctx, input),
  // Whichever runs for this session: the reading of its file, or the writing of its import.
  'sheet:cancel': (ctx, input) => {
    cancelSheetRead(ctx, input.sessionId);
    cancelSlicedWrite(ctx, input.sessionId);
    return { ok: true };
  },
  'sheet:discard': (ctx, input) => {
    closeSession(ctx, input.sessionId);
    return { ok: true };
  },
};
