import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rewriteChain } from '../support/rewrite-chain';
import {
  CASE,
  OFFICE_PROFILE,
  openTestApp,
  provisionTestKeyStore,
  RUN_SOURCE,
  type TestApp,
} from '../support/test-app';

const PASSPHRASE = 'a long enough office passphrase';

const CLI = fileURLToPath(new URL('../../electron/host/audit-verify-cli.ts', import.meta.url));

/** The CLI from its source (the build is not needed for the unit run), as `npm run audit:verify` runs it. */
function verify(dataDir: string, passphrase = PASSPHRASE, extra: string[] = []) {
  const run = spawnSync(
    process.execPath,
    ['--import', RUN_SOURCE, CLI, '--data-dir', dataDir, '--passphrase', passphrase, ...extra],
    { encoding: 'utf8' },
  );
  return { code: run.status, out: run.stdout + run.stderr };
}

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
  await app.call('case:create', CASE);
  await app.call('case:create', { ...CASE, title: 'Second' });
  await provisionTestKeyStore(app.dataDir, PASSPHRASE);
});
afterEach(() => app.close());

describe('audit:verify CLI', () => {
  it('says the chain holds and exits 0', () => {
    expect(verify(app.dataDir)).toEqual({ code: 0, out: 'Audit chain OK: 3 rows verified.\n' });
  });

  it('prints the broken row and exits 1', () => {
    app.ctx.db.sqlite.prepare("UPDATE audit_log SET actor = 'Someone else' WHERE id = 2").run();
    const result = verify(app.dataDir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Audit chain BROKEN at row 2: content_changed');
  });

  it('refuses to check an encrypted database without a passphrase that opens it', () => {
    const result = verify(app.dataDir, 'not the passphrase at all');
    expect(result).toEqual({ code: 2, out: "That passphrase opens no key in this data folder's key store.\n" });
  });

  it('with --anchor: passes an intact chain, and fails a rewritten one naming the anchored row', async () => {
    const printed = await app.call('audit:anchor', {});
    const anchorFile = path.join(app.dataDir, 'printed.anchor.json');
    writeFileSync(anchorFile, printed.json);
    expect(verify(app.dataDir, PASSPHRASE, ['--anchor', anchorFile])).toMatchObject({ code: 0 });
    rewriteChain(app.ctx.db.sqlite, 2, 'Someone else');
    const result = verify(app.dataDir, PASSPHRASE, ['--anchor', anchorFile]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Audit chain OK');
    expect(result.out).toContain(`FAILED: Row ${printed.lastId} no longer has the hash anchored`);
  });

  it('exits 2 where there is no database', () => {
    expect(verify(`${app.dataDir}/nowhere`).code).toBe(2);
  });
});
