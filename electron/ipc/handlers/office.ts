import { computeDashboard } from '../../core/dashboard/dashboard';
import { recomputeOpenRequests } from '../../core/deadlines/recompute-all';
import { loadSampleData } from '../../core/samples/sample-data';
import { getOffice, requireOffice, setCurrentOfficer, setupOffice, updateOffice } from '../../core/office/office-repo';
import { AppError } from '../../core/errors';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const officeHandlers: HandlerGroup<'office'> = {
  'office:get': (ctx) => getOffice(ctx.db.orm),
  'office:setup': (ctx, input) => {
    inWrite(ctx, (scope) => setupOffice(scope, input));
    return requireOffice(ctx.db.orm);
  },
  'office:update': async (ctx, input) => {
    inWrite(ctx, (scope) => updateOffice(scope, input));
    // The office's zone and countries change what day a deadline falls on.
    await recomputeOpenRequests(ctx);
    return requireOffice(ctx.db.orm);
  },
  'office:setCurrentOfficer': (ctx, input) => {
    // With sign-in, who acts is whoever signed in: passing the app to a colleague means locking it.
    if (ctx.session.officerId() !== null) {
      throw new AppError('FORBIDDEN', 'Lock Legat and let the other officer sign in as themselves.');
    }
    inWrite(ctx, (scope) => setCurrentOfficer(scope, input.officerId));
    return requireOffice(ctx.db.orm);
  },
  'office:loadSample': (ctx) => {
    inWrite(ctx, (scope) => loadSampleData(scope, ctx.clock.now()));
    return requireOffice(ctx.db.orm);
  },
};

export const appHandlers: HandlerGroup<'app'> = {
  'app:info': (ctx) => ({
    version: ctx.version,
    mode: ctx.mode,
    dataDir: ctx.paths.dataDir,
    schemaVersion: ctx.db.schemaVersion,
    now: ctx.clock.now().toISOString(),
  }),
};

export const dashboardHandlers: HandlerGroup<'dashboard'> = {
  'dashboard:get': (ctx) => computeDashboard(ctx.db.orm, ctx.clock.now(), requireOffice(ctx.db.orm).timeZone),
};
