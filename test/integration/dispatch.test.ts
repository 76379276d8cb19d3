import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../shared/ipc-contract';
import { handlers } from '../../electron/ipc/handlers';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

const rowCounts = (t: TestApp) =>
  ['cases', 'requests', 'contacts', 'audit_log', 'timeline_events'].map(
    (table) => (t.ctx.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
  );

describe('dispatch', () => {
  it('has a handler for exactly the contract channels', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers an unknown channel with a specific error', async () => {
    expect(await app.raw('case:drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it.each([
    ['case:create', { ...CASE, title: '' }],
    ['case:create', { ...CASE, offenceCategory: 'jaywalking' }],
    ['case:create', 'not an object'],
    ['case:create', { ...CASE, openedOn: '30/11/2026' }],
    ['request:create', { caseId: 'one', channel: 'mla', title: 'x', counterpartCountry: 'US' }],
    ['contact:create', { kind: 'court', name: 'x', country: 'ZZ' }],
    ['office:get', { extra: true }],
  ])('refuses malformed input to %s and writes nothing', async (channel, input) => {
    const before = rowCounts(app);
    const result = await app.raw(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!result.ok && result.error.issues && result.error.issues.length > 0).toBe(true);
    expect(rowCounts(app)).toEqual(before);
  });

  it('writes the audit row in the same transaction as the change', async () => {
    const created = await app.call('case:create', CASE);
    const audit = app.ctx.db.sqlite
      .prepare("SELECT action, entity_id AS id FROM audit_log WHERE entity = 'case'")
      .all();
    expect(audit).toEqual([{ action: 'case.create', id: created.id }]);
  });

  it('announces writes to the renderer, not reads', async () => {
    const seen: string[] = [];
    app.ctx.events.subscribe((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`));
    const created = await app.call('case:create', CASE);
    const request = await app.call('request:create', {
      caseId: created.id,
      channel: 'mla',
      title: 'R',
      counterpartCountry: 'DE',
    });
    seen.length = 0;
    // Every announcement makes the page refetch, so a read that announced would loop forever.
    await app.call('case:list', {});
    await app.call('request:workflow', { id: request.id });
    await app.call('deadline:list', {});
    await app.call('rule:list', {});
    await app.call('settings:get', {});
    await app.call('dashboard:get', {});
    expect(seen).toEqual([]);
    await app.call('request:transition', { requestId: request.id, action: 'send_to_central_authority' });
    expect(seen).toEqual(['data:changed:{"entities":["request","deadline"]}']);
  });

  it('returns outputs that satisfy the contract for every read', async () => {
    const created = await app.call('case:create', CASE);
    for (const [channel, input] of [
      ['case:get', { id: created.id }],
      ['case:list', {}],
      ['dashboard:get', {}],
      ['app:info', {}],
    ] as const) {
      const result = await app.raw(channel, input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(() => contract[channel].output.parse(result.data)).not.toThrow();
    }
  });
});
