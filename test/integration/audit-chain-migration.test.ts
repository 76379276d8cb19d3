import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-chain';
import { closeApp, openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { migrationsBefore } from '../support/migrations';
import { fixedClock, MIGRATIONS_DIR, TEST_DATA_KEY } from '../support/test-app';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-0007-'));
  temps.push(dir);
  return dir;
};

const open = (dataDir: string, migrationsDir: string) =>
  openApp({
    dataDir,
    migrationsDir,
    mode: 'browser',
    version: 'test',
    clock: fixedClock('2026-11-30T10:00:00Z'),
    logger: silentLogger,
    key: TEST_DATA_KEY,
  });

it('chains the audit rows written before migration 0007 and files them under their case', () => {
  const dataDir = tempDir();
  const before = open(dataDir, migrationsBefore(tempDir(), '0007'));
  const insert = before.db.sqlite.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)',
  );
  insert.run('2026-01-02T09:00:00.000Z', 'Anne', 'office.setup', 'office', 1, '{"name":"Office"}');
  insert.run('2026-01-03T09:00:00.000Z', 'Anne', 'case.create', 'case', 7, '{"reference":"LGT-2026-0007"}');
  insert.run('2026-01-04T09:00:00.000Z', null, 'settings.update', 'settings', null, '{"z":1,"a":{"c":2,"b":3}}');
  closeApp(before);

  const after = open(dataDir, MIGRATIONS_DIR);
  try {
    const db = after.db.sqlite;
    expect(after.db.backupFile).not.toBeNull();
    expect(db.prepare('SELECT case_id AS caseId FROM audit_log ORDER BY id').all()).toEqual([
      { caseId: null },
      { caseId: 7 },
      { caseId: null },
    ]);
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 3, brokenAt: null });
    const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      id: number;
      hash: string;
    };
    expect(db.prepare('SELECT last_id AS id, last_hash AS hash FROM audit_chain_head').get()).toEqual(last);
  } finally {
    closeApp(after);
  }
});
