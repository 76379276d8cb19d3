import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type * as NodeFs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/**
 * Every file route of the browser-mode host meets a full disk or a data folder it cannot write with
 * DISK_FULL / READ_ONLY and a message, keeps nothing and keeps running. The faults are injected in
 * node:fs (the write stream fails after some bytes, mkdir is refused), because the tests run as root,
 * for whom chmod stops nothing; a real read-only folder is a read-only bind mount where the machine
 * allows one; a full database is SQLite's max_page_count.
 */
const fault = vi.hoisted(() => ({
  write: null as null | { code: string; after: number },
  mkdir: null as null | string,
}));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof NodeFs>();
  const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  const createWriteStream = ((file: string, options?: unknown) => {
    const inner = real.createWriteStream(file, options as never);
    if (!fault.write) return inner;
    const { code, after } = fault.write;
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        if (written > after) done(failure(code));
        else inner.write(chunk, done);
      },
      final(done) {
        inner.end(done);
      },
      destroy(error, done) {
        inner.destroy();
        done(error);
      },
    });
  }) as typeof real.createWriteStream;
  const mkdirSyncFaulty = ((dir: string, options?: unknown) => {
    if (fault.mkdir && !String(dir).includes('logs')) throw failure(fault.mkdir);
    return real.mkdirSync(dir, options as never);
  }) as typeof real.mkdirSync;
  const patched = { createWriteStream, mkdirSync: mkdirSyncFaulty };
  return { ...real, ...patched, default: { ...real, ...patched } };
});

const { startHost } = await import('../../electron/host/server');
const { createDispatch } = await import('../../electron/ipc/dispatch');

let app: TestApp;
let host: Awaited<ReturnType<typeof startHost>>;
let rendererDir: string;

beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
  host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
});
afterEach(async () => {
  fault.write = null;
  fault.mkdir = null;
  await host.close();
  app.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

function put(route: string, body: Buffer, fileName: string) {
  return new Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string } } }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'PUT',
          path: route,
          headers: {
            host: `127.0.0.1:${host.port}`,
            'x-legat-key': host.key,
            'x-legat-session': app.ctx.session.token() ?? '',
            'x-legat-filename': encodeURIComponent(fileName),
            'content-length': String(body.length),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }));
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

function get(route: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const sep = route.includes('?') ? '&' : '?';
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `${route}${sep}key=${host.key}&session=${app.ctx.session.token() ?? ''}`,
        headers: { host: `127.0.0.1:${host.port}` },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const storedFiles = () =>
  readdirSync(app.dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /[\\/](files|staging)([\\/]|$)/.test(path.join(e.parentPath, e.name)))
    .map((e) => e.name);

const MIB = Buffer.alloc(1024 * 1024, 'evidence ');
const ROUTES = [
  ['/files/upload', 'scan.pdf'],
  ['/files/bundle', 'case.legat'],
] as const;

describe('file routes on a failing disk', () => {
  it.each(ROUTES)('%s: a disk that fills half-way answers 507 DISK_FULL and keeps nothing', async (route, name) => {
    fault.write = { code: 'ENOSPC', after: 64 * 1024 };
    const reply = await put(route, MIB, name);
    expect(reply.status).toBe(507);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: /disk .* is full/ } });
    expect(storedFiles()).toEqual([]);
    fault.write = null;
    expect((await put(route, MIB, name)).status).toBe(200);
  });

  it.each(ROUTES)('%s: a folder that cannot be created (EACCES) answers 503 READ_ONLY', async (route, name) => {
    fault.mkdir = 'EACCES';
    const reply = await put(route, MIB, name);
    expect(reply.status).toBe(503);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: /cannot write/ } });
    expect(storedFiles()).toEqual([]);
  });

  it.each(ROUTES)('%s: a read-only file system (EROFS on write) answers 503 READ_ONLY', async (route, name) => {
    fault.write = { code: 'EROFS', after: 0 };
    const reply = await put(route, MIB, name);
    expect(reply.status).toBe(503);
    expect(reply.body.error?.code).toBe('READ_ONLY');
  });

  it('a read-only bind mount over the data folder answers READ_ONLY on both upload routes', async (context) => {
    const files = path.join(app.dataDir, 'files');
    const staging = path.join(app.dataDir, 'staging');
    mkdirSync(files, { recursive: true });
    mkdirSync(path.join(staging, 'uploads'), { recursive: true });
    const mounted: string[] = [];
    try {
      for (const dir of [files, staging]) {
        execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
        mounted.push(dir);
        execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' });
      }
    } catch {
      for (const dir of mounted.reverse()) execFileSync('umount', [dir]);
      console.log(
        'Skipped: this machine allows no bind mount (needs root with CAP_SYS_ADMIN); EROFS is injected above.',
      );
      context.skip();
      return;
    }
    try {
      for (const [route, name] of ROUTES) {
        const reply = await put(route, MIB, name);
        expect(reply.status, JSON.stringify(reply.body)).toBe(503);
        expect(reply.body.error?.code).toBe('READ_ONLY');
      }
    } finally {
      for (const dir of mounted.reverse()) execFileSync('umount', [dir]);
    }
  });

  it('a full database (max_page_count) refuses the download record with DISK_FULL, and the host keeps serving', async () => {
    const { id: caseId } = await app.call('case:create', CASE);
    const uploaded = await put('/files/upload', Buffer.from('the evidence'), 'note.txt');
    const staged = uploaded.body as unknown as { data: { token: string } };
    const attachment = await app.call('attachment:add', {
      caseId,
      requestId: null,
      token: staged.data.token,
      kind: 'evidence',
      description: '',
    });
    // A scratch table takes every page left under the cap, so the next audit row has no room.
    const sqlite = app.ctx.db.sqlite;
    sqlite.exec('CREATE TABLE scratch_fill (bytes BLOB)');
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    const fill = sqlite.prepare('INSERT INTO scratch_fill VALUES (randomblob(?))');
    for (const size of [65536, 4096, 512, 64, 1]) {
      try {
        for (;;) fill.run(size);
      } catch (error) {
        expect(error).toMatchObject({ code: 'SQLITE_FULL' });
      }
    }
    // The audit table's own last page may still hold a few rows: download until it has none.
    let download = await get(`/files/attachment/${attachment.id}`);
    for (let tries = 0; download.status === 200 && tries < 200; tries++) {
      expect(download.text).toBe('the evidence');
      download = await get(`/files/attachment/${attachment.id}`);
    }
    expect(download.status).toBe(507);
    expect(JSON.parse(download.text)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const exported = await app.raw('audit:export', {});
    expect(exported).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(readdirSync(path.join(app.dataDir, 'exports'))).toEqual([]);
    expect((await get('/index.html')).status).toBe(200);
  });
});
