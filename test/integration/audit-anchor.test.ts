import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBundle } from '../../electron/core/bundles/format';
import { downloadedCopy } from '../support/bundles';
import { rewriteChain } from '../support/rewrite-chain';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  await app.call('case:create', CASE);
  await app.call('case:create', { ...CASE, title: 'Second' });
});
afterEach(() => app.close());

/** The anchor written beside a fresh backup, as an officer would hand it to `audit:verify`. */
async function anchorOfNewBackup(): Promise<string> {
  const backup = await app.call('backup:create', {});
  const file = path.join(app.dataDir, 'backups', `${backup.name}.anchor.json`);
  expect(existsSync(file)).toBe(true);
  return readFileSync(file, 'utf8');
}

describe('the audit anchor', () => {
  it('an intact chain passes against the anchor written beside a backup, and after more work', async () => {
    const anchor = await anchorOfNewBackup();
    await app.call('case:create', { ...CASE, title: 'Third' });
    const result = await app.call('audit:verify', { anchor });
    expect(result.ok).toBe(true);
    expect(result.anchor).toMatchObject({ ok: true, problem: null });
    expect(result.anchor!.lastId).toBeGreaterThan(0);
  });

  it('a chain rewritten after the anchor verifies on its own but fails against the anchor, naming the row', async () => {
    const anchor = await anchorOfNewBackup();
    const { lastId } = JSON.parse(anchor) as { lastId: number };
    rewriteChain(app.ctx.db.sqlite, 2, 'Someone else');
    // The rewrite is self-consistent: the chain alone cannot tell.
    expect((await app.call('audit:verify', {})).ok).toBe(true);
    const result = await app.call('audit:verify', { anchor });
    expect(result.ok).toBe(false);
    expect(result.anchor?.ok).toBe(false);
    expect(result.anchor?.problem).toContain(`Row ${lastId} no longer has the hash anchored`);
  });

  it('refuses a forged anchor: altered after signing, or signed by another key', async () => {
    const genuine = JSON.parse(await anchorOfNewBackup()) as Record<string, unknown>;
    rewriteChain(app.ctx.db.sqlite, 2, 'Someone else');
    const rewrittenHead = app.ctx.db.sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').get(genuine.lastId) as {
      hash: string;
    };
    // The forger puts the rewritten hash into the genuine anchor: the signature no longer matches.
    const altered = await app.call('audit:verify', {
      anchor: JSON.stringify({ ...genuine, lastHash: rewrittenHead.hash }),
    });
    expect(altered.anchor).toMatchObject({ ok: false });
    expect(altered.anchor?.problem).toMatch(/signature does not match/);
    // Or signs a new one with a key of their own: not the office's.
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const rawPublic = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
    const forged: Record<string, unknown> = { ...genuine, lastHash: rewrittenHead.hash, publicKey: rawPublic };
    const bytes = Buffer.from(
      JSON.stringify([
        forged.format,
        forged.version,
        forged.lastId,
        forged.lastHash,
        forged.rows,
        forged.at,
        rawPublic,
      ]),
    );
    forged.signature = sign(null, bytes, privateKey).toString('base64');
    const other = await app.call('audit:verify', { anchor: JSON.stringify(forged) });
    expect(other.ok).toBe(false);
    expect(other.anchor?.problem).toMatch(/signed by another key/);
    // Not an anchor at all: a clear refusal, nothing checked.
    expect(await app.raw('audit:verify', { anchor: '{"lastId": 1}' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('every bundle carries a signed anchor in its manifest, which verifies at the sending office', async () => {
    const exported = await app.call('bundle:export', { jobId: randomUUID(), caseIds: [1] });
    const bundle = await openBundle({ path: await downloadedCopy(exported.path) });
    const anchor = JSON.stringify(bundle.manifest.auditAnchor);
    await bundle.close();
    expect(JSON.parse(anchor)).toMatchObject({ format: 'legat-audit-anchor', publicKey: bundle.signer.publicKey });
    expect((await app.call('audit:verify', { anchor })).anchor?.ok).toBe(true);
    rewriteChain(app.ctx.db.sqlite, 1, 'Someone else');
    expect((await app.call('audit:verify', { anchor })).ok).toBe(false);
  });

  it('prints the anchor as text with the office key fingerprint, and the printed anchor verifies', async () => {
    const printed = await app.call('audit:anchor', {});
    const key = await app.call('key:info', {});
    expect(printed.text).toContain(`Office key fingerprint: ${printed.fingerprint}`);
    expect(printed.fingerprint).toBe(key.own.fingerprint);
    expect(printed.text).toContain(`Last row: ${printed.lastId} (${printed.rows} rows)`);
    expect((await app.call('audit:verify', { anchor: printed.json })).anchor?.ok).toBe(true);
  });
});
