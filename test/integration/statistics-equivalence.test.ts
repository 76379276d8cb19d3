/**
 * The statistics as SQL computes them (grouping keys, drill-down selection and keyset pages, the
 * returns' narrowed read) against a plain JavaScript reference over every request of the seeded small
 * archive, read with no index, no key expression and no narrowing: same figures, same lists, for every
 * dimension, key, month and both returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsFilter } from '../../shared/contract/statistics';
import type { ChannelOutput } from '../../shared/ipc-contract';
import { DIMENSIONS, type StatRow } from '../../shared/domain/statistics/aggregate';
import { dir977Return, reg1543Return, type ReturnRow } from '../../shared/domain/statistics/returns';
import { seedArchive } from '../bench/seed';
import { keyOf, monthOf, overviewOf } from '../support/statistics-reference';
import { openTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-30T15:00:00Z';
let app: TestApp;
let years: number[];

beforeAll(() => {
  app = openTestApp({ now: NOW });
  seedArchive(app.ctx, { size: 'small', seed: 5, until: '2026-11-30' });
  const sqlite = app.ctx.db.sqlite;
  // What officers type that a careless key would split or merge: provider names padded with no-break
  // and ideographic spaces or a tab, one made of white space only; categories listed out of order.
  const ids = sqlite
    .prepare("SELECT id FROM requests WHERE channel = 'provider' ORDER BY id")
    .pluck()
    .all() as number[];
  const set = sqlite.prepare('UPDATE requests SET provider = ? WHERE id = ?');
  const padded = ['\u00a0Meta Platforms Ireland\u3000', 'Meta Platforms Ireland\t', '\u2003 \ufeff', ' '];
  ids.slice(0, 40).forEach((id, i) => set.run(padded[i % padded.length], id));
  sqlite
    .prepare(
      `UPDATE requests SET data_categories = '["traffic","subscriber"]' WHERE id IN (${ids.slice(40, 50).join(',')})`,
    )
    .run();
  // An answer dated before the request was sent (a typing slip) counts as answered the same day.
  sqlite
    .prepare(
      `UPDATE requests SET responded_on = date(sent_on, '-3 days')
       WHERE id IN (SELECT id FROM requests WHERE sent_on IS NOT NULL AND responded_on IS NOT NULL ORDER BY id LIMIT 5)`,
    )
    .run();
  years = sqlite
    .prepare('SELECT DISTINCT substr(coalesce(sent_on, created_at), 1, 4) FROM requests ORDER BY 1')
    .pluck()
    .all()
    .map(Number);
}, 120_000);
afterAll(() => app.close());

/**
 * Every request as the reference sees it: the whole table in id order, each deadline read apart, the
 * period and filters applied here in JavaScript.
 */
function referenceRows(): (ReturnRow & { caseId: number; leadOfficerId: number | null })[] {
  const sqlite = app.ctx.db.sqlite;
  const deadlines = sqlite
    .prepare("SELECT request_id, due_at, met_at FROM request_deadlines WHERE deadline_kind = 'expected_response'")
    .all() as { request_id: number; due_at: string; met_at: string | null }[];
  const earliest = new Map<number, { due_at: string; met_at: string | null }>();
  for (const d of deadlines) {
    const seen = earliest.get(d.request_id);
    if (!seen || d.due_at < seen.due_at) earliest.set(d.request_id, d);
  }
  const links = sqlite.prepare('SELECT request_id, linked_request_id FROM request_links').all() as {
    request_id: number;
    linked_request_id: number;
  }[];
  const raw = sqlite
    .prepare(`SELECT r.*, c.lead_officer_id FROM requests r JOIN cases c ON c.id = r.case_id ORDER BY r.id`)
    .all() as Record<string, string | number | null>[];
  const byId = new Map(raw.map((r) => [r.id as number, r]));
  const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  return raw.map((r) => {
    const sentOn = r.sent_on as string | null;
    const respondedOn = r.responded_on as string | null;
    const deadline = earliest.get(r.id as number);
    const onTime = !deadline
      ? null
      : deadline.met_at !== null
        ? deadline.met_at <= deadline.due_at
          ? 1
          : 0
        : deadline.due_at < new Date(NOW).toISOString()
          ? 0
          : null;
    const followUps = links
      .filter((l) => l.request_id === r.id || l.linked_request_id === r.id)
      .map((l) => byId.get(l.request_id === r.id ? l.linked_request_id : l.request_id)!)
      .filter(
        (f) => f.sent_on !== null && sentOn !== null && (f.sent_on as string) >= sentOn && f.kind !== 'preservation',
      )
      .map((f) => f.sent_on as string)
      .sort();
    return {
      id: r.id as number,
      caseId: r.case_id as number,
      leadOfficerId: r.lead_officer_id as number | null,
      title: r.title as string,
      channel: r.channel as string,
      direction: r.direction as string,
      kind: r.kind as string | null,
      country: r.counterpart_country as string,
      provider: r.provider as string,
      categories: JSON.parse(r.data_categories as string) as string[],
      urgency: r.urgency as string,
      outcome: r.outcome as string | null,
      refusalGround: r.refusal_ground as string | null,
      sentOn,
      respondedOn,
      days: sentOn && respondedOn ? day(respondedOn) - day(sentOn) : null,
      onDate: sentOn ?? (r.created_at as string).slice(0, 10),
      onTime,
      followUpOn: followUps[0] ?? null,
    };
  });
}

