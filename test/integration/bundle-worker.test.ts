import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleState } from '../../electron/core/bundles/bundle-state';
import { blobPath, openBlob } from '../../electron/core/files/blob-store';
import { SAMPLE_OFFICE } from '../../electron/core/samples/sample-records';
import { attach, caseCount, downloadedCopy, exportsOf, uploadBundle } from '../support/bundles';
import { BUNDLE_WORKER, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

// The app writes bundles and opens them for an import on its bundle worker: these run the real worker
// script, so what crosses the thread boundary (the derived key, the preview, progress, errors) is checked.
const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.close()));

function app(worker = BUNDLE_WORKER): TestApp {
  const opened = openTestApp();
  opened.ctx.paths.bundleWorker = worker;
  apps.push(opened);
  return opened;
}

async function exportedCase(evidence: Buffer, passphrase?: string) {
  const from = app();
  await from.call('office:loadSample', {});
  const caseId = (from.ctx.db.sqlite.prepare('SELECT min(id) AS id FROM cases').get() as { id: number }).id;
  const added = await attach(from, caseId, evidence, 'subscriber-records.pdf');
  const exported = await from.call('bundle:export', { jobId: randomUUID(), caseIds: [caseId], passphrase });
  return { file: await downloadedCopy(exported.path), sha256: added.sha256, bundleSha256: exported.sha256 };
}

async function receiver(worker?: string): Promise<TestApp> {
  const to = app(worker);
  await to.call('office:setup', { ...OFFICE_PROFILE, name: 'Headquarters desk', officers: SAMPLE_OFFICE.officers });
  return to;
}

const progressOf = (to: TestApp, prefix: string) => {
  const seen: { done: number; total: number }[] = [];
  to.ctx.events.subscribe((event, payload) => {
    const update = payload as { task: string; done: number; total: number };
    if (event === 'progress:update' && update.task.startsWith(prefix)) seen.push(update);
  });
  return seen;
};

describe('bundles through the bundle worker', () => {
  it('previews and imports an encrypted bundle, with progress, and stores its file as sent', async () => {
    const evidence = Buffer.from('%PDF-1.7 subscriber records, IP logs\n'.repeat(5000));
    const sent = await exportedCase(evidence, 'correct horse battery staple');
    const to = await receiver();
    const inspecting = progressOf(to, 'bundle-inspect:');
    const token = uploadBundle(to, sent.file);
    const wrong = await to.raw('bundle:inspect', {
      source: { kind: 'upload', token },
      passphrase: 'not the passphrase',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'WRONG_PASSPHRASE' }] },
    });

    const preview = await to.call('bundle:inspect', {
      source: { kind: 'upload', token },
      passphrase: 'correct horse battery staple',
    });
    expect(preview).toMatchObject({ encrypted: true, bundleSha256: sent.bundleSha256, signer: { trusted: false } });
    expect(preview.additions).toMatchObject({ attachments: 1, attachmentBytes: evidence.length });
    expect(inspecting.at(-1)).toMatchObject({ done: inspecting.at(-1)!.total });

    const importing = progressOf(to, 'bundle-import:');
    const result = await to.call('bundle:import', { sessionId: preview.sessionId, trustSigner: true });
    expect(result).toMatchObject({ attachments: 1 });
    expect(importing.some((p) => p.done === evidence.length)).toBe(true);
    expect((await buffer(openBlob(to.dataDir, sent.sha256, to.ctx.session.dataKey()))).equals(evidence)).toBe(true);
    expect(bundleState(to.ctx).sessions.size).toBe(0);
  });

  it('refuses a bundle whose file changed after the preview, names the file and writes nothing', async () => {
    const marker = 'ORIGINAL-EVIDENCE-BYTES-';
    const sent = await exportedCase(Buffer.from(marker.repeat(2000)));
    const to = await receiver();
    const token = uploadBundle(to, sent.file);
    const preview = await to.call('bundle:inspect', { source: { kind: 'upload', token } });
    const staged = path.join(bundleState(to.ctx).stagingDir, 'uploads', `${token}.legat`);
    const bytes = readFileSync(staged);
    const at = bytes.indexOf(marker) + 5;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    writeFileSync(staged, bytes);

    const envelope = await to.raw('bundle:import', { sessionId: preview.sessionId, trustSigner: true });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'HASH_MISMATCH' }] },
    });
    expect(envelope.ok ? '' : envelope.error.message).toContain('subscriber-records.pdf');
    expect(caseCount(to)).toBe(0);
    expect(existsSync(blobPath(to.dataDir, sent.sha256))).toBe(false);
    // The refused preview is closed with its upload: the officer opens the bundle again.
    expect(existsSync(staged)).toBe(false);
    expect(await to.raw('bundle:import', { sessionId: preview.sessionId, trustSigner: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('reports a worker that dies as it starts, and drops the upload', async () => {
    const sent = await exportedCase(Buffer.from('evidence'));
    const to = await receiver(fileURLToPath(new URL('../support/broken-worker.mjs', import.meta.url)));
    const token = uploadBundle(to, sent.file);
    const envelope = await to.raw('bundle:inspect', { source: { kind: 'upload', token } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(bundleState(to.ctx).uploads.has(token)).toBe(false);
    expect(bundleState(to.ctx).sessions.size).toBe(0);
  });

  it('cancels an encrypted export while its key is still being derived, and leaves no file', async () => {
    const from = app();
    await from.call('office:loadSample', {});
    const caseId = (from.ctx.db.sqlite.prepare('SELECT min(id) AS id FROM cases').get() as { id: number }).id;
    const jobId = randomUUID();
    const running = from.raw('bundle:export', { jobId, caseIds: [caseId], passphrase: 'correct horse battery staple' });
    // Registered once its destination is known: from then on a cancel reaches it.
    await expect.poll(() => bundleState(from.ctx).exports.has(jobId)).toBe(true);
    await from.call('bundle:cancel', { jobId });
    const envelope = await running;
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(envelope.ok ? '' : envelope.error.message).toMatch(/cancelled/);
    expect(exportsOf(from)).toEqual([]);
  });

  it('discarding a preview ends it', async () => {
    const sent = await exportedCase(Buffer.from('evidence'));
    const to = await receiver();
    const preview = await to.call('bundle:inspect', { source: { kind: 'upload', token: uploadBundle(to, sent.file) } });
    await to.call('bundle:discard', { sessionId: preview.sessionId });
    expect(await to.raw('bundle:import', { sessionId: preview.sessionId, trustSigner: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
