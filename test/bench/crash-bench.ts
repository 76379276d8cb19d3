import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCrashRounds } from '../crash/crash-harness';
import { MIGRATIONS_DIR } from './archive';

/**
 * `npm run bench` section: many SIGKILL rounds against the built writer (dist/node/crash-writer.mjs,
 * beside this bundle), then the figures: rounds, acknowledged transactions, losses (must be 0).
 */
export async function benchCrashSafety(rounds: number, seed: number): Promise<void> {
  if (rounds === 0) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-bench-crash-'));
  const writer = fileURLToPath(new URL('./crash-writer.mjs', import.meta.url));
  const started = performance.now();
  try {
    const figures = await runCrashRounds({
      dataDir,
      migrationsDir: MIGRATIONS_DIR,
      rounds,
      writer: [process.execPath, writer],
      seed,
      onRound: (so) => {
        if (so.rounds % 100 === 0 && so.rounds < rounds) {
          console.log(
            `  after ${so.rounds} rounds: acknowledged ${so.acknowledged}, lost ${so.lost}, half-written ${so.halfWritten}`,
          );
        }
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log('');
    console.log(`Crash safety (SIGKILL at random moments while writing cases; seed ${seed}, ${seconds} s):`);
    console.log(
      `  rounds ${figures.rounds}, acknowledged transactions ${figures.acknowledged}, lost ${figures.lost}, ` +
        `half-written ${figures.halfWritten}, integrity_check failures ${figures.integrityFailures}, ` +
        `audit chain failures ${figures.chainFailures} (committed but killed before the ack: ${figures.unacknowledgedButPresent})`,
    );
    for (const problem of figures.problems.slice(0, 10)) console.log(`  PROBLEM ${problem}`);
    if (figures.problems.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
