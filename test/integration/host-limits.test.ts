import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../electron/core/file-logger';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createDispatch } from '../../electron/ipc/dispatch';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let host: RunningHost;
let rendererDir: string;

beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const signedIn = () => ({ 'x-legat-key': host.key, 'x-legat-session': app.ctx.session.token() ?? '' });

describe('request limits of the browser-mode host', () => {
  it('answers a body over 5 MiB with 413 and a message, not a reset connection, and keeps nothing', async () => {
    const title = 'x'.repeat(6 * 1024 * 1024);
    const reply = await send({
      path: '/ipc/case:create',
      headers: signedIn(),
      body: JSON.stringify({ ...CASE, title }),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: /5 MiB/ } });
    expect((await app.call('case:list', {})).total?.count).toBe(0);
  });

  it.each([
    ['a lone high surrogate', 'Fraud \uD800 ring'],
    ['a lone low surrogate', '\uDC00 at the start'],
    ['a reversed pair', 'pair \uDC00\uD800 reversed'],
  ])('refuses %s in any string as VALIDATION, over HTTP as over IPC', async (_name, title) => {
    // JSON.stringify escapes lone surrogates as \udxxx, so they reach the host intact.
    const reply = await send({
      path: '/ipc/case:create',
      headers: signedIn(),
      body: JSON.stringify({ ...CASE, title }),
    });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['title'], message: 'validation.text.loneSurrogate' }] },
    });
    const tagged = await app.raw('case:create', { ...CASE, tags: ['ok', title] });
    expect(tagged).toMatchObject({ ok: false, error: { issues: [{ path: ['tags', 1] }] } });
    expect((await app.call('case:list', {})).total?.count).toBe(0);
    // A well-formed pair (an emoji) is text like any other.
    await app.call('case:create', { ...CASE, title: 'Ransom note 😀' });
  });

  it('opens /events only with the key, this origin and the current sign-in token', async () => {
    const events = (query: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: `/events?${query}`,
            headers: { host: `127.0.0.1:${host.port}`, ...headers },
          },
          (res) => {
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', (error) =>
          error.message.includes('aborted') || error.message.includes('socket hang up') ? undefined : reject(error),
        );
        req.end();
      });
    const token = app.ctx.session.token() ?? '';
    expect(await events(`key=${host.key}`)).toBe(401);
    expect(await events(`key=${host.key}&session=wrong`)).toBe(401);
    expect(await events(`session=${token}`)).toBe(403);
    expect(await events(`key=${host.key}&session=${token}`, { origin: 'https://evil.example' })).toBe(403);
    expect(await events(`key=${host.key}&session=${token}`, { 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await events(`key=${host.key}&session=${token}`)).toBe(200);
  });
});

describe('the event stream at a lock', () => {
  it('tells the page it is locked, then ends: nothing more reaches a locked tab', async () => {
    const token = app.ctx.session.token() ?? '';
    const stream = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/events?key=${host.key}&session=${token}`,
          headers: { host: `127.0.0.1:${host.port}` },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes(': connected')) void app.raw('auth:lock', {});
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    const text = await stream;
    // The stream ended (the promise settled on 'end') after the one auth event.
    expect(text.trim().split('\n\n').at(-1)).toMatch(/^event: auth:changed\ndata: \{"state":"\w+"\}$/);
  });
});

describe('browser-mode log', () => {
  it('writes JSON lines to <data-dir>/logs/legat.log, as the desktop app does', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-log-'));
    try {
      createFileLogger(dir).warn('upload refused', { code: 'DISK_FULL' });
      const line = JSON.parse(readFileSync(path.join(dir, 'logs', 'legat.log'), 'utf8').trim()) as Record<
        string,
        unknown
      >;
      expect(line).toMatchObject({ level: 'warn', message: 'upload refused', details: { code: 'DISK_FULL' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
