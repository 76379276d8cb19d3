/**
 * A case bundle end to end through the app, as an officer makes one: a case with one large attachment
 * streamed into the store, `bundle:export` through dispatch, the download of the sealed export, then
 * `bundle:inspect` and `bundle:import` into a second installation. Wall time, throughput and peak RSS of
 * this process for each half, and each half against `zip -0` / `sha256sum` on the same attachment.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { receiveUpload } from '../../electron/core/attachments/intake';
import { registerUpload } from '../../electron/core/bundles/bundle-state';
import { openExport } from '../../electron/core/files/exports-folder';
import { closeApp } from '../../electron/core/open-app';
import type { Envelope } from '../../shared/ipc-contract';
import { createDispatch } from '../../electron/ipc/dispatch';
import { openBenchApp } from './archive';
import { makeAttachment, measure, timeCommand } from './bundle-format-bench';

/** As the app runs it: `npm run bench` is dist/node/bench.mjs, with the worker built beside it. */
const BUILT_WORKER = fileURLToPath(new URL('./bundle-worker.mjs', import.meta.url));

function data<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}

const OFFICE = {
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'America/New_York',
  referencePrefix: 'BENCH',
  officers: [{ name: 'Bench Officer', title: '', email: '' }],
};

export async function runBundleAppBench(options: {
  dir: string;
  sizeBytes: number;
  log: (line: string) => void;
  /** Defaults to the built worker beside bench.mjs, when there is one. */
  bundleWorker?: string;
}) {
  const open = (name: string) => {
    const dataDir = path.join(options.dir, name);
    mkdirSync(dataDir, { recursive: true });
    const ctx = openBenchApp(dataDir, randomBytes(32), {
      bundleWorker: options.bundleWorker ?? (existsSync(BUILT_WORKER) ? BUILT_WORKER : undefined),
    });
    return { ctx, dispatch: createDispatch(ctx) };
  };
  const sender = open('sender');
  const receiver = open('receiver');
  try {
    data(await sender.dispatch('office:setup', { ...OFFICE, name: 'Sending office' }));
    data(await receiver.dispatch('office:setup', { ...OFFICE, name: 'Receiving office' }));
    const created = data<{ id: number }>(
      await sender.dispatch('case:create', { title: 'Bench case', offenceCategory: 'fraud', openedOn: '2026-11-01' }),
    );
    const file = path.join(options.dir, 'evidence.bin');
    await makeAttachment(file, options.sizeBytes);
    const staged = await receiveUpload(sender.ctx, createReadStream(file), {
      name: 'evidence.bin',
      mediaType: null,
      declaredSize: null,
    });
    data(
      await sender.dispatch('attachment:add', {
        caseId: created.id,
        token: staged.token,
        kind: 'evidence',
        description: 'bench',
      }),
    );

    const exported = await measure(options.sizeBytes, async () =>
      data<{ path: string; size: number }>(
        await sender.dispatch('bundle:export', { jobId: randomUUID(), caseIds: [created.id] }),
      ),
    );
    // In browser mode the export waits sealed under the sender's data key; the officer downloads it
    // (decrypted on the way) and uploads that file to the other office.
    const downloaded = path.join(options.dir, 'downloaded.legat');
    await pipeline(openExport(exported.result.path, sender.ctx.session.dataKey()), createWriteStream(downloaded));
    const imported = await measure(options.sizeBytes, async () => {
      const token = randomUUID();
      registerUpload(receiver.ctx, downloaded, path.basename(exported.result.path), token);
      const preview = data<{ sessionId: string }>(
        await receiver.dispatch('bundle:inspect', { source: { kind: 'upload', token } }),
      );
      return data(await receiver.dispatch('bundle:import', { sessionId: preview.sessionId, trustSigner: true }));
    });
    const zip = timeCommand('zip -0 -q app-peer.zip evidence.bin', options.sizeBytes, options.dir);
    const sha256sum = timeCommand('sha256sum evidence.bin', options.sizeBytes, options.dir);
    const line = (f: typeof exported.figures, peer: string, seconds: number) =>
      `${f.seconds.toFixed(2)} s, ${f.mbPerSecond.toFixed(0)} MB/s, peak RSS ${f.peakRssMiB.toFixed(0)} MiB, event-loop delay p99 ${f.p99EventLoopDelayMs.toFixed(1)} ms; ` +
      `${(f.seconds / seconds).toFixed(2)}x ${peer} (${seconds.toFixed(2)} s)`;
    options.log(
      `app bundle:export (case + ${(options.sizeBytes / 2 ** 20).toFixed(0)} MiB file, sealed for download): ${line(exported.figures, 'zip -0', zip.seconds)}`,
    );
    options.log(
      `app bundle:inspect + bundle:import into a second installation: ${line(imported.figures, 'sha256sum', sha256sum.seconds)}`,
    );
    return { export: exported.figures, import: imported.figures, zip, sha256sum };
  } finally {
    closeApp(sender.ctx);
    closeApp(receiver.ctx);
  }
}
