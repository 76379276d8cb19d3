import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../context';
import type { OpenedBundle } from './bundle-reader';
import type { ImportPlan } from './import-plan';

export interface ImportSession {
  bundle: OpenedBundle;
  plan: ImportPlan;
  fileName: string;
  size: number;
  openedAt: number;
  /** The uploaded file the preview reads (browser mode): removed with the session. */
  uploadPath: string | null;
}

interface BundleState {
  exports: Map<string, AbortController>;
  sessions: Map<string, ImportSession>;
  /** Bundles streamed to the local host (browser mode), by single-use token. */
  uploads: Map<string, { path: string; fileName: string; at: number }>;
  stagingDir: string;
}

const states = new WeakMap<AppContext, BundleState>();
/** An inspected bundle the officer walked away from is closed and its temp files removed. */
const SESSION_TTL_MS = 60 * 60 * 1000;

/**
 * Per-launch bookkeeping of running exports, open import previews and uploads. Sessions never
 * outlive the process, so whatever a previous run left in the staging folder is removed on first use.
 */
export function bundleState(ctx: AppContext): BundleState {
  let state = states.get(ctx);
  if (!state) {
    const stagingDir = path.join(ctx.paths.dataDir, 'staging');
    rmSync(stagingDir, { recursive: true, force: true });
    mkdirSync(path.join(stagingDir, 'uploads'), { recursive: true });
    state = { exports: new Map(), sessions: new Map(), uploads: new Map(), stagingDir };
    states.set(ctx, state);
  }
  return state;
}

export async function closeSession(ctx: AppContext, sessionId: string): Promise<void> {
  const state = bundleState(ctx);
  const session = state.sessions.get(sessionId);
  if (!session) return;
  state.sessions.delete(sessionId);
  await session.bundle.close();
  if (session.uploadPath) rmSync(session.uploadPath, { force: true });
}

/**
 * An uploaded bundle is kept only while it is needed: a refused one goes at once, one being previewed
 * goes with its session (imported, discarded or expired). Only a bundle waiting for its passphrase
 * stays, and that one is encrypted.
 */
export function dropUpload(ctx: AppContext, token: string): void {
  const state = bundleState(ctx);
  const upload = state.uploads.get(token);
  if (!upload) return;
  state.uploads.delete(token);
  rmSync(upload.path, { force: true });
}

export async function expireSessions(ctx: AppContext, now: number): Promise<void> {
  const state = bundleState(ctx);
  for (const [id, session] of state.sessions) {
    if (now - session.openedAt > SESSION_TTL_MS) await closeSession(ctx, id);
  }
  for (const [token, upload] of state.uploads) {
    if (now - upload.at > SESSION_TTL_MS) {
      state.uploads.delete(token);
      rmSync(upload.path, { force: true });
    }
  }
}

/** Makes a bundle file already in the staging uploads folder available to `bundle:inspect`. */
export function registerUpload(ctx: AppContext, file: string, fileName: string, token: string): void {
  bundleState(ctx).uploads.set(token, { path: file, fileName, at: ctx.clock.now().getTime() });
}
