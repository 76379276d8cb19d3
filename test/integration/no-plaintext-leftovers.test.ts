import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeApp } from '../../electron/core/open-app';
import { startHost } from '../../electron/host/server';
import { createDispatch } from '../../electron/ipc/dispatch';
import { CASE, OFFICE_PROFILE, openTestApp } from '../support/test-app';

/**
 * "Everything Legat keeps is encrypted on disk": after every export, import, backup and download path
 * of browser mode has run, and the app has stopped, no canary text put into any kind of record or
 * file is found anywhere in the data folder, in UTF-8 or UTF-16LE.
 */
const CANARY = {
  case: 'CANARY-CASE-Qx7vT',
  request: 'CANARY-REQUEST-Lm3pZ',
  contact: 'CANARY-CONTACT-Hd8wK',
  identifier: 'canary-identifier-Rb2s@example.org',
  attachmentName: 'CANARY-ATTACHMENT-NAME-Ye5n',
  attachmentContent: 'CANARY-ATTACHMENT-CONTENT-Wc4j',
  notes: 'CANARY-NOTES-Gt9f',
  refusedUpload: 'CANARY-REFUSED-UPLOAD-Pk6d',
};

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every file holding a canary, with which one and in which encoding. */
function hits(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const [kind, text] of Object.entries(CANARY)) {
      if (bytes.includes(Buffer.from(text, 'utf8'))) found.push(`${kind} (UTF-8) in ${path.relative(dir, file)}`);
      if (bytes.includes(Buffer.from(text, 'utf16le'))) found.push(`${kind} (UTF-16LE) in ${path.relative(dir, file)}`);
    }
  }
  return found;
}

describe('nothing readable left in the data folder', () => {
  it('holds no canary after every export, import, backup and download path, once the app has stopped', async () => {
    const app = openTestApp();
    const dataDir = app.dataDir;
    cleanup.push(dataDir);
    const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'legat-renderer-'));
    cleanup.push(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Legat</title>');
    const host = await startHost({ ctx: app.ctx, dispatch: createDispatch(app.ctx), rendererDir, port: 0 });
    const token = () => app.ctx.session.token() ?? '';

    const http = (method: string, route: string, headers: Record<string, string> = {}, body?: Buffer) =>
      new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
        const query = method === 'GET' ? `${route.includes('?') ? '&' : '?'}key=${host.key}&session=${token()}` : '';
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            method,
            path: `${route}${query}`,
            headers: {
              host: `127.0.0.1:${host.port}`,
              'x-legat-key': host.key,
              'x-legat-session': token(),
              ...headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const upload = async (route: string, name: string, content: Buffer) => {
      const reply = await http('PUT', route, { 'x-legat-filename': encodeURIComponent(name) }, content);
      expect(reply.status).toBe(200);
      return (JSON.parse(reply.body.toString()) as { data: { token: string } }).data.token;
    };
    /** Downloads an export and checks it carries the canary (so the export itself is not empty). */
    const download = async (downloadPath: string | null, expected: string | null) => {
      expect(downloadPath).not.toBeNull();
      const reply = await http('GET', downloadPath!);
      expect(reply.status).toBe(200);
      if (expected) expect(reply.body.includes(Buffer.from(expected))).toBe(true);
      return reply.body;
    };

    await app.call('office:setup', OFFICE_PROFILE);
    const created = await app.call('case:create', { ...CASE, title: CANARY.case, summary: CANARY.notes });
    await app.call('identifier:add', {
      caseId: created.id,
      identifier: { kind: 'email', value: CANARY.identifier },
    } as never);
    await app.call('request:create', {
      caseId: created.id,
      channel: 'mla',
      title: CANARY.request,
      counterpartCountry: 'US',
    });
    const contact = await app.call('contact:create', {
      kind: 'liaison_officer',
      name: CANARY.contact,
      country: 'US',
      notes: CANARY.notes,
    } as never);
    const staged = await upload('/files/upload', `${CANARY.attachmentName}.txt`, Buffer.from(CANARY.attachmentContent));
    const attachment = await app.call('attachment:add', {
      caseId: created.id,
      requestId: null,
      token: staged,
      kind: 'evidence',
      description: CANARY.notes,
    });

    // Every way data leaves: attachment download, bundle (plain and protected), audit CSV, vCard, backups.
    await download(`/files/attachment/${attachment.id}`, CANARY.attachmentContent);
    const plain = await app.call('bundle:export', { jobId: randomUUID(), caseIds: [created.id] });
    // Waiting for its download, the bundle is sealed from its first byte on disk; the download is the
    // bundle itself, the one its recorded SHA-256 names.
    const waiting = readFileSync(plain.path);
    expect(waiting.subarray(0, 8).toString('latin1')).toBe('LEGATBLB');
    expect(waiting.includes(Buffer.from(CANARY.attachmentContent))).toBe(false);
    const plainBytes = await download(plain.downloadPath, null);
    expect(plainBytes.length).toBe(plain.size);
    expect(createHash('sha256').update(plainBytes).digest('hex')).toBe(plain.sha256);
    const bundleFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'legat-downloaded-')), plain.fileName);
    cleanup.push(path.dirname(bundleFile));
    writeFileSync(bundleFile, plainBytes);
    const locked = await app.call('bundle:export', {
      jobId: randomUUID(),
      caseIds: [created.id],
      passphrase: 'correct horse battery staple',
    });
    await download(locked.downloadPath, null);
    await download((await app.call('audit:export', {})).downloadPath, CANARY.attachmentName);
    await download((await app.call('vcard:export', { scope: 'contact', id: contact.id })).downloadPath, CANARY.contact);
    await download((await app.call('backup:copyTo', {})).downloadPath, null);
    await app.call('backup:create', {});
    // An export never fetched (the tab was closed) waits sealed, and goes at the next start.
    await app.call('audit:export', {});

    // Imports: our own bundle back (inspected, imported), a refused one, and one whose preview is abandoned.
    const back = await upload('/files/bundle', plain.fileName, plainBytes);
    const preview = await app.call('bundle:inspect', { source: { kind: 'upload', token: back } });
    await app.call('bundle:import', { sessionId: preview.sessionId, choices: {} });
    const hostile = await upload(
      '/files/bundle',
      'hostile.legat',
      Buffer.from(`PK\u0003\u0004${CANARY.refusedUpload}`),
    );
    expect(await app.raw('bundle:inspect', { source: { kind: 'upload', token: hostile } })).toMatchObject({
      ok: false,
    });
    const again = await upload('/files/bundle', plain.fileName, plainBytes);
    await app.call('bundle:inspect', { source: { kind: 'upload', token: again } });

    expect(readFileSync(bundleFile).includes(Buffer.from(CANARY.attachmentContent))).toBe(true);
    await host.close();
    // Stopping the app and starting it again: what the previous run left (the open preview) goes.
    closeApp(app.reopen().ctx);
    expect(hits(dataDir)).toEqual([]);
    expect(filesUnder(dataDir).length).toBeGreaterThan(0);
  });
});
