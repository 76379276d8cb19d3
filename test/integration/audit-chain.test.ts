import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/core/audit/audit-chain';
import { verifyAuditChain } from '../../electron/core/audit/verify-chain';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

const sqlite = () => app.ctx.db.sqlite;
const ids = () => (sqlite().prepare('SELECT id FROM audit_log ORDER BY id').all() as { id: number }[]).map((r) => r.id);

/** A few rows of different kinds: a case, a subject on it, a request, a case update. */
async function someHistory(): Promise<{ caseId: number }> {
  const created = await app.call('case:create', CASE);
  await app.call('subject:add', { caseId: created.id, subject: { name: 'J. Doe', role: 'suspect' } });
  await app.call('request:create', { caseId: created.id, channel: 'mla', title: 'Records', counterpartCountry: 'DE' });
  await app.call('case:update', { ...CASE, id: created.id, priority: 'high' });
  return { caseId: created.id };
}

/** Runs `tamper` and the verifier inside a transaction that is rolled back, so each run starts clean. */
function verifyAfter(tamper: () => void) {
  sqlite().exec('BEGIN');
  try {
    tamper();
    return verifyAuditChain(sqlite());
  } finally {
    sqlite().exec('ROLLBACK');
  }
}

describe('audit hash chain', () => {
  it('chains every new row to the one before it and fills the case it concerns', async () => {
    const { caseId } = await someHistory();
    const rows = sqlite()
      .prepare('SELECT id, action, case_id AS caseId, prev_hash AS prevHash, hash FROM audit_log ORDER BY id')
      .all() as { id: number; action: string; caseId: number | null; prevHash: string; hash: string }[];
    expect(rows.map((r) => r.action)).toEqual([
      'office.setup',
      'case.create',
      'subject.add',
      'request.create',
      'case.update',
    ]);
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
    rows.slice(1).forEach((row, i) => expect(row.prevHash).toBe(rows[i]!.hash));
    expect(rows.map((r) => r.caseId)).toEqual([null, caseId, caseId, caseId, caseId]);
    expect(verifyAuditChain(sqlite())).toEqual({ ok: true, rows: 5, brokenAt: null });
    expect(await app.call('audit:verify', {})).toEqual({ ok: true, rows: 5, brokenAt: null, anchor: null });
  });

  it('detects a change to any column of any row at exactly that row', async () => {
    await someHistory();
    const all = ids();
    const text = fc.string();
    const nullableText = fc.oneof(fc.string(), fc.constant(null));
    const integer = fc.oneof(fc.integer({ min: -5, max: 1_000_000 }), fc.constant(null));
    const details = fc.oneof(
      fc.dictionary(fc.string(), fc.jsonValue()).map((v) => JSON.stringify(v)),
      fc.string(), // not JSON at all
    );
    const change = fc.oneof(
      fc.record({ column: fc.constantFrom('at', 'action', 'entity'), value: text }),
      fc.record({ column: fc.constantFrom('actor', 'prev_hash', 'hash'), value: nullableText }),
      fc.record({ column: fc.constantFrom('entity_id', 'case_id'), value: integer }),
      fc.record({ column: fc.constant('details'), value: details }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), change, (id, { column, value }) => {
        const before = sqlite().prepare(`SELECT ${column} AS v FROM audit_log WHERE id = ?`).get(id) as { v: unknown };
        fc.pre(before.v !== value);
        if (column === 'details' && typeof value === 'string') {
          // Reformatting the same JSON is not a change (CHAIN.md): only a different meaning counts.
          fc.pre(!sameJson(before.v as string, value));
        }
        const result = verifyAfter(() =>
          sqlite().prepare(`UPDATE audit_log SET ${column} = ? WHERE id = ?`).run(value, id),
        );
        expect(result.ok).toBe(false);
        expect(result.brokenAt?.id).toBe(id);
        expect(result.brokenAt?.reason).toBe(value === null && column === 'hash' ? 'unchained' : 'content_changed');
      }),
      { numRuns: 150 },
    );
  });

  it('detects a deleted row at the row after it', async () => {
    await someHistory();
    const all = ids();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 2 }), (index) => {
        const result = verifyAfter(() => sqlite().prepare('DELETE FROM audit_log WHERE id = ?').run(all[index]));
        expect(result).toEqual({
          ok: false,
          rows: index,
          brokenAt: { id: all[index + 1], reason: 'previous_missing' },
        });
      }),
    );
  });

  it('detects deleting the newest rows through the chain head', async () => {
    await someHistory();
    const all = ids();
    const last = all.at(-1)!;
    expect(verifyAfter(() => sqlite().prepare('DELETE FROM audit_log WHERE id = ?').run(last))).toEqual({
      ok: false,
      rows: all.length - 1,
      brokenAt: { id: last, reason: 'last_rows_missing' },
    });
    expect(verifyAfter(() => sqlite().prepare('DELETE FROM audit_log WHERE id >= ?').run(all[2]))).toMatchObject({
      brokenAt: { id: last, reason: 'last_rows_missing' },
    });
    expect(verifyAfter(() => sqlite().exec('DELETE FROM audit_log'))).toMatchObject({
      brokenAt: { id: last, reason: 'last_rows_missing' },
    });
    expect(verifyAfter(() => sqlite().exec('DELETE FROM audit_chain_head'))).toMatchObject({
      brokenAt: { id: last, reason: 'head_mismatch' },
    });
  });

  it('detects two rows swapped at the first of them', async () => {
    await someHistory();
    const [, a, b] = ids();
    const result = verifyAfter(() => {
      const swap = `UPDATE audit_log SET action = CASE id WHEN ${a} THEN (SELECT action FROM audit_log WHERE id = ${b})
        ELSE (SELECT action FROM audit_log WHERE id = ${a}) END WHERE id IN (${a}, ${b})`;
      sqlite().exec(swap);
    });
    expect(result.brokenAt).toEqual({ id: a, reason: 'content_changed' });
  });

  it('fails the change when its audit row cannot be written', async () => {
    sqlite().exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no audit'); END");
    const result = await app.raw('case:create', CASE);
    expect(result.ok).toBe(false);
    expect(sqlite().prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    sqlite().exec('DROP TRIGGER refuse_audit');
    expect(verifyAuditChain(sqlite()).ok).toBe(true);
  });

  it('fails the change when the chain head cannot be moved', async () => {
    sqlite().exec(
      "CREATE TRIGGER refuse_head BEFORE UPDATE ON audit_chain_head BEGIN SELECT RAISE(ABORT, 'no head'); END",
    );
    expect((await app.raw('case:create', CASE)).ok).toBe(false);
    expect(sqlite().prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(sqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'case.create'").get()).toEqual({
      n: 0,
    });
  });

  it('chains rows written before the chain existed when the database is next opened', async () => {
    const { caseId } = await someHistory();
    // As the seed tool and pre-0007 versions write them: no hash, no case.
    const insert = sqlite().prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES ('2026-11-30T11:00:00.000Z', 'Tool', ?, 'case', ?, '{\"b\":1,\"a\":[2]}')",
    );
    insert.run('case.touch', caseId);
    insert.run('case.touch2', caseId);
    expect(verifyAuditChain(sqlite()).brokenAt?.reason).toBe('unchained');
    app = app.reopen();
    expect(verifyAuditChain(sqlite())).toEqual({ ok: true, rows: 7, brokenAt: null });
    expect(sqlite().prepare("SELECT case_id AS c FROM audit_log WHERE action = 'case.touch'").get()).toEqual({
      c: caseId,
    });
    await app.call('case:update', { ...CASE, id: caseId, priority: 'low' });
    expect(verifyAuditChain(sqlite())).toEqual({ ok: true, rows: 8, brokenAt: null });
  });

  it('does not re-chain a chained row whose hash was blanked', async () => {
    await someHistory();
    const [, second] = ids();
    sqlite().prepare('UPDATE audit_log SET hash = NULL WHERE id = ?').run(second);
    app = app.reopen();
    expect(verifyAuditChain(sqlite()).brokenAt).toEqual({ id: second, reason: 'unchained' });
  });
});

function sameJson(a: string, b: string): boolean {
  try {
    return canonicalJson(JSON.parse(a)) === canonicalJson(JSON.parse(b));
  } catch {
    return false;
  }
}
