import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createDispatch } from '../../electron/ipc/dispatch';
import { ANNE, openLockedApp, type LockedApp } from '../support/auth-app';

let app: LockedApp;
let host: RunningHost;
let rendererDir: string;

beforeEach(async () => {
  app = openLockedApp();
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

async function ipc(channel: string, body: unknown, session?: string) {
  const response = await fetch(`http://127.0.0.1:${host.port}/ipc/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-legat-key': host.key,
      ...(session ? { 'x-legat-session': session } : {}),
    },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
}

describe('local host: sign-in session', () => {
  it('answers only the sign-in channels until a session token is presented, and none after a lock', async () => {
    expect(await ipc('auth:status', {})).toMatchObject({ ok: true, data: { state: 'setup' } });
    const setup = await ipc('auth:setup', ANNE);
    const token = String(setup.data?.token);
    expect(token.length).toBeGreaterThanOrEqual(40);

    // Signed in, but this tab (no token, or another one) is not the one that signed in.
    expect(await ipc('case:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await ipc('case:list', {}, 'x'.repeat(token.length))).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(await ipc('case:list', {}, token)).toMatchObject({ ok: true });
    const download = await fetch(`http://127.0.0.1:${host.port}/files/attachment/1?key=${host.key}`);
    expect(download.status).toBe(401);
    const upload = await fetch(`http://127.0.0.1:${host.port}/files/upload`, {
      method: 'PUT',
      headers: { 'x-legat-key': host.key, 'x-legat-filename': 'a.txt' },
      body: 'evidence',
    });
    expect(upload.status).toBe(401);

    expect(await ipc('auth:lock', { reason: 'idle' }, token)).toMatchObject({ ok: true });
    expect(await ipc('case:list', {}, token)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const again = await ipc('auth:signIn', { officerId: 1, passphrase: ANNE.passphrase });
    expect(again).toMatchObject({ ok: true, data: { outcome: 'signedIn' } });
    expect(again.data?.token).not.toBe(token);
    expect(await ipc('case:list', {}, String(again.data?.token))).toMatchObject({ ok: true });
  });
});
