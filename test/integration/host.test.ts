import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/ipc/dispatch';
import { startHost, type RunningHost } from '../../electron/host/server';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let host: RunningHost;
let rendererDir: string;

beforeEach(async () => {
  app = openTestApp();
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: {
          host: `127.0.0.1:${host.port}`,
          'x-legat-session': app.ctx.session.token() ?? '',
          ...options.headers,
        },
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

const ipc = (channel: string, body: unknown, headers: Record<string, string> = { 'x-legat-key': host.key }) =>
  send({
    method: 'POST',
    path: `/ipc/${channel}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('local host', () => {
  it('listens on loopback only and prints a URL carrying the launch key', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?key=${host.key}`);
    expect(host.key.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Legat</title>');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('runs the same dispatch as Electron when the key is presented', async () => {
    const reply = await ipc('office:setup', OFFICE_PROFILE);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { name: OFFICE_PROFILE.name } });
  });

  it('refuses calls without the key, with a wrong key, or from another origin', async () => {
    expect((await ipc('office:setup', OFFICE_PROFILE, {})).status).toBe(403);
    expect((await ipc('office:setup', OFFICE_PROFILE, { 'x-legat-key': 'guess' })).status).toBe(403);
    expect(
      (await ipc('office:setup', OFFICE_PROFILE, { 'x-legat-key': host.key, origin: 'http://evil.example' })).status,
    ).toBe(403);
    expect(await app.call('office:get', {})).toBeNull();
  });

  it('refuses a Host header that is not its own loopback address (DNS rebinding)', async () => {
    const reply = await send({ path: '/', headers: { host: `attacker.example:${host.port}` } });
    expect(reply.status).toBe(421);
  });

  it('answers malformed JSON with a validation envelope and keeps files outside the renderer private', async () => {
    const reply = await send({
      method: 'POST',
      path: '/ipc/case:create',
      headers: { 'x-legat-key': host.key },
      body: '{oops',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await send({ path: '/..%2f..%2fetc%2fpasswd' })).status).toBe(403);
  });

  it('streams main-to-renderer events to a page holding the key', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/events?key=${host.key}&session=${app.ctx.session.token() ?? ''}`,
          headers: { host: `127.0.0.1:${host.port}` },
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            if (text.includes('event: data:changed')) {
              resolve(text);
              req.destroy();
            } else if (text.includes('connected')) void ipc('office:setup', OFFICE_PROFILE);
          });
        },
      );
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    expect(await received).toContain('data: {"entities":["office",');
  });
});

describe('reminders raised before the page connects', () => {
  it('are delivered to the first page that opens the event stream', async () => {
    app.ctx.events.emit('notify:show', {
      key: 'k1',
      title: 'Overdue: answer',
      body: 'LGT-2026-0001',
      requestId: 1,
      caseId: 1,
    });
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/events?key=${host.key}&session=${app.ctx.session.token() ?? ''}`,
          headers: { host: `127.0.0.1:${host.port}` },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('event: notify:show')) {
              resolve(text);
              req.destroy();
            }
          });
        },
      );
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    expect(received).toContain('"title":"Overdue: answer"');
  });
});
