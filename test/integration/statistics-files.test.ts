import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app';
import { seedStatsDataset, STATS_OFFICE } from '../support/stats-dataset';

let app: TestApp;
let other: TestApp | null = null;
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  await seedStatsDataset(app);
});
afterEach(() => {
  app.close();
  other?.close();
  other = null;
});

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

/** Files anywhere under the data folder, so a test can tell nothing was left behind in plaintext. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('statistics exports', () => {
  it('writes the overview as CSV and XLSX with the same rows, leaving no file in the data folder', async () => {
    const before = filesUnder(app.dataDir).filter((f) => !f.includes('legat.db'));
    const csv = await app.call('stats:export', { format: 'csv', filter: YEAR });
    expect(csv).toMatchObject({ fileName: 'statistics-2026-01-01-2026-12-31.csv', mediaType: 'text/csv' });
    const lines = text(csv.base64)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Breakdown,Value,Requests,Answered,Median days,90th percentile days,Mean days,Answered within deadline,Deadlines decided,Share within deadline (%)',
    );
    expect(lines[1]!.split(',').slice(0, 7)).toEqual(['Total', '', '8', '6', '3.5', '21', '6.7']);
    expect(
      lines
        .find((l) => l.startsWith('Channel,provider'))!
        .split(',')
        .slice(0, 7),
    ).toEqual(['Channel', 'provider', '5', '4', '7', '21', '8.8']);

    const xlsx = await app.call('stats:export', { format: 'xlsx', filter: YEAR });
    const sheet = await readSheet(Buffer.from(xlsx.base64, 'base64'));
    expect(sheet.length).toBe(lines.length);
    expect(sheet[1]?.slice(0, 7)).toEqual(['Total', null, 8, 6, 3.5, 21, 6.7]);
    expect(sheet.find((row) => row[0] === 'Channel' && row[1] === 'police')?.slice(2, 4)).toEqual([2, 2]);

    const after = filesUnder(app.dataDir).filter((f) => !f.includes('legat.db'));
    expect(after).toEqual(before);
  });

  it('writes the annual report as a PDF in the language asked for', async () => {
    const pdf = await app.call('stats:export', { format: 'pdf', filter: YEAR, language: 'fr' });
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The title is in the document's metadata, unencoded by the font subset.
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(`Rapport annuel d’activité — ${STATS_OFFICE.name}`);
    expect(doc.getPageCount()).toBeGreaterThan(0);
  });

  it('records each export in the audit trail', async () => {
    await app.call('stats:export', { format: 'csv', filter: YEAR });
    const audit = await app.call('audit:list', { action: 'stats.export' });
    expect(audit.items.map((i) => i.action)).toEqual(['stats.export']);
  });
});

describe('the signed statistics return', () => {
  it('carries aggregates only and verifies as the office’s own', async () => {
    const file = await app.call('stats:signReturn', { year: 2026 });
    const content = text(file.base64);
    const body = JSON.parse((JSON.parse(content) as { body: string }).body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'breakdowns',
      'generatedAt',
      'homeCountry',
      'months',
      'returns',
      'total',
      'year',
    ]);
    // No request title, provider name or office name travels.
    for (const word of ['R1', 'Meta Platforms', 'Google', STATS_OFFICE.name, 'Anne'])
      expect(content).not.toContain(word);
    const verified = await app.call('stats:verifyReturn', { content });
    expect(verified).toMatchObject({ own: true, year: 2026, homeCountry: 'FR', total: 8 });
  });

  it('is rejected when altered after signing', async () => {
    const content = text((await app.call('stats:signReturn', { year: 2026 })).base64);
    const altered = content.replace('\\"count\\":8', '\\"count\\":80');
    expect(altered).not.toBe(content);
    const result = await app.raw('stats:verifyReturn', { content: altered });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'validation.statistics.altered' }] },
    });
  });

  it('is rejected from an untrusted office, and folded in once its key is trusted', async () => {
    other = openTestApp({ now: '2026-11-30T10:00:00Z' });
    await seedStatsDataset(other);
    const theirs = text((await other.call('stats:signReturn', { year: 2026 })).base64);
    const refused = await app.raw('stats:verifyReturn', { content: theirs });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', issues: [{ message: 'validation.statistics.untrusted' }] },
    });
    const refusedFold = await app.raw('stats:consolidate', { contents: [theirs] });
    expect(refusedFold).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const theirKey = (await other.call('key:info', {})).own.publicKey;
    await app.call('key:trust', { publicKey: theirKey, officeName: 'Madrid office', label: '' });
    const ours = text((await app.call('stats:signReturn', { year: 2026 })).base64);
    const folded = await app.call('stats:consolidate', { contents: [ours, theirs] });
    expect(folded.offices.map((o) => [o.officeName, o.own])).toEqual([
      [STATS_OFFICE.name, true],
      ['Madrid office', false],
    ]);
    expect(folded.total).toMatchObject({ count: 16, answered: 12, meanDays: 6.7 });
    const channel = folded.breakdowns.find((b) => b.dimension === 'channel')!;
    expect(channel.groups.find((g) => g.key === 'provider')).toMatchObject({ count: 10, answered: 8, meanDays: 8.8 });
    expect(channel.groups.reduce((s, g) => s + g.count, 0)).toBe(16);

    const twice = await app.raw('stats:consolidate', { contents: [theirs, theirs] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a file that is not a return', async () => {
    const result = await app.raw('stats:verifyReturn', { content: '{"format":"something else"}' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'validation.statistics.notAReturn' }] },
    });
  });
});
