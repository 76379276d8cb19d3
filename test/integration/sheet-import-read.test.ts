import { createHash, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasBlob } from '../../electron/core/files/blob-store';
import type { EventPayloads } from '../../shared/events';
import { stage } from '../support/sheet-staging';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/** The sheet reader as the app runs it, in a worker thread (loaded from its TypeScript source: slow to start). */
const SHEET_WORKER = fileURLToPath(new URL('../support/sheet-read-worker-shim.mjs', import.meta.url));

let app: TestApp;
let progress: EventPayloads['progress:update'][];
beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  app.ctx.paths.sheetWorker = SHEET_WORKER;
  await app.call('office:setup', OFFICE_PROFILE);
  progress = [];
  app.ctx.events.subscribe((event, payload) => {
    if (event === 'progress:update') progress.push(payload as EventPayloads['progress:update']);
  });
});
afterEach(() => app.close());

/** A register of 30,000 requests as a semicolon CSV, as a French Excel saves it. */
function bigCsv(): Buffer {
  const lines = ['N° dossier;Intitulé du dossier;Objet;Canal;Pays;Notre référence;Envoyée le;Statut'];
  for (let i = 0; i < 30_000; i += 1)
    lines.push(`D-${i >> 2};Dossier ${i >> 2};Demande ${i};Entraide pénale;USA;ASI/${i};04/03/2025;transmise`);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

describe('reading a large sheet off the main thread', () => {
  it('reports progress from nothing to the whole file, while other calls are answered', async () => {
    const bytes = bigCsv();
    const sessionId = randomUUID();
    const token = await stage(app, 'registre.csv', bytes);
    let answeredWhileReading = false;
    const reading = app.call('sheet:inspect', { source: { kind: 'staged', token }, sessionId }).finally(() => {
      answeredWhileReading = answered;
    });
    let answered = false;
    await app.call('office:get', {});
    answered = true;
    const opened = await reading;
    expect(answeredWhileReading).toBe(true);
    expect(opened).toMatchObject({ sessionId, format: 'csv', sheets: [{ rowCount: 30_001 }] });
    const mine = progress.filter((p) => p.task === `sheet-read:${sessionId}`);
    expect(mine[0]).toEqual({ task: `sheet-read:${sessionId}`, done: 0, total: bytes.length });
    expect(mine.at(-1)).toEqual({ task: `sheet-read:${sessionId}`, done: bytes.length, total: bytes.length });
    const done = mine.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(opened.sheets[0]!.head[1]).toEqual([
      'D-0',
      'Dossier 0',
      'Demande 0',
      'Entraide pénale',
      'USA',
      'ASI/0',
      '04/03/2025',
      'transmise',
    ]);
  });

  it('cancelled while the file is read, nothing is opened or kept, and the file can be opened again', async () => {
    const bytes = bigCsv();
    const sessionId = randomUUID();
    const token = await stage(app, 'registre.csv', bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const asked: Promise<unknown>[] = [];
    app.ctx.events.subscribe((event, payload) => {
      const update = payload as EventPayloads['progress:update'];
      if (event !== 'progress:update' || update.task !== `sheet-read:${sessionId}` || asked.length > 0) return;
      // The page's Cancel, once the reader has started.
      asked.push(app.call('sheet:cancel', { sessionId }));
    });
    const envelope = await app.raw('sheet:inspect', { source: { kind: 'staged', token }, sessionId });
    await Promise.all(asked);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(envelope)).toContain('Reading the file was cancelled: nothing was opened.');
    // No session, no staged copy, nothing in the database.
    expect(await app.raw('sheet:preview', { sessionId, sheet: 'CSV', headerRow: 0 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(hasBlob(app.dataDir, sha256)).toBe(false);
    const count = (table: string) =>
      (app.ctx.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('cases'), count('requests'), count('import_records')]).toEqual([0, 0, 0]);
    // Chosen again, the same file opens under the same id.
    const again = await stage(app, 'registre.csv', bytes);
    const opened = await app.call('sheet:inspect', { source: { kind: 'staged', token: again }, sessionId });
    expect(opened.sheets[0]!.rowCount).toBe(30_001);
  }, 30_000);
});
