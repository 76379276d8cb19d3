import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCrashRounds } from '../crash/crash-harness';
import { signInToHost } from '../support/host-session';
import { CASE, MIGRATIONS_DIR, OFFICE_PROFILE, RUN_SOURCE } from '../support/test-app';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real browser-mode host, run from source in its own process so it can be killed like a crash. */
function startHost(dataDir: string): Promise<{ child: ChildProcess; url: URL }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', RUN_SOURCE, 'electron/host/cli.ts', '--data-dir', dataDir, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    let output = '';
    let signingIn = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Legat is running at (\S+)/.exec(output);
      if (match?.[1] && !signingIn) {
        signingIn = true;
        const url = new URL(match[1]);
        signInToHost(url.toString()).then((token) => {
          url.searchParams.set('session', token);
          resolve({ child, url });
        }, reject);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${output}`)));
  });
}

async function call(url: URL, channel: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> {
  const response = await fetch(`${url.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-legat-key': url.searchParams.get('key') ?? '',
      'x-legat-session': url.searchParams.get('session') ?? '',
    },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; data?: unknown };
}

describe('crash safety', () => {
  it('keeps every acknowledged write when the process is killed without closing the database', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-crash-'));
    dirs.push(dataDir);
    const first = await startHost(dataDir);
    const setup = await call(first.url, 'office:setup', OFFICE_PROFILE);
    expect(setup, JSON.stringify(setup)).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i += 1)
      expect(await call(first.url, 'case:create', { ...CASE, title: `Case ${i}` })).toMatchObject({ ok: true });
    first.child.removeAllListeners('exit');
    first.child.kill('SIGKILL');

    const second = await startHost(dataDir);
    const list = await call(second.url, 'case:list', {});
    expect(list).toMatchObject({ ok: true, data: { total: { count: 5, atLeast: false } } });
  }, 30_000);
  // A few rounds here; `npm run bench` runs many (LEGAT_CRASH_ROUNDS overrides both).
  const rounds = Number(process.env.LEGAT_CRASH_ROUNDS ?? 4);
  it(`SIGKILL at random moments while writing (${rounds} rounds): nothing acknowledged lost, nothing half-written`, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-crash-rounds-'));
    dirs.push(dataDir);
    const seed = Date.now() % 100_000;
    const figures = await runCrashRounds({
      dataDir,
      migrationsDir: MIGRATIONS_DIR,
      rounds,
      writer: [process.execPath, '--import', RUN_SOURCE, 'test/crash/crash-writer.ts'],
      seed,
    });
    expect(figures.problems, `kill moments drawn with seed ${seed}`).toEqual([]);
    expect(figures).toMatchObject({ rounds, lost: 0, halfWritten: 0, integrityFailures: 0, chainFailures: 0 });
    expect(figures.acknowledged).toBeGreaterThan(0);
  }, 120_000);
});
