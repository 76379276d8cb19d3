import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { closeApp, openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { migrationsBefore } from '../support/migrations';
import { fixedClock, MIGRATIONS_DIR, TEST_DATA_KEY } from '../support/test-app';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-0006-'));
  temps.push(dir);
  return dir;
};

const migrationsBefore0006 = () => migrationsBefore(tempDir(), '0006');

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

it('indexes the names of files registered before migration 0006 under their case or request', () => {
  const dataDir = tempDir();
  const before = open(dataDir, migrationsBefore0006());
  const db = before.db.sqlite;
  db.prepare(
    "INSERT INTO cases (id, reference, title, offence_category, status, priority, opened_on, created_at, updated_at) VALUES (1, 'LGT-2026-0001', 'C', 'fraud', 'open', 'normal', '2026-01-02', 'x', 'x')",
  ).run();
  db.prepare(
    "INSERT INTO requests (id, case_id, channel, direction, title, counterpart_country, urgency, status, created_at, updated_at) VALUES (1, 1, 'mla', 'outgoing', 'R', 'US', 'routine', 'draft', 'x', 'x')",
  ).run();
  const file = db.prepare(
    "INSERT INTO attachments (uuid, case_id, request_id, sha256, size, original_name, media_type, description, kind, added_at) VALUES (?, 1, ?, ?, 1, ?, 'application/pdf', ?, 'document', 'x')",
  );
  file.run('u-1', null, 'a'.repeat(64), 'apostille.pdf', 'Hague certificate');
  file.run('u-2', 1, 'b'.repeat(64), 'rogatory-letter.pdf', '');
  closeApp(before);

  const after = open(dataDir, MIGRATIONS_DIR);
  const match = (q: string) =>
    after.db.sqlite.prepare('SELECT type, row_id AS id FROM search_index WHERE search_index MATCH ?').all(q);
  expect(match('hague')).toEqual([{ type: 'case', id: 1 }]);
  expect(match('rogatory')).toEqual([{ type: 'request', id: 1 }]);
  closeApp(after);
});
