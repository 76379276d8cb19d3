import { exportedBytes } from '../support/bundles';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc-contract';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseIds: number[];
let references: string[];

beforeEach(async () => {
  app = openTestApp({ now: '2026-11-28T15:00:00Z' });
  const office = await app.call('office:setup', {
    ...OFFICE_PROFILE,
    officers: [...OFFICE_PROFILE.officers, { name: 'Ben Officer', title: 'Deputy', email: 'ben@example.org' }],
  });
  caseIds = [];
  references = [];
  for (const title of ['First, "quoted" case', 'Second case', 'Third case']) {
    const created = await app.call('case:create', { ...CASE, title });
    caseIds.push(created.id);
    references.push(created.reference);
  }
  // The next day (office zone New York), Ben edits two of them.
  app.clock.set('2026-11-29T15:00:00Z');
  await app.call('office:setCurrentOfficer', { officerId: office.officers[1]!.id });
  await app.call('case:update', { ...CASE, id: caseIds[0]!, priority: 'high' });
  await app.call('case:update', { ...CASE, id: caseIds[2]!, priority: 'low' });
  await app.call('subject:add', { caseId: caseIds[2]!, subject: { name: 'J. Doe', role: 'suspect' } });
});
afterEach(() => app.close());

type Filters = Omit<ChannelInput<'audit:list'>, 'cursor' | 'limit'>;

/** Every row the list shows for `filters`, walked a page of `limit` at a time. */
async function walk(filters: Filters, limit = 2): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const page: ChannelOutput<'audit:list'> = await app.call('audit:list', { ...filters, cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map((row) => row.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return seen;
}

const expected = (where: string, ...params: unknown[]) =>
  (
    app.ctx.db.sqlite.prepare(`SELECT id FROM audit_log WHERE ${where} ORDER BY id DESC`).all(...params) as {
      id: number;
    }[]
  ).map((r) => r.id);

describe('audit list', () => {
  it('pages the whole log newest first, each row once', async () => {
    expect(await walk({})).toEqual(expected('1'));
    const first = await app.call('audit:list', { limit: 3 });
    expect(first.total).toEqual({ count: expected('1').length, atLeast: false });
    expect(first.items[0]).toMatchObject({ action: 'subject.add', actor: 'Ben Officer', caseReference: references[2] });
  });

  it('filters by officer, action, case, case reference and office-zone dates, across pages', async () => {
    expect(await walk({ actor: 'Ben Officer' })).toEqual(expected("actor = 'Ben Officer'"));
    expect(await walk({ action: 'case.update' })).toEqual(expected("action = 'case.update'"));
    expect(await walk({ caseId: caseIds[2]! }, 1)).toEqual(expected('case_id = ?', caseIds[2]));
    expect(await walk({ caseReference: references[0]! })).toEqual(expected('case_id = ?', caseIds[0]));
    expect(await walk({ caseReference: 'lgt-2026' })).toEqual(expected('case_id IS NOT NULL'));
    expect(await walk({ caseReference: '%' })).toEqual([]);
    expect(await walk({ fromDate: '2026-11-29', toDate: '2026-11-29' })).toEqual(expected("at >= '2026-11-29'"));
    expect(await walk({ toDate: '2026-11-28' })).toEqual(expected("at < '2026-11-29'"));
    expect(await walk({ actor: 'Ben Officer', action: 'case.update', caseId: caseIds[0]! })).toHaveLength(1);
    const middle = expected('1')[3]!;
    expect(await walk({ atOrBeforeId: middle })).toEqual(expected('id <= ?', middle));
  });

  it('refuses an end date before the start date and a cursor from elsewhere', async () => {
    expect(await app.raw('audit:list', { fromDate: '2026-11-29', toDate: '2026-11-28' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['toDate'] }] },
    });
    const cases = await app.call('case:list', { limit: 1 });
    expect(await app.raw('audit:list', { cursor: cases.nextCursor })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('offers the officers and actions present in the log', async () => {
    expect(await app.call('audit:facets', {})).toEqual({
      actors: ['Anne Officer', 'Ben Officer'],
      actions: ['case.create', 'case.update', 'office.setup', 'office.switchOfficer', 'subject.add'],
    });
  });

  it('records opening the viewer, and not reading or verifying it', async () => {
    const count = () => expected('1').length;
    const before = count();
    await app.call('audit:list', {});
    await app.call('audit:verify', {});
    expect(count()).toBe(before);
    await app.call('audit:viewed', {});
    expect(expected("action = 'audit.view' AND actor = 'Ben Officer'")).toHaveLength(1);
    expect((await app.call('audit:verify', {})).ok).toBe(true);
  });

  it('exports the filtered rows as CSV and records the export', async () => {
    const result = await app.call('audit:export', { caseId: caseIds[0]! });
    expect(result).toMatchObject({ rows: 2, downloadPath: `/files/export/${result.fileName}` });
    // Sealed while it waits in the exports folder; this is what the download gives.
    const lines = (await exportedBytes(result.path))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('id,at,officer,action,entity,entity_id,case_reference,details,hash');
    expect(lines.slice(1, -1).map((line) => line.split(',')[3])).toEqual(['case.update', 'case.create']);
    expect(lines.at(-1)).toBe('');
    const exported = app.ctx.db.sqlite.prepare("SELECT details FROM audit_log WHERE action = 'audit.export'").get() as {
      details: string;
    };
    expect(JSON.parse(exported.details)).toMatchObject({ file: result.fileName, rows: 2 });
    expect((await app.call('audit:verify', {})).ok).toBe(true);
  });
});
