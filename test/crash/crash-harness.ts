/**
 * Kills a writing process with SIGKILL at random moments and checks, after each kill, what a power
 * cut must never cost: every transaction the writer acknowledged is there, none is half there (each
 * case has its audit row, its timeline entry and its search entry, and its summary byte for byte),
 * the audit chain verifies and SQLite's integrity_check is ok. Used by the CI test (a few rounds)
 * and by `npm run bench` (many rounds, figures printed).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from '../../electron/core/db/cipher';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { verifyAuditChain } from '../../electron/core/audit/verify-chain';
import { mulberry32 } from '../bench/prng';
import { CRASH_DATA_KEY, crashSummary } from './crash-records';

export interface CrashRoundsOptions {
  dataDir: string;
  migrationsDir: string;
  rounds: number;
  /** How to start the writer: [command, ...args]; the harness appends dataDir, migrationsDir, first index. */
  writer: string[];
  seed?: number;
  /** The kill comes this long after the writer is ready: uniform in [0, maxKillDelayMs]. */
  maxKillDelayMs?: number;
  /** The figures so far, after every round: a long run that is stopped still reports what it saw. */
  onRound?: (figures: CrashFigures) => void;
}

export interface CrashFigures {
  rounds: number;
  acknowledged: number;
  /** Committed in the instant between the commit and its acknowledgement: allowed, and counted. */
  unacknowledgedButPresent: number;
  lost: number;
  halfWritten: number;
  integrityFailures: number;
  chainFailures: number;
  problems: string[];
}

interface Round {
  acks: number[];
  stderr: string;
  ready: boolean;
}

function runOneRound(options: CrashRoundsOptions, first: number, killAfterMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = options.writer;
    if (!command) throw new Error('no writer command');
    const child = spawn(command, [...args, options.dataDir, options.migrationsDir, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const round: Round = { acks: [], stderr: '', ready: false };
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready' && !round.ready) {
          round.ready = true;
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (line.startsWith('ack ')) round.acks.push(Number(line.slice(4)));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (round.stderr += chunk.toString()));
    child.on('error', reject);
    // 'close' comes after stdout has drained: every ack written before the kill has been read.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (${signal ?? _code}): ${round.stderr}`));
      else resolve(round);
    });
  });
}

interface Check {
  present: Set<number>;
  halfWritten: string[];
  integrity: string;
  chainOk: boolean;
}

function inspect(file: string): Check {
  // A read-write open, as the app does: SQLite replays the WAL the killed writer left.
  const db = new Database(file);
  applyDatabaseKey(db, CRASH_DATA_KEY);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const rows = db
      .prepare(
        `SELECT c.id, c.title, c.summary,
           (SELECT count(*) FROM audit_log a WHERE a.entity = 'case' AND a.entity_id = c.id AND a.action = 'case.create') AS audits,
           (SELECT count(*) FROM timeline_events t WHERE t.case_id = c.id AND t.kind = 'case_created') AS timeline,
           (SELECT count(*) FROM search_index s WHERE s.rowid = c.id * 4) AS indexed
         FROM cases c WHERE c.title LIKE 'crash-%'`,
      )
      .all() as { id: number; title: string; summary: string; audits: number; timeline: number; indexed: number }[];
    const present = new Set<number>();
    const halfWritten: string[] = [];
    for (const row of rows) {
      const n = Number(row.title.slice('crash-'.length));
      present.add(n);
      if (row.summary !== crashSummary(n) || row.audits !== 1 || row.timeline !== 1 || row.indexed < 1) {
        halfWritten.push(
          `${row.title}: summary ${row.summary === crashSummary(n) ? 'whole' : 'wrong'}, audit ${row.audits}, timeline ${row.timeline}, search ${row.indexed}`,
        );
      }
    }
    return { present, halfWritten, integrity, chainOk: verifyAuditChain(db).ok };
  } finally {
    db.close();
  }
}

export async function runCrashRounds(options: CrashRoundsOptions): Promise<CrashFigures> {
  const random = mulberry32(options.seed ?? 1);
  const file = path.join(options.dataDir, 'legat.sqlite');
  const figures: CrashFigures = {
    rounds: 0,
    acknowledged: 0,
    unacknowledgedButPresent: 0,
    lost: 0,
    halfWritten: 0,
    integrityFailures: 0,
    chainFailures: 0,
    problems: [],
  };
  const acknowledged = new Set<number>();
  let next = 1;
  for (let r = 0; r < options.rounds; r += 1) {
    const killAfter = Math.floor(random() * (options.maxKillDelayMs ?? 400));
    const round = await runOneRound(options, next, killAfter);
    figures.rounds += 1;
    for (const n of round.acks) acknowledged.add(n);
    if (!existsSync(file)) continue;
    const check = inspect(file);
    const lost = [...acknowledged].filter((n) => !check.present.has(n));
    figures.lost += lost.length;
    if (lost.length > 0)
      figures.problems.push(`round ${r + 1}: lost acknowledged cases ${lost.slice(0, 5).join(', ')}`);
    figures.halfWritten += check.halfWritten.length;
    figures.problems.push(...check.halfWritten.map((text) => `round ${r + 1}: half-written ${text}`));
    if (check.integrity !== 'ok') {
      figures.integrityFailures += 1;
      figures.problems.push(`round ${r + 1}: integrity_check ${check.integrity}`);
    }
    if (!check.chainOk) {
      figures.chainFailures += 1;
      figures.problems.push(`round ${r + 1}: the audit chain does not verify`);
    }
    // A commit that made it to disk in the instant before its ack was printed is fine; it is counted.
    for (const n of check.present) {
      if (!acknowledged.has(n)) {
        figures.unacknowledgedButPresent += 1;
        acknowledged.add(n);
      }
    }
    next = Math.max(next, ...check.present, ...round.acks) + 1;
    options.onRound?.({ ...figures, acknowledged: acknowledged.size - figures.unacknowledgedButPresent });
  }
  figures.acknowledged = acknowledged.size - figures.unacknowledgedButPresent;
  return figures;
}
