/**
 * Every channel of the contract says whether it reads or writes and what it shows or changes; the
 * dispatcher announces exactly what a write declares, and nothing for a read or a refused write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../shared/ipc-contract';
import { ENTITIES, NOTHING } from '../../shared/contract/entities';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

describe('the contract declares each channel', () => {
  it.each(CHANNEL_NAMES)('%s', (name) => {
    const spec = contract[name];
    expect(['read', 'write']).toContain(spec.access);
    for (const entity of [...spec.changes, ...spec.shows]) expect(ENTITIES).toContain(entity);
    expect(new Set(spec.changes).size).toBe(spec.changes.length);
    expect(new Set(spec.shows).size).toBe(spec.shows.length);
    if (spec.access === 'read') {
      expect(spec.changes).toEqual([]);
    } else {
      expect(spec.shows).toEqual([]);
      // A write that changes nothing says so with NOTHING, not with an empty list left by accident.
      if (spec.changes.length === 0) expect(spec.changes).toBe(NOTHING);
    }
  });

  it('has reads that show each entity some write changes', () => {
    const changed = new Set(CHANNEL_NAMES.flatMap((name) => contract[name].changes));
    const shown = new Set(CHANNEL_NAMES.flatMap((name) => contract[name].shows));
    expect([...changed].filter((entity) => !shown.has(entity))).toEqual([]);
  });
});

describe('the dispatcher announces what a write declares', () => {
  let app: TestApp;
  let seen: unknown[];
  beforeEach(async () => {
    app = openTestApp();
    await app.call('office:setup', OFFICE_PROFILE);
    seen = [];
    app.ctx.events.subscribe((event, payload) => {
      if (event === 'data:changed') seen.push(payload);
    });
  });
  afterEach(() => app.close());

  it('sends one event naming the declared entities for each write', async () => {
    const created = await app.call('case:create', CASE);
    await app.call('request:create', { caseId: created.id, channel: 'mla', title: 'R', counterpartCountry: 'DE' });
    await app.call('subject:add', { caseId: created.id, subject: { name: 'J. Doe', role: 'suspect' } });
    expect(seen).toEqual([
      { entities: [...contract['case:create'].changes] },
      { entities: [...contract['request:create'].changes] },
      { entities: [...contract['subject:add'].changes] },
    ]);
    expect(seen[1]).toEqual({ entities: ['request', 'deadline'] });
  });

  it('sends nothing for a read, a write that changes nothing or a refused write', async () => {
    await app.call('case:list', {});
    await app.call('settings:get', {});
    await app.call('bundle:cancel', { jobId: '00000000-0000-4000-8000-000000000000' }).catch(() => undefined);
    expect((await app.raw('case:create', { ...CASE, title: '' })).ok).toBe(false);
    expect(seen).toEqual([]);
  });
});
