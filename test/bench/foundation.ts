/**
 * The foundation's figures (what `npm run bench` has always printed): writes, a bulk load and reads on a
 * fresh database, each set against raw SQLite doing the same work in the same run.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeApp } from '../../electron/core/open-app';
import { deadlineInputs } from '../../electron/core/deadlines/deadline-inputs';
import { refreshOpenRequests } from '../../electron/core/deadlines/refresh';
import { requireOffice } from '../../electron/core/office/office-repo';
import { mustDispatch, openBenchApp } from './archive';
import { fmt, time, timeAsync } from './stats';

const WRITES = 300;
const BULK_CASES = 10_000;
const REQUESTS_PER_CASE = 5;
/** A busy office has years of finished requests and a few hundred cases still moving. */
const OPEN_RECENT_CASES = 400;
const READS = 200;

const row = (label: string, legat: number, raw: number, unit = '') =>
  console.log(
    `${label.padEnd(44)} legat ${fmt(legat).padStart(12)}  raw ${fmt(raw).padStart(12)}  ratio ${(legat / raw).toFixed(2)}x ${unit}`,
  );

export async function runFoundation(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-bench-'));
  // Legat's database is encrypted (SQLCipher); the raw SQLite it is set against is not, so the ratios
  // below include the cipher's cost (measured on its own in encryption-bench.ts).
  const key = randomBytes(32);
  try {
    const ctx = openBenchApp(path.join(dir, 'app'), key);
    const ask = mustDispatch(ctx);
    const must = async (channel: string, input: unknown) => (await ask(channel, input)) as { id: number };
    await must('office:setup', {
      name: 'Bench',
      homeCountry: 'FR',
      hostCountry: 'US',
      timeZone: 'UTC',
      officers: [{ name: 'A' }],
    });

    // Same file settings for raw SQLite: WAL + synchronous=FULL, one transaction per user write.
    const raw = new Database(path.join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec(
      'CREATE TABLE cases (id INTEGER PRIMARY KEY, reference TEXT, title TEXT, status TEXT, opened_on TEXT, updated_at TEXT)',
    );
    const rawInsert = raw.prepare(
      'INSERT INTO cases (reference, title, status, opened_on, updated_at) VALUES (?, ?, ?, ?, ?)',
    );

    console.log(`Legat bench — node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`);
    console.log('');
    const legatWrite = await timeAsync(async () => {
      for (let i = 0; i < WRITES; i += 1) {
        await must('case:create', {
          title: `Case ${i}`,
          offenceCategory: 'fraud',
          openedOn: '2026-11-30',
          tags: ['bench'],
        });
      }
    });
    const rawWrite = time(() => {
      for (let i = 0; i < WRITES; i += 1)
        raw.transaction(() => rawInsert.run(`R-${i}`, `Case ${i}`, 'open', '2026-11-30', 'now'))();
    });
    row(`create case x${WRITES} (validated, audited, durable)`, legatWrite / WRITES, rawWrite / WRITES, 'per write');

    // Ten years of a busy office, loaded directly so the read figures have volume behind them.
    const bulk = time(() => {
      ctx.db.sqlite.transaction(() => {
        const insertCase = ctx.db.sqlite.prepare(
          "INSERT INTO cases (reference, title, offence_category, status, priority, opened_on, tags, created_at, updated_at) VALUES (?, ?, 'fraud', ?, 'normal', ?, '[]', ?, ?)",
        );
        const insertRequest = ctx.db.sqlite.prepare(
          "INSERT INTO requests (case_id, channel, direction, kind, title, counterpart_country, provider, urgency, status, finished, due_on, created_at, updated_at) VALUES (?, ?, 'outgoing', ?, ?, 'US', 'Example', 'routine', ?, ?, ?, ?, ?)",
        );
        const insertEvent = ctx.db.sqlite.prepare(
          "INSERT INTO request_events (request_id, action, from_status, to_status, occurred_at, occurred_on, time_zone, recorded_at, payload, before) VALUES (?, 'record', NULL, ?, ?, ?, 'UTC', ?, '{}', '{}')",
        );
        // Each channel recorded mid-way, at a step whose rules start a clock.
        const channels: [string, string | null, string][] = [
          ['provider', 'preservation', 'preserved'],
          ['police', 'interpol', 'sent'],
          ['rogatory', null, 'transmitted_mfa'],
          ['mla', null, 'transmitted'],
        ];
        for (let i = 0; i < BULK_CASES; i += 1) {
          const at = new Date(Date.UTC(2016, 0, 1) + i * 8.64e6 * 3.6).toISOString();
          const id = Number(
            insertCase.run(`BULK-${i}`, `Bulk case ${i}`, i % 7 === 0 ? 'closed' : 'open', at.slice(0, 10), at, at)
              .lastInsertRowid,
          );
          for (let r = 0; r < REQUESTS_PER_CASE; r += 1) {
            const [channel, kind, status] = channels[r % 4]!;
            const finished = i < BULK_CASES - OPEN_RECENT_CASES || r % 3 === 0 ? 1 : 0;
            const requestId = insertRequest.run(
              id,
              channel,
              kind,
              `Request ${i}/${r}`,
              status,
              finished,
              at.slice(0, 10),
              at,
              at,
            ).lastInsertRowid;
            insertEvent.run(requestId, status, at, at.slice(0, 10), at);
          }
        }
      })();
    });
    console.log(
      `${'bulk load'.padEnd(44)} ${BULK_CASES} cases, ${BULK_CASES * REQUESTS_PER_CASE} requests in ${fmt(bulk)}`,
    );

    const listInput = { statuses: ['open'], sortBy: 'updatedAt', sortDir: 'desc', pageSize: 50 };
    const legatList = await timeAsync(async () => {
      for (let i = 0; i < READS; i += 1) await must('case:list', { ...listInput, page: 1 + (i % 20) });
    });
    const rawListStmt = ctx.db.sqlite.prepare(
      "SELECT c.*, (SELECT count(*) FROM requests r WHERE r.case_id = c.id AND r.finished = 0) AS open_requests FROM cases c WHERE c.archived_at IS NULL AND c.status IN ('open') ORDER BY c.updated_at DESC, c.id DESC LIMIT 50 OFFSET ?",
    );
    const rawCount = ctx.db.sqlite.prepare(
      "SELECT count(*) FROM cases WHERE archived_at IS NULL AND status IN ('open')",
    );
    const rawList = time(() => {
      for (let i = 0; i < READS; i += 1) {
        rawListStmt.all((i % 20) * 50);
        rawCount.get();
      }
    });
    row('case:list page of 50 (filter + sort + count)', legatList / READS, rawList / READS, 'per call');

    const legatSearch = await timeAsync(async () => {
      for (let i = 0; i < 20; i += 1) await must('case:list', { q: `case ${9000 + i}` });
    });
    console.log(`${'case:list text filter (LIKE)'.padEnd(44)} ${fmt(legatSearch / 20)} per call`);
    for (const [label, q] of [
      ['search:query common term ("request")', 'request'],
      ['search:query rare term ("9001")', 'Bulk case 9001'],
    ] as const) {
      const took = await timeAsync(async () => {
        for (let i = 0; i < 20; i += 1) await must('search:query', { q });
      });
      console.log(`${label.padEnd(44)} ${fmt(took / 20)} per call`);
    }

    const legatDashboard = await timeAsync(async () => {
      for (let i = 0; i < 20; i += 1) await must('dashboard:get', {});
    });
    console.log(`${'dashboard:get'.padEnd(44)} ${fmt(legatDashboard / 20)} per call`);

    const inputs = deadlineInputs(ctx, requireOffice(ctx.db.orm));
    const recomputeAll = time(() => ctx.db.sqlite.transaction(() => refreshOpenRequests(ctx.db.orm, inputs))());
    const legatSweep = await timeAsync(() => must('reminder:sweep', {}));
    const open = (ctx.db.sqlite.prepare('SELECT count(*) AS n FROM requests WHERE finished = 0').get() as { n: number })
      .n;
    console.log(
      `${'recompute all deadlines (rule change, start)'.padEnd(44)} ${fmt(recomputeAll)} for ${open} open requests`,
    );
    console.log(`${'reminder:sweep (periodic: due follow-ups + notify)'.padEnd(44)} ${fmt(legatSweep)}`);

    closeApp(ctx);
    const reopen = time(() => closeApp(openBenchApp(path.join(dir, 'app'), key)));
    console.log(`${'open existing database (pragmas + checks)'.padEnd(44)} ${fmt(reopen)}`);
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