function inFilter(row: ReturnType<typeof referenceRows>[number], filter: StatsFilter): boolean {
  return (
    row.onDate >= filter.from &&
    row.onDate <= filter.to &&
    (!filter.channel || row.channel === filter.channel) &&
    (!filter.direction || row.direction === filter.direction) &&
    (!filter.counterpartCountry || row.country === filter.counterpartCountry) &&
    (!filter.urgency || row.urgency === filter.urgency) &&
    (!filter.officerId || row.leadOfficerId === filter.officerId)
  );
}

const byNewest = (a: StatRow, b: StatRow) => (a.onDate < b.onDate ? 1 : a.onDate > b.onDate ? -1 : b.id - a.id);

/** Every page of a drill-down, each asked for after the last one, as a user scrolling would. */
async function allPages(input: Record<string, unknown>): Promise<{ total: number; ids: number[] }> {
  const ids: number[] = [];
  let after: ChannelOutput<'stats:drilldown'>['next'] = null;
  let total = -1;
  for (let page = 0; page < 1000; page += 1) {
    const result: ChannelOutput<'stats:drilldown'> = await app.call('stats:drilldown', {
      ...input,
      limit: 7,
      after: after ?? undefined,
    } as never);
    total = result.total;
    ids.push(...result.items.map((item) => item.id));
    after = result.next;
    if (after === null) break;
  }
  return { total, ids };
}

describe('statistics in SQL against a JavaScript reference (seeded small archive)', () => {
  it('has the data the comparison needs', () => {
    const rows = referenceRows();
    expect(rows.length).toBeGreaterThan(1500);
    expect(rows.filter((r) => r.onTime === 1).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.onTime === 0).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.days !== null).length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.outcome)).size).toBeGreaterThan(4);
  });

  it('gives the reference overview for each year and for narrowed filters', async () => {
    const rows = referenceRows();
    const officer = rows.find((r) => r.leadOfficerId !== null)!.leadOfficerId!;
    const filters: StatsFilter[] = [
      ...years.map((y) => ({ from: `${y}-01-01`, to: `${y}-12-31` })),
      { from: '2025-03-14', to: '2026-02-02', channel: 'provider', direction: 'outgoing' },
      { from: '2020-01-01', to: '2026-12-31', officerId: officer, urgency: 'urgent' },
      { from: '2020-01-01', to: '2026-12-31', counterpartCountry: 'US' },
    ];
    for (const filter of filters) {
      const expected = overviewOf(rows.filter((r) => inFilter(r, filter)));
      expect(await app.call('stats:overview', filter), JSON.stringify(filter)).toEqual({
        filter: { from: filter.from, to: filter.to },
        ...expected,
      });
    }
  });

  it('drills every key of every dimension and month down to the reference list, page after page', async () => {
    const year = years.at(-1)!;
    const filter = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
    const rows = referenceRows()
      .filter((r) => inFilter(r, filter))
      .sort(byNewest);
    const keysOf = (dimension: (typeof DIMENSIONS)[number] | 'month') =>
      dimension === 'month' ? monthOf : (row: StatRow) => keyOf(row, dimension);
    let checked = 0;
    for (const dimension of [...DIMENSIONS, 'month'] as const) {
      const key = keysOf(dimension);
      for (const value of new Set(rows.map(key))) {
        const expected = rows.filter((r) => key(r) === value).map((r) => r.id);
        expect(await allPages({ filter, dimension, key: value }), `${dimension} ${value}`).toEqual({
          total: expected.length,
          ids: expected,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
    const whole = await app.call('stats:drilldown', { filter, offset: 5, limit: 20 });
    expect(whole.total).toBe(rows.length);
    expect(whole.items.map((i) => i.id)).toEqual(rows.slice(5, 25).map((r) => r.id));
    expect(whole.items.map((i) => i.onDate)).toEqual(rows.slice(5, 25).map((r) => r.onDate));
  });

  it('gives the reference returns, from every request of the year', async () => {
    const rows = referenceRows();
    for (const year of years) {
      // The returns list requests lacking a fact in date order, then id.
      const ofYear = rows
        .filter((r) => inFilter(r, { from: `${year}-01-01`, to: `${year}-12-31` }))
        .sort((a, b) => (a.onDate < b.onDate ? -1 : a.onDate > b.onDate ? 1 : a.id - b.id));
      expect(await app.call('stats:return', { kind: 'reg1543', year })).toEqual(reg1543Return(ofYear, year, 'FR'));
      expect(await app.call('stats:return', { kind: 'dir977', year })).toEqual(dir977Return(ofYear, year, 'FR'));
    }
  });
});
