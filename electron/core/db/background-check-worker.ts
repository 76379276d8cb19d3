/**
 * Runs in a worker thread: the whole-file check of background-check.ts on its own read-only
 * connection, so the thread answering the page never waits for every page of the archive to be read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkSteps, failure, openForCheck, type CheckOutcome, type CheckTarget } from './background-check';

const target = workerData as CheckTarget;

function run(): CheckOutcome {
  let sqlite: ReturnType<typeof openForCheck> | null = null;
  try {
    sqlite = openForCheck(target);
    target.key?.fill(0);
    for (const step of checkSteps(sqlite)) {
      const problem = step();
      if (problem !== null) return { kind: 'problem', detail: problem };
    }
    return { kind: 'fine' };
  } catch (error) {
    return failure(error);
  } finally {
    sqlite?.close();
  }
}

parentPort?.postMessage(run());
