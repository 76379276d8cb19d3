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
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-0014-'));
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

it('gives requests recorded before migration 0014 the outcome their steps recorded, closed or undone', () => {
  const dataDir = tempDir();
  const before = open(dataDir, migrationsBefore(tempDir(), '0014'));
  const db = before.db.sqlite;
  db.prepare(
    "INSERT INTO cases (id, reference, title, offence_category, status, priority, opened_on, created_at, updated_at) VALUES (1, 'LGT-2026-0001', 'C', 'fraud', 'open', 'normal', '2026-01-02', 'x', 'x')",
  ).run();
  const request = db.prepare(
    "INSERT INTO requests (id, case_id, channel, direction, title, counterpart_country, urgency, status, created_at, updated_at) VALUES (?, 1, ?, 'outgoing', 'R', 'US', 'routine', ?, 'x', 'x')",
  );
  let eventId = 0;
  const step = (requestId: number, from: string, to: string, undone = false) => {
    eventId += 1;
    db.prepare(
      `INSERT INTO request_events (id, request_id, action, from_status, to_status, occurred_at, occurred_on, time_zone,
        recorded_at, payload, before, undone_by_event_id) VALUES (?, ?, 'x', ?, ?, 'x', '2026-01-05', 'UTC', 'x', '{}', '{}', ?)`,
    ).run(eventId, requestId, from, to, undone ? 999 : null);
  };
  // 1: disclosed, then closed. 2: declined (police). 3: a disclosure that was undone, back to submitted.
  // 4: preservation confirmed, then superseded. 5: still a draft.
  request.run(1, 'provider', 'closed');
  step(1, 'draft', 'submitted');
  step(1, 'submitted', 'disclosed');
  step(1, 'disclosed', 'closed');
  request.run(2, 'police', 'declined');
  step(2, 'draft', 'sent');
  step(2, 'sent', 'declined');
  request.run(3, 'provider', 'submitted');
  step(3, 'draft', 'submitted');
  step(3, 'submitted', 'disclosed', true);
  request.run(4, 'provider', 'superseded');
  step(4, 'draft', 'submitted');
  step(4, 'submitted', 'preserved');
  step(4, 'preserved', 'superseded');
  request.run(5, 'mla', 'draft');
  closeApp(before);

  const after = open(dataDir, MIGRATIONS_DIR);
  const outcomes = after.db.sqlite.prepare('SELECT id, outcome FROM requests ORDER BY id').all();
  closeApp(after);
  expect(outcomes).toEqual([
    { id: 1, outcome: 'fulfilled' },
    { id: 2, outcome: 'refused' },
    { id: 3, outcome: null },
    { id: 4, outcome: 'preserved' },
    { id: 5, outcome: null },
  ]);
});
