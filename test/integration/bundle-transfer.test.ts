import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buffer } from 'node:stream/consumers';
import { openBlob } from '../../electron/core/files/blob-store';
import { SAMPLE_OFFICE } from '../../electron/core/samples/sample-records';
import { attach, caseCount, downloadedCopy, exportedBytes, exportsOf, uploadBundle } from '../support/bundles';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.close()));

async function sender(): Promise<TestApp> {
  const app = openTestApp();
  apps.push(app);
  await app.call('office:loadSample', {});
  return app;
}

async function receiver(): Promise<TestApp> {
  const app = openTestApp();
  apps.push(app);
  await app.call('office:setup', { ...OFFICE_PROFILE, name: 'Headquarters desk', officers: SAMPLE_OFFICE.officers });
  return app;
}

const firstCase = (app: TestApp) =>
  (app.ctx.db.sqlite.prepare('SELECT id FROM cases ORDER BY id LIMIT 1').get() as { id: number }).id;

describe('case bundles between two installations', () => {
  it('carries a case with its files to another office, verified, and only once its signer is trusted', async () => {
    const from = await sender();
    const caseId = firstCase(from);
    const evidence = Buffer.from('%PDF-1.7 provider response, subscriber records\n'.repeat(200));
    const added = await attach(from, caseId, evidence, 'provider-response.pdf');

    const exported = await from.call('bundle:export', { jobId: randomUUID(), caseIds: [caseId] });
    expect(exported).toMatchObject({ cases: 1, attachments: 1, encrypted: false });
    expect((await exportedBytes(exported.path)).subarray(0, 2).toString()).toBe('PK');
    const audit = from.ctx.db.sqlite.prepare("SELECT details FROM audit_log WHERE action = 'bundle.export'").get() as {
      details: string;
    };
    expect(JSON.parse(audit.details)).toMatchObject({ bundleSha256: exported.sha256 });

    const to = await receiver();
    const preview = await to.call('bundle:inspect', {
      source: { kind: 'upload', token: uploadBundle(to, await downloadedCopy(exported.path)) },
    });
    expect(preview.signer).toMatchObject({ trusted: false, own: false });
    expect(preview.signer.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(preview.cases).toEqual([expect.objectContaining({ action: 'create', referenceTaken: false })]);
    expect(preview.additions).toMatchObject({ attachments: 1, attachmentBytes: evidence.length });

    // An unknown signer is refused unless the officer vouches for it; nothing is written.
    const refused = await to.raw('bundle:import', { sessionId: preview.sessionId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(refused.ok ? '' : refused.error.message).toContain(preview.signer.fingerprint);
    expect(caseCount(to)).toBe(0);

    const result = await to.call('bundle:import', { sessionId: preview.sessionId, trustSigner: true });
    expect(result).toMatchObject({ attachments: 1 });
    const imported = await to.call('attachment:list', { caseId: result.cases[0]!.id });
    expect(imported.items[0]).toMatchObject({ sha256: added.sha256, originalName: 'provider-response.pdf' });
    expect((await buffer(openBlob(to.dataDir, added.sha256, to.ctx.session.dataKey()))).equals(evidence)).toBe(true);
    const keys = await to.call('key:info', {});
    expect(keys.trusted.map((k) => k.fingerprint)).toEqual([preview.signer.fingerprint]);
    const importAudit = to.ctx.db.sqlite
      .prepare("SELECT details FROM audit_log WHERE action = 'bundle.import'")
      .get() as { details: string };
    expect(JSON.parse(importAudit.details)).toMatchObject({
      bundleSha256: exported.sha256,
      signer: preview.signer.fingerprint,
    });

    // Deadlines were computed for the imported requests.
    const deadlines = to.ctx.db.sqlite.prepare('SELECT count(*) AS n FROM request_deadlines').get() as { n: number };
    const senderDeadlines = from.ctx.db.sqlite
      .prepare('SELECT count(*) AS n FROM request_deadlines WHERE case_id = ?')
      .get(caseId) as { n: number };
    expect(deadlines.n).toBe(senderDeadlines.n);
  });

  it('asks for the passphrase of an encrypted bundle and refuses a wrong one', async () => {
    const from = await sender();
    const exported = await from.call('bundle:export', {
      jobId: randomUUID(),
      caseIds: [firstCase(from)],
      passphrase: 'correct horse battery staple',
    });
    expect(exported.encrypted).toBe(true);
    expect((await exportedBytes(exported.path)).subarray(0, 2).toString()).not.toBe('PK');
    const to = await receiver();
    const token = uploadBundle(to, await downloadedCopy(exported.path));
    const none = await to.raw('bundle:inspect', { source: { kind: 'upload', token } });
    expect(none).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'PASSPHRASE_REQUIRED' }] },
    });
    const wrong = await to.raw('bundle:inspect', {
      source: { kind: 'upload', token },
      passphrase: 'not the passphrase at all',
    });
    expect(wrong).toMatchObject({ ok: false, error: { issues: [{ message: 'WRONG_PASSPHRASE' }] } });
    const right = await to.call('bundle:inspect', {
      source: { kind: 'upload', token },
      passphrase: 'correct horse battery staple',
    });
    expect(right.encrypted).toBe(true);
    await to.call('bundle:import', { sessionId: right.sessionId, trustSigner: true });
    expect(caseCount(to)).toBe(1);
  });

  it('refuses a short passphrase with a clear message', async () => {
    const from = await sender();
    const short = await from.raw('bundle:export', {
      jobId: randomUUID(),
      caseIds: [firstCase(from)],
      passphrase: 'short',
    });
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['passphrase'], message: 'validation.passphraseTooShort' }] },
    });
    expect(exportsOf(from)).toEqual([]);
  });

  it('rejects a bundle whose attachment was altered, before writing anything', async () => {
    const from = await sender();
    const caseId = firstCase(from);
    const marker = 'ORIGINAL-EVIDENCE-BYTES-';
    await attach(from, caseId, Buffer.from(marker.repeat(100)), 'evidence.txt');
    const exported = await from.call('bundle:export', { jobId: randomUUID(), caseIds: [caseId] });
    const downloaded = await downloadedCopy(exported.path);
    const bytes = readFileSync(downloaded);
    const at = bytes.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt8(bytes.readUInt8(at + 3) ^ 0x01, at + 3);
    writeFileSync(downloaded, bytes);
    const to = await receiver();
    const envelope = await to.raw('bundle:inspect', {
      source: { kind: 'upload', token: uploadBundle(to, downloaded) },
    });
    expect(envelope.ok).toBe(false);
    expect(envelope).toMatchObject({ ok: false, error: { issues: [{ message: 'HASH_MISMATCH' }] } });
    expect(envelope.ok ? '' : envelope.error.message).toMatch(/refused.*attachments\//);
    expect(caseCount(to)).toBe(0);
    expect(to.ctx.db.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'bundle.%'").get()).toEqual({
      n: 0,
    });
  });

  it('cancels a running export and leaves no file behind', async () => {
    const from = await sender();
    const caseId = firstCase(from);
    const chunk = Buffer.alloc(1024 * 1024, 7);
    await attach(
      from,
      caseId,
      () =>
        Readable.from(
          (function* () {
            for (let i = 0; i < 64; i += 1) yield Buffer.from(chunk.map((b) => (b + i) & 0xff));
          })(),
        ),
      'big.bin',
    );
    const jobId = randomUUID();
    const unsubscribe = from.ctx.events.subscribe((event, payload) => {
      if (event === 'progress:update' && (payload as { task: string }).task === `bundle-export:${jobId}`)
        void from.call('bundle:cancel', { jobId });
    });
    const envelope = await from.raw('bundle:export', { jobId, caseIds: [caseId] });
    unsubscribe();
    expect(envelope.ok ? '' : envelope.error.message).toMatch(/cancelled/);
    expect(exportsOf(from)).toEqual([]);
    expect(
      from.ctx.db.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'bundle.export'").get(),
    ).toEqual({ n: 0 });
  });

  it('recognises its own bundle coming back and changes nothing', async () => {
    const from = await sender();
    const exported = await from.call('bundle:export', { jobId: randomUUID(), caseIds: [firstCase(from)] });
    const preview = await from.call('bundle:inspect', {
      source: { kind: 'upload', token: uploadBundle(from, await downloadedCopy(exported.path)) },
    });
    expect(preview.signer).toMatchObject({ own: true, trusted: true });
    expect(new Set(preview.records.map((r) => r.action))).toEqual(new Set(['unchanged']));
    await from.call('bundle:discard', { sessionId: preview.sessionId });
    expect(existsSync(exported.path)).toBe(true);
  });

  it('reports a bundle worker that dies, and leaves no file or audit row', async () => {
    const broken = await sender();
    broken.ctx.paths.bundleWorker = fileURLToPath(new URL('../support/broken-worker.mjs', import.meta.url));
    const envelope = await broken.raw('bundle:export', { jobId: randomUUID(), caseIds: [firstCase(broken)] });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(exportsOf(broken)).toEqual([]);
    expect(
      broken.ctx.db.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'bundle.export'").get(),
    ).toEqual({ n: 0 });
  });
});
