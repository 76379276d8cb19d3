import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createDispatch } from '../../electron/ipc/dispatch';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/**
 * Any web page the officer opens can send requests to the browser-mode host. Whatever arrives (a
 * malformed request line, a bad escape, an invalid target, odd headers or bodies, with or without the
 * key), the host answers with a status, keeps serving, and changes nothing.
 */
let app: TestApp;
let host: RunningHost;
let rendererDir: string;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  await app.call('case:create', CASE);
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** Every row of every table, hashed: any write by a fuzzed request changes it. */
function databaseDigest(): string {
  const sqlite = app.ctx.db.sqlite;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) {
    hash.update(name);
    hash.update(
      JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).raw().all(), (_k, v: unknown) =>
        typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('hex') : v,
      ),
    );
  }
  return hash.digest('hex');
}

/** Writes raw bytes and reads what comes back until the host closes or goes quiet. */
function exchange(raw: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(host.port, '127.0.0.1');
    let received = '';
    let quiet: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(quiet);
      socket.destroy();
      resolve(received);
    };
    const idle = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, 400);
    };
    socket.on('connect', () => {
      socket.end(raw);
      idle();
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      idle();
    });
    socket.on('error', finish);
    socket.on('close', finish);
  });
}

const TARGETS = [
  '/',
  '/index.html',
  '/%E0',
  '/%',
  '//[',
  'http://[',
  'http://127.0.0.1/',
  '*',
  '/ipc/%E0%A4%A',
  '/ipc/case:create',
  '/ipc/contact:create',
  '/ipc/request:create',
  '/ipc/no:such',
  '/files/upload',
  '/files/bundle',
  '/files/export/%ff',
  '/files/export/x.legat',
  '/files/attachment/1',
  '/files/attachment/%E0',
  '/events',
  '/assets/../../etc/passwd',
  '/index.html%00.js',
];

const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

const request = fc.record({
  method: fc.oneof(
    fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', 'OPTIONS', 'DELETE', 'PATCH', 'TRACE'),
    token,
    anyText,
  ),
  target: fc.oneof(
    fc.constantFrom(...TARGETS),
    fc.tuple(fc.constantFrom(...TARGETS), anyText).map(([base, tail]) => base + tail),
    anyText,
  ),
  version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/1.1 extra', ''),
  withKey: fc.boolean(),
  withSession: fc.boolean(),
  hostHeader: fc.constantFrom('own', 'evil.example', '', 'none'),
  extraHeaders: fc.array(fc.tuple(fc.oneof(token, anyText), anyText), { maxLength: 4 }),
  contentLength: fc.oneof(fc.constant('auto'), fc.constant('none'), fc.nat({ max: 5000 }).map(String), anyText),
  body: fc.oneof(
    fc.constant(''),
    anyText,
    fc.json({ maxDepth: 3 }),
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  ),
});

type FuzzedRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function rawRequest(r: FuzzedRequest): Buffer {
  const body = Buffer.from(r.body, 'latin1');
  const query = r.withKey ? `${r.target.includes('?') ? '&' : '?'}key=${host.key}` : '';
  const session = app.ctx.session.token() ?? '';
  const lines = [`${r.method} ${r.target}${query}${r.version ? ` ${r.version}` : ''}`];
  if (r.hostHeader === 'own') lines.push(`Host: 127.0.0.1:${host.port}`);
  else if (r.hostHeader !== 'none') lines.push(`Host: ${r.hostHeader}`);
  if (r.withKey) lines.push(`x-legat-key: ${host.key}`);
  if (r.withSession) lines.push(`x-legat-session: ${session}`);
  for (const [name, value] of r.extraHeaders) lines.push(`${name}: ${value}`);
  if (r.contentLength === 'auto') lines.push(`Content-Length: ${body.length}`);
  else if (r.contentLength !== 'none') lines.push(`Content-Length: ${r.contentLength}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

/** The status and body of the first response in what came back (chunked bodies decoded). */
function parsed(reply: string): { status: number; body: string } | null {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(reply);
  if (!match) return null;
  const split = reply.indexOf('\r\n\r\n');
  if (split < 0) return { status: Number(match[1]), body: '' };
  const head = reply.slice(0, split);
  let rest = reply.slice(split + 4);
  if (!/^transfer-encoding: chunked$/im.test(head)) {
    const length = /^content-length: (\d+)$/im.exec(head);
    // Without a length (HTTP/1.0) the body runs to the close, or to the answer to the next request
    // the fuzzed bytes happened to hold.
    const next = rest.indexOf('HTTP/1.1 ');
    return {
      status: Number(match[1]),
      body: length ? rest.slice(0, Number(length[1])) : next >= 0 ? rest.slice(0, next) : rest,
    };
  }
  let body = '';
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, end), 16);
    if (!(size > 0)) break;
    body += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
  return { status: Number(match[1]), body };
}

describe('browser-mode host under arbitrary requests', () => {
  it('answers each with a status (an error as JSON), keeps running and changes no table', async () => {
    const before = databaseDigest();
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const reply = parsed(await exchange(rawRequest(r)));
        // The host may close a connection whose request line it cannot parse only after answering.
        expect(reply).not.toBeNull();
        answered++;
        const { status, body } = reply!;
        if (status >= 400 && r.method !== 'HEAD') {
          expect(JSON.parse(Buffer.from(body, 'latin1').toString('utf8')), `status ${status}`).toMatchObject({
            ok: false,
          });
        }
      }),
      { numRuns: 1000, seed: 16, endOnFailure: true },
    );
    expect(answered).toBe(1000);
    expect(uncaught).toEqual([]);
    expect(databaseDigest()).toBe(before);
    const alive = parsed(
      await exchange(
        Buffer.from(
          `POST /ipc/case:list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-legat-key: ${host.key}\r\n` +
            `x-legat-session: ${app.ctx.session.token() ?? ''}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        ),
      ),
    );
    expect(alive?.status).toBe(200);
    expect(alive?.body).toContain('"ok":true');
  });

  it.each([
    ['GET /%E0', 'GET /%E0 HTTP/1.1', 400],
    ['POST /ipc/%E0%A4%A', 'POST /ipc/%E0%A4%A HTTP/1.1', 400],
    ['GET /files/export/%ff', 'GET /files/export/%ff?key=KEY&session=SESSION HTTP/1.1', 404],
    ['GET //[', 'GET //[ HTTP/1.1', 400],
    ['GET http://[', 'GET http://[ HTTP/1.1', 400],
    // The renderer's files: nothing outside its folder, whatever the spelling of the way out.
    ['GET /%00', 'GET /%00 HTTP/1.1', 400],
    ['GET /index.html%00.js', 'GET /index.html%00.js HTTP/1.1', 400],
    ['GET /%E0%A4%A', 'GET /%E0%A4%A HTTP/1.1', 400],
    ['GET /%2e%2e/', 'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1', 404],
    ['GET /..%2f', 'GET /..%2f..%2fetc%2fpasswd HTTP/1.1', 403],
    ['GET /..\\', 'GET /..\\..\\etc\\passwd HTTP/1.1', 404],
    ['GET /..%5c', 'GET /..%5c..%5cetc%5cpasswd HTTP/1.1', 400],
  ])('answers %s with a JSON error, and goes on serving', async (_name, line, status) => {
    const raw = line.replace('KEY', host.key).replace('SESSION', app.ctx.session.token() ?? '');
    const reply = parsed(
      await exchange(Buffer.from(`${raw}\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`)),
    );
    expect(reply?.status).toBe(status);
    expect(JSON.parse(reply!.body)).toMatchObject({ ok: false });
    const page = parsed(
      await exchange(Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`)),
    );
    expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>Legat</title>' });
    expect(uncaught).toEqual([]);
  });
});
