/**
 * The process the crash harness kills: it opens a real data folder the way the app does and creates
 * cases through the real dispatch, one transaction each (case, audit row, timeline entry, search
 * index), printing `ack <n>` only after the transaction has committed. Whatever was acknowledged
 * must survive a SIGKILL at any moment.
 * Usage: crash-writer <dataDir> <migrationsDir> <firstIndex>
 */
import { writeSync } from 'node:fs';
import { loadHolidayRules } from '../../electron/core/deadlines/holiday-calendar';
import { openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { createDispatch } from '../../electron/ipc/dispatch';
import { crashCase, CRASH_DATA_KEY, CRASH_OFFICE } from './crash-records';

async function main(): Promise<void> {
  await loadHolidayRules();
  const [dataDir, migrationsDir, first] = process.argv.slice(2);
  if (!dataDir || !migrationsDir || !first) throw new Error('usage: crash-writer <dataDir> <migrationsDir> <first>');
  const ctx = openApp({
    dataDir,
    migrationsDir,
    mode: 'browser',
    version: 'crash',
    logger: silentLogger,
    key: CRASH_DATA_KEY,
  });
  const dispatch = createDispatch(ctx);
  if (!(await dispatch('office:get', {})).ok) throw new Error('cannot read the office');
  const office = await dispatch('office:get', {});
  if (office.ok && office.data === null) {
    const setup = await dispatch('office:setup', CRASH_OFFICE);
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  }
  writeSync(1, 'ready\n');
  for (let n = Number(first); ; n += 1) {
    const envelope = await dispatch('case:create', crashCase(n));
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    // Synchronous, unbuffered: the line is in the pipe before the next transaction starts.
    writeSync(1, `ack ${n}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `crash-writer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
