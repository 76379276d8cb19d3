import { bundleState, closeSession } from '../../core/bundles/bundle-state';
import { cancelExport, exportBundle } from '../../core/bundles/export-bundle';
import { importBundle, inspectBundle } from '../../core/bundles/import-session';
import { loadOrCreateOfficeKey } from '../../core/crypto/office-key';
import { keyInfo, trustKey, untrustKey } from '../../core/bundles/trusted-keys-repo';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup } from './types';

export const bundleHandlers: HandlerGroup<'bundle'> = {
  'bundle:export': (ctx, input) => exportBundle(ctx, input),
  'bundle:cancel': (ctx, input) => {
    cancelExport(ctx, input.jobId);
    return { ok: true };
  },
  'bundle:inspect': (ctx, input) => inspectBundle(ctx, input),
  'bundle:import': (ctx, input) => importBundle(ctx, input),
  'bundle:discard': async (ctx, input) => {
    bundleState(ctx);
    await closeSession(ctx, input.sessionId);
    return { ok: true as const };
  },
};

export const keyHandlers: HandlerGroup<'key'> = {
  'key:info': (ctx) => keyInfo(ctx.db.orm, loadOrCreateOfficeKey(ctx.paths.dataDir)),
  'key:trust': (ctx, input) => {
    const own = loadOrCreateOfficeKey(ctx.paths.dataDir);
    inWrite(ctx, (scope) => trustKey(scope, input, own));
    return keyInfo(ctx.db.orm, own);
  },
  'key:untrust': (ctx, input) => {
    inWrite(ctx, (scope) => untrustKey(scope, input.fingerprint));
    return keyInfo(ctx.db.orm, loadOrCreateOfficeKey(ctx.paths.dataDir));
  },
};
