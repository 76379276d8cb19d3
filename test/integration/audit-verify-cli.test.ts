import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, provisionTestKeyStore, type TestApp } from '../support/test-app';

const PASSPHRASE = 'a long enough office passphrase';

const CLI = fileURLToPath(new URL('../../electron/host/audit-verify-cli.ts', import.meta.url));

/** The CLI from its source (the build is not needed for the unit run), as `npm run audit:verify` runs it. */
function verify(dataDir: string, passphrase = PASSPHRASE) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--data-dir', dataDir, '--passphrase', passphrase], {
    encoding: 'utf8',
  });
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

  it('exits 2 where there is no database', () => {
    expect(verify(`${app.dataDir}/nowhere`).code).toBe(2);
  });
});
