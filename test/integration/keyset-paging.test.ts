/**
 * Keyset paging on the small seeded archive: walking every page while rows are added and edited between
 * page fetches sees each row exactly once, in order; a cursor that is not one the core gave out is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestSummary } from '../../shared/contract/requests';
import type { ChannelOutput } from '../../shared/ipc-contract';
import { TOTAL_CAP } from '../../shared/contract/keyset';
import { seedArchive } from '../bench/seed';
import { openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(() => {
  app = openTestApp({ now: '2026-11-30T15:00:00Z' });
  seedArchive(app.ctx, { size: 'small', seed: 3, until: '2026-11-30' });
}, 120_000);
afterAll(() => app.close());

/** The order request:list promises for sortBy dueOn ascending: dated first by date, then undated, then id. */
const dueKey = (r: Pick<RequestSummary, 'dueOn' | 'id'>) => [r.dueOn === null ? 1 : 0, r.dueOn ?? '', r.id] as const;
function compareDue(a: Pick<RequestSummary, 'dueOn' | 'id'>, b: Pick<RequestSummary, 'dueOn' | 'id'>): number {
  const [x, y] = [dueKey(a), dueKey(b)];
  for (let i = 0; i < x.length; i += 1) {
    if (x[i]! < y[i]!) return -1;
    if (x[i]! > y[i]!) return 1;
  }
  return 0;
}

describe('keyset paging while the data changes', () => {
  it('sees every request exactly once, in order, as requests are edited and added between pages', async () => {
    const sqlite = app.ctx.db.sqlite;
    const original = sqlite.prepare('SELECT id FROM requests ORDER BY id').pluck().all() as number[];
    expect(original.length).toBeGreaterThan(1500);
    const caseIds = sqlite.prepare('SELECT id FROM cases ORDER BY id LIMIT 20').pluck().all() as number[];

    const seen: RequestSummary[] = [];
    const added: { id: number; dueOn: string | null; after: RequestSummary }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let step = 0;
    do {
      const page: ChannelOutput<'request:list'> = await app.call('request:list', {
        sortBy: 'dueOn',
        limit: 37,
        cursor,
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
      const last = page.items.at(-1)!;

      // Between pages: edit a row already seen and one not yet reached (their sort key stays), and add two
      // rows, one due before the rows still to come and one after (or undated).
      step += 1;
      const pick = (list: number[]) => list[(step * 7919) % list.length]!;
      for (const id of [seen[Math.floor(seen.length / 2)]!.id, pick(original)]) {
        const detail = await app.call('request:get', { id });
        await app.call('request:update', { ...detail, title: `${detail.title.slice(0, 180)} (edited ${step})` });
      }
      for (const dueOn of ['2015-01-01', step % 3 === 0 ? null : `20${27 + (step % 5)}-0${1 + (step % 9)}-15`]) {
        const created = await app.call('request:create', {
          caseId: pick(caseIds),
          channel: 'police',
          kind: 'interpol',
          title: `Added while paging ${step}`,
          counterpartCountry: 'DE',
          dueOn,
        });
        added.push({ id: created.id, dueOn, after: last });
      }
    } while (cursor !== null && pages < 500);

    expect(cursor).toBeNull();
    const ids = seen.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seenIds = new Set(ids);
    expect(original.filter((id) => !seenIds.has(id))).toEqual([]);
    for (let i = 1; i < seen.length; i += 1) expect(compareDue(seen[i - 1]!, seen[i]!)).toBe(-1);
    // A row added behind the walk's position is (rightly) not seen; one added ahead of it must be.
    for (const row of added) {
      expect(seenIds.has(row.id)).toBe(compareDue(row, row.after) > 0);
    }
    expect(added.some((row) => seenIds.has(row.id))).toBe(true);
    expect(added.some((row) => !seenIds.has(row.id))).toBe(true);
  }, 120_000);

  it('walks contacts by name, descending, with ties broken by id, while contacts are added', async () => {
    const names: string[] = [];
    const seen: number[] = [];
    let cursor: string | null = null;
    let step = 0;
    do {
      const page: ChannelOutput<'contact:list'> = await app.call('contact:list', {
        sortBy: 'name',
        sortDir: 'desc',
        archived: 'all',
        limit: 25,
        cursor,
      });
      seen.push(...page.items.map((c) => c.id));
      names.push(...page.items.map((c) => c.name.toLowerCase()));
      cursor = page.nextCursor;
      step += 1;
      // Same name as a row already listed: the id tie-break decides where it falls.
      await app.call('contact:create', { kind: 'other', name: page.items[0]!.name, country: 'FR' });
    } while (cursor !== null);
    const all = app.ctx.db.sqlite.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(all - step);
    for (let i = 1; i < names.length; i += 1) expect(names[i - 1]! >= names[i]!).toBe(true);
  }, 60_000);
});

describe('filtered lists', () => {
  it('lists exactly the matching requests in order, page after page, however the filter is read', async () => {
    for (const channels of [['provider', 'mla'], ['rogatory']] as const) {
      const expected = app.ctx.db.sqlite
        .prepare(
          `SELECT id FROM requests WHERE channel IN (${channels.map(() => '?').join(', ')}) ORDER BY updated_at DESC, id DESC`,
        )
        .pluck()
        .all(...channels) as number[];
      const listed: number[] = [];
      let cursor: string | null = null;
      do {
        const page: ChannelOutput<'request:list'> = await app.call('request:list', {
          channels: [...channels],
          sortBy: 'updatedAt',
          sortDir: 'desc',
          limit: 200,
          cursor,
        });
        listed.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(listed).toEqual(expected);
    }
  });
});

describe('list totals', () => {
  it('counts small results exactly and stops counting past the cap', async () => {
    const all = await app.call('request:list', { state: 'all', limit: 10 });
    const held = app.ctx.db.sqlite.prepare('SELECT count(*) FROM requests').pluck().get() as number;
    expect(held).toBeGreaterThan(TOTAL_CAP);
    expect(all.total).toEqual({ count: TOTAL_CAP, atLeast: true });
    const oneCase = await app.call('request:list', { caseId: all.items[0]!.caseId, state: 'all' });
    const inCase = app.ctx.db.sqlite
      .prepare('SELECT count(*) FROM requests WHERE case_id = ?')
      .pluck()
      .get(all.items[0]!.caseId) as number;
    expect(oneCase.total).toEqual({ count: inCase, atLeast: false });
    const next = await app.call('request:list', { state: 'all', limit: 10, cursor: all.nextCursor });
    expect(next.total).toBeNull();
  });
});

describe('cursors', () => {
  const refused = async (channel: 'request:list' | 'case:list' | 'contact:list', input: Record<string, unknown>) => {
    const result = await app.raw(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['cursor'] }] } });
  };

  it('refuses a cursor that is not one the core gave out', async () => {
    await refused('request:list', { cursor: 'not a cursor!' });
    await refused('request:list', { cursor: Buffer.from('{"s":').toString('base64url') });
    await refused('request:list', {
      cursor: Buffer.from(JSON.stringify({ s: 'request:updatedAt:asc', k: [{}], id: 1 })).toString('base64url'),
    });
    await refused('case:list', {
      cursor: Buffer.from(JSON.stringify({ s: 'case:updatedAt:asc', k: ['2026-01-01'], id: -4 })).toString('base64url'),
    });
  });

  it('refuses a cursor given for another sort order or another list', async () => {
    const page = await app.call('request:list', { sortBy: 'updatedAt', sortDir: 'desc', limit: 5 });
    await refused('request:list', { sortBy: 'updatedAt', sortDir: 'asc', cursor: page.nextCursor });
    await refused('request:list', { sortBy: 'dueOn', sortDir: 'desc', cursor: page.nextCursor });
    await refused('contact:list', { cursor: page.nextCursor });
  });
});

