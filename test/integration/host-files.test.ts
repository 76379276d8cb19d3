import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createDispatch } from '../../electron/ipc/dispatch';
import { MIB } from '../../shared/domain/file-size';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let host: RunningHost;
let rendererDir: string;
let caseId: number;

beforeEach(async () => {
  app = openTestApp();
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
});
afterEach(async () => {
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends `chunks` one after another; without a length the body goes chunked, as a stream of unknown size. */
function send(options: {
  method: string;
  path: string;
  headers?: Record<string, string>;
  chunks?: Buffer[];
  withLength?: boolean;
}): Promise<Reply> {
  const chunks = options.chunks ?? [];
  const length = chunks.reduce((n, c) => n + c.length, 0);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method,
        path: options.path,
        headers: {
          host: `127.0.0.1:${host.port}`,
          // Signed in (the test app opened with its key); the tests of the lock are in auth-host.test.ts.
          'x-legat-session': app.ctx.session.token() ?? '',
          ...(options.withLength === false ? {} : { 'content-length': String(length) }),
          ...options.headers,
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const upload = (chunks: Buffer[], headers: Record<string, string> = {}, withLength = true) =>
  send({
    method: 'PUT',
    path: '/files/upload',
    headers: {
      'x-legat-key': host.key,
      'x-legat-filename': encodeURIComponent('Réponse fournisseur.pdf'),
      'content-type': 'application/pdf',
      ...headers,
    },
    chunks,
    withLength,
  });
const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8')) as Record<string, unknown>;
const blobsStored = () => {
  const root = path.join(app.dataDir, 'files', 'sha256');
  return existsSync(root) ? readdirSync(root, { recursive: true }).filter((f) => String(f).length > 60) : [];
};

describe('local host: files', () => {
  it('streams an upload into the store and the same bytes back as a download', async () => {
    const chunks = Array.from({ length: 8 }, (_, i) => Buffer.alloc(128 * 1024, i));
    const whole = Buffer.concat(chunks);
    const sha256 = createHash('sha256').update(whole).digest('hex');
    const reply = await upload(chunks);
    expect(reply.status).toBe(200);
    const staged = json(reply) as { ok: true; data: { token: string; sha256: string; size: number; name: string } };
    expect(staged).toMatchObject({ ok: true, data: { sha256, size: whole.length, name: 'Réponse fournisseur.pdf' } });

    const added = await app.call('attachment:add', { caseId, token: staged.data.token, kind: 'evidence' });
    const download = await send({
      method: 'GET',
      path: `/files/attachment/${added.id}?key=${host.key}&session=${app.ctx.session.token()}`,
    });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-length']).toBe(String(whole.length));
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="R_ponse fournisseur.pdf"; filename*=UTF-8''R%C3%A9ponse%20fournisseur.pdf`,
    );
    expect(download.headers['x-legat-sha256']).toBe(sha256);
    expect(download.body.equals(whole)).toBe(true);
    const copies = app.ctx.db.sqlite.prepare("SELECT details FROM audit_log WHERE action = 'attachment.copy'").all();
    expect(copies).toHaveLength(1);
  });

  it('refuses uploads and downloads without the key, with a wrong key, or from another origin', async () => {
    expect((await upload([Buffer.from('x')], { 'x-legat-key': '' })).status).toBe(403);
    expect((await upload([Buffer.from('x')], { 'x-legat-key': 'guess' })).status).toBe(403);
    expect((await upload([Buffer.from('x')], { origin: 'http://evil.example' })).status).toBe(403);
    expect(blobsStored()).toEqual([]);

    const staged = json(await upload([Buffer.from('secret evidence')])) as { data: { token: string } };
    const added = await app.call('attachment:add', { caseId, token: staged.data.token, kind: 'evidence' });
    expect((await send({ method: 'GET', path: `/files/attachment/${added.id}` })).status).toBe(403);
    expect((await send({ method: 'GET', path: `/files/attachment/${added.id}?key=guess` })).status).toBe(403);
    expect(
      (await send({ method: 'GET', path: `/files/attachment/999?key=${host.key}&session=${app.ctx.session.token()}` }))
        .status,
    ).toBe(404);
    expect((await send({ method: 'POST', path: '/files/upload', headers: { 'x-legat-key': host.key } })).status).toBe(
      405,
    );
  });

  it('answers an oversize upload with 413 and a message naming the limit, whether announced or streamed', async () => {
    await app.call('settings:update', { attachmentMaxBytes: MIB });
    const tooBig = [Buffer.alloc(MIB), Buffer.alloc(1)];
    for (const withLength of [true, false]) {
      const reply = await upload(tooBig, {}, withLength);
      expect(reply.status).toBe(413);
      expect(json(reply)).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'The file is larger than the limit of 1 MiB set in Settings; nothing was kept.',
          issues: [{ path: ['file'], message: 'validation.attachment.tooLarge' }],
        },
      });
    }
    expect(blobsStored()).toEqual([]);
    expect(readdirSync(path.join(app.dataDir, 'files', 'incoming'))).toEqual([]);
    expect((await upload([Buffer.alloc(MIB)])).status).toBe(200);
  });

  it('keeps nothing of an upload the page abandons half-way', async () => {
    const incoming = path.join(app.dataDir, 'files', 'incoming');
    const partials = () => (existsSync(incoming) ? readdirSync(incoming) : []);
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'PUT',
      path: '/files/upload',
      headers: {
        host: `127.0.0.1:${host.port}`,
        'x-legat-key': host.key,
        'x-legat-session': app.ctx.session.token() ?? '',
        'x-legat-filename': 'half.bin',
        'content-length': String(4 * MIB),
      },
    });
    const closed = new Promise<void>((resolve) => req.on('close', () => resolve()));
    req.on('error', () => {});
    req.write(Buffer.alloc(2 * MIB));
    // Wait for the bytes to be landing in the store's temp file, then the page goes away.
    await vi.waitFor(() => expect(partials()).toHaveLength(1));
    req.destroy();
    await closed;
    await vi.waitFor(() => expect(partials()).toEqual([]));
    expect(blobsStored()).toEqual([]);
  });
});
