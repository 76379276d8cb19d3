import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

describe('cases', () => {
  it('gives each new case the next office reference of its year', async () => {
    const first = await app.call('case:create', CASE);
    const second = await app.call('case:create', { ...CASE, title: 'Second case' });
    const nextYear = await app.call('case:create', { ...CASE, openedOn: '2027-01-03' });
    expect([first.reference, second.reference, nextYear.reference]).toEqual([
      'LGT-2026-0001',
      'LGT-2026-0002',
      'LGT-2027-0001',
    ]);
  });

  it('uses the prefix the office configured', async () => {
    await app.call('office:update', {
      ...OFFICE_PROFILE,
      referencePrefix: 'paris',
      officers: [{ id: 1, name: 'Anne Officer' }],
    });
    const created = await app.call('case:create', CASE);
    expect(created.reference).toBe('PARIS-2026-0001');
  });

  it('edits a case and records what changed on its timeline', async () => {
    const created = await app.call('case:create', CASE);
    await app.call('case:update', { ...CASE, id: created.id, status: 'suspended', priority: 'high' });
    const timeline = await app.call('timeline:list', { caseId: created.id });
    expect(timeline.items.map((e) => e.kind)).toEqual(['case_updated', 'case_created']);
    expect(timeline.items[0]?.params).toMatchObject({ from: 'open', to: 'suspended' });
    expect(timeline.items[0]?.actor).toBe('Anne Officer');
  });

  it('refuses a closed case without a closing date and saves nothing', async () => {
    const created = await app.call('case:create', CASE);
    const result = await app.raw('case:update', { ...CASE, id: created.id, status: 'closed' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['closedOn'], message: 'validation.closedOnRequired' }] },
    });
    expect((await app.call('case:get', { id: created.id })).status).toBe('open');
  });

  it('filters, searches and sorts the list in SQL, and hides archived cases by default', async () => {
    const a = await app.call('case:create', {
      ...CASE,
      title: 'Alpha fraud',
      offenceCategory: 'fraud',
      priority: 'low',
      tags: ['alpha'],
    });
    const b = await app.call('case:create', {
      ...CASE,
      title: 'Bravo ransomware',
      offenceCategory: 'ransomware',
      priority: 'critical',
    });
    await app.call('case:create', { ...CASE, title: 'Charlie', counterpartCountry: 'DE' });
    await app.call('identifier:add', { caseId: b.id, identifier: { kind: 'email', value: 'Target@Example.org' } });
    await app.call('case:archive', { id: a.id, archived: true });

    const byPriority = await app.call('case:list', { sortBy: 'priority', sortDir: 'desc' });
    expect(byPriority.items.map((c) => c.title)).toEqual(['Bravo ransomware', 'Charlie']);
    expect((await app.call('case:list', { q: 'target@example' })).items.map((c) => c.id)).toEqual([b.id]);
    expect((await app.call('case:list', { counterpartCountry: 'DE' })).total).toEqual({ count: 1, atLeast: false });
    expect((await app.call('case:list', { archived: 'archived' })).items.map((c) => c.id)).toEqual([a.id]);
    expect((await app.call('case:list', { archived: 'all', tag: 'alpha' })).items.map((c) => c.id)).toEqual([a.id]);
    const first = await app.call('case:list', { archived: 'all', limit: 2, sortBy: 'reference' });
    expect(first.total).toEqual({ count: 3, atLeast: false });
    expect(first.nextCursor).toEqual(expect.stringMatching(/^[\w-]+$/));
    const second = await app.call('case:list', {
      archived: 'all',
      limit: 2,
      sortBy: 'reference',
      cursor: first.nextCursor,
    });
    expect(second).toMatchObject({ total: null, nextCursor: null, items: [{ reference: 'LGT-2026-0003' }] });
  });

  it('treats a search for % or _ literally', async () => {
    await app.call('case:create', { ...CASE, title: '100% genuine' });
    await app.call('case:create', { ...CASE, title: 'Other' });
    expect((await app.call('case:list', { q: '%' })).items.map((c) => c.title)).toEqual(['100% genuine']);
  });
});

describe('identifiers', () => {
  it('validates each kind and stores the normalized value', async () => {
    const created = await app.call('case:create', CASE);
    const phone = await app.call('identifier:add', {
      caseId: created.id,
      identifier: { kind: 'phone', value: '+33 6 12 34 56 78' },
    });
    expect(phone.value).toBe('+33612345678');
    const bad = await app.raw('identifier:add', {
      caseId: created.id,
      identifier: { kind: 'imei', value: '490154203237519' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['identifier', 'value'], message: 'validation.identifier.imei' }] },
    });
    const ip = await app.raw('identifier:add', {
      caseId: created.id,
      identifier: { kind: 'ip', value: '198.51.100.7' },
    });
    expect(ip.ok).toBe(false);
    expect((await app.call('case:get', { id: created.id })).identifiers).toHaveLength(1);
  });

  it('refuses a subject that belongs to another case', async () => {
    const one = await app.call('case:create', CASE);
    const two = await app.call('case:create', CASE);
    const subject = await app.call('subject:add', { caseId: one.id, subject: { name: 'X', role: 'suspect' } });
    const result = await app.raw('identifier:add', {
      caseId: two.id,
      identifier: { kind: 'domain', value: 'example.org', subjectId: subject.id },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