describe('one prepared statement per list shape', () => {
  it('answers each call with its own values when calls of the same shape follow one another', async () => {
    const sqlite = app.ctx.db.sqlite;
    const matching = (country: string, channel: string, finished: number, pattern: string) =>
      sqlite
        .prepare(
          `SELECT r.id FROM requests r JOIN cases c ON c.id = r.case_id
           WHERE r.counterpart_country = ? AND r.channel = ? AND r.finished = ?
             AND (r.title LIKE ? OR r.our_reference LIKE ? OR r.their_reference LIKE ? OR r.provider LIKE ?
                  OR r.counterpart_authority LIKE ? OR c.reference LIKE ?)
           ORDER BY r.updated_at DESC, r.id DESC`,
        )
        .pluck()
        .all(country, channel, finished, ...Array<string>(6).fill(`%${pattern}%`)) as number[];
    const calls = [
      { country: 'US', channel: 'provider', state: 'finished', q: 'a', limit: 29 },
      { country: 'DE', channel: 'police', state: 'open', q: 'o', limit: 3 },
      { country: 'IE', channel: 'mla', state: 'finished', q: 'e', limit: 7 },
      { country: 'BE', channel: 'mla', state: 'finished', q: 'zzz-no-such-words', limit: 5 },
    ] as const;
    for (const call of calls) {
      const expected = matching(call.country, call.channel, call.state === 'finished' ? 1 : 0, call.q);
      const listed: number[] = [];
      let cursor: string | null = null;
      let total: ChannelOutput<'request:list'>['total'] = null;
      do {
        const page: ChannelOutput<'request:list'> = await app.call('request:list', {
          counterpartCountry: call.country,
          channels: [call.channel],
          state: call.state,
          q: call.q,
          sortBy: 'updatedAt',
          sortDir: 'desc',
          limit: call.limit,
          cursor,
        });
        if (cursor === null) total = page.total;
        expect(page.items.length).toBeLessThanOrEqual(call.limit);
        listed.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(listed).toEqual(expected);
      expect(total).toEqual({ count: expected.length, atLeast: false });
    }
    const sizes = calls.map((call) => matching(call.country, call.channel, call.state === 'finished' ? 1 : 0, call.q));
    expect(sizes.filter((ids) => ids.length > 10).length).toBeGreaterThanOrEqual(2);
  });
});
