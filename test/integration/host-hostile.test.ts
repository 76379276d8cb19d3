import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/ipc/dispatch';
import { startHost, type RunningHost } from '../../electron/host/server';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/**
 * Browser mode is held to the desktop's standard: another site open in the same browser, a DNS
 * rebinding page, or another local program must not be able to read from or write to the office.
 */
let app: TestApp;
let host: RunningHost;
let rendererDir: string;

beforeEach(async () => {
  app = openTestApp();
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<meta name="legat-style-nonce" content="LEGAT_NONCE_PLACEHOLDER">',
  );
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

function send(options: { method?: string; path: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const own = () => `127.0.0.1:${host.port}`;
const setup = (headers: Record<string, string>) =>
  send({
    method: 'POST',
    path: '/ipc/office:setup',
    headers: { 'content-type': 'application/json', 'x-legat-key': host.key, host: own(), ...headers },
    body: JSON.stringify(OFFICE_PROFILE),
  });

describe('local host against hostile requests', () => {
  it.each([
    'evil.example',
    `evil.example:${0}`,
    '127.0.0.1.evil.example',
    'localhost.evil',
    '127.0.0.1',
    'localhost',
    '127.0.0.2:PORT',
    '[::1]:PORT',
    '0.0.0.0:PORT',
    'user@127.0.0.1:PORT',
    '127.0.0.1:PORT.evil.example',
  ])('refuses the Host header %j (DNS rebinding), even with the key', async (hostHeader) => {
    const value = hostHeader.replace('PORT', String(host.port));
    const reply = await setup({ host: value });
    expect(reply.status).toBe(421);
    expect(await app.call('office:get', {})).toBeNull();
  });

  it.each([
    'http://evil.example',
    'null',
    'https://127.0.0.1:PORT',
    'http://127.0.0.1:PORT.evil.example',
    'http://127.0.0.1:1',
    'http://localhost.evil:PORT',
    'http://user@127.0.0.1:PORT',
    'file://',
    'legat://app',
  ])('refuses a state-changing call from the Origin %j, even with the key', async (origin) => {
    const reply = await setup({ origin: origin.replace('PORT', String(host.port)) });
    expect(reply.status).toBe(403);
    expect(await app.call('office:get', {})).toBeNull();
  });

  it('refuses a call a browser marks as cross-site, even with the key and no Origin', async () => {
    expect((await setup({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await setup({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect(await app.call('office:get', {})).toBeNull();
  });

  it('accepts its own page, by either loopback name', async () => {
    const reply = await setup({
      origin: `http://localhost:${host.port}`,
      host: `localhost:${host.port}`,
      'sec-fetch-site': 'same-origin',
    });
    expect(reply.status).toBe(200);
  });

  it('sends no CORS headers and refuses a preflight', async () => {
    const preflight = await send({
      method: 'OPTIONS',
      path: '/ipc/office:setup',
      headers: {
        host: own(),
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-legat-key, content-type',
      },
    });
    expect(preflight.status).toBe(405);
    const page = await send({ path: '/', headers: { host: own(), origin: 'http://evil.example' } });
    for (const reply of [preflight, page]) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('serves the page with a fresh style nonce, the strict CSP and the other security headers', async () => {
    const page = await send({ path: '/', headers: { host: own() } });
    const nonce = /content="([^"]+)"/.exec(page.body)?.[1] ?? '';
    expect(nonce).not.toBe('LEGAT_NONCE_PLACEHOLDER');
    expect(nonce.length).toBeGreaterThanOrEqual(24);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
