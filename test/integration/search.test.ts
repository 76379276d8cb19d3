import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchInput } from '../../shared/contract/search';
import { MATCH_END, MATCH_START } from '../../shared/domain/search';
import type { ChannelInput } from '../../shared/ipc-contract';
import { closeApp, openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { canonicalIpv6 } from '../../electron/core/search/ip';
import { searchQuery } from '../../electron/core/search/search-repo';
import {
  CASE,
  fixedClock,
  MIGRATIONS_DIR,
  OFFICE_PROFILE,
  openTestApp,
  type TestApp,
  TEST_DATA_KEY,
} from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp();
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

const search = (input: ChannelInput<'search:query'>) => app.call('search:query', input);
const titles = async (input: ChannelInput<'search:query'>) => (await search(input)).items.map((h) => h.title);
const newCase = async (fields: Partial<ChannelInput<'case:create'>> = {}) =>
  (await app.call('case:create', { ...CASE, ...fields })).id;
const addIdentifier = async (caseId: number, identifier: ChannelInput<'identifier:add'>['identifier']) =>
  (await app.call('identifier:add', { caseId, identifier })).id;
const IP_SEEN = { observedAt: '2026-11-01T10:00', timeZone: 'UTC' };

describe('search: words', () => {
  it('finds a case by a word of its summary, ignoring diacritics either way', async () => {
    const id = await newCase({ summary: 'Victim Jürgen Müller paid a ransom' });
    await newCase({ title: 'Phishing of the Mueller family' });
    for (const q of ['muller', 'Müller', 'jurgen']) {
      const result = await search({ q });
      expect(result.items.map((h) => [h.type, h.id])).toEqual([['case', id]]);
    }
    await newCase({ title: 'Fraud by Francois Lefevre' });
    expect(await titles({ q: 'François Lefèvre' })).toEqual(['LGT-2026-0003 · Fraud by Francois Lefevre']);
  });

  it('matches words by prefix, ranks title matches above body matches, and marks the match', async () => {
    const bodyOnly = await newCase({ title: 'Extortion of a clinic', summary: 'Ransomware encrypted the records' });
    const inTitle = await newCase({ title: 'Ransomware at the port authority' });
    const result = await search({ q: 'ransom' });
    expect(result.items.map((h) => h.id)).toEqual([inTitle, bodyOnly]);
    expect(result.items[0]!.score).toBeGreaterThan(result.items[1]!.score);
    expect(result.items[1]).toMatchObject({
      type: 'case',
      caseId: bodyOnly,
      subtitle: 'illegal_access · open',
      date: '2026-11-02',
      snippet: `${MATCH_START}Ransomware${MATCH_END} encrypted the records webmail`,
    });
  });

  it('finds subjects as part of their case, and requests and contacts by their fields', async () => {
    const caseId = await newCase();
    await app.call('subject:add', { caseId, subject: { name: 'Oksana Tkachenko', role: 'suspect' } });
    await app.call('request:create', {
      caseId,
      channel: 'provider',
      kind: 'preservation',
      title: 'Preserve the mailbox',
      counterpartCountry: 'US',
      provider: 'Example Mail Inc.',
      theirReference: 'EXM-4471',
    });
    await app.call('contact:create', {
      kind: 'interpol_ncb',
      name: 'Duty officer',
      organisation: 'NCB Washington',
      country: 'US',
    });
    expect((await search({ q: 'tkachenko' })).items.map((h) => h.type)).toEqual(['case']);
    expect((await search({ q: 'EXM-4471' })).items[0]).toMatchObject({
      type: 'request',
      caseId,
      subtitle: 'LGT-2026-0001 · provider',
    });
    expect((await search({ q: 'washington' })).items[0]).toMatchObject({
      type: 'contact',
      title: 'Duty officer',
      subtitle: 'NCB Washington · US',
      caseId: null,
    });
  });

  it('never fails on FTS syntax in the query', async () => {
    await newCase({ title: 'Botnet takedown' });
    for (const q of [
      '"botnet',
      'bot*',
      'NEAR(botnet takedown)',
      '(botnet) OR',
      '-botnet',
      'botnet AND NOT x',
      '^bot',
      'title:bot',
      '"',
      '*',
      '( )',
      '- -',
    ]) {
      const envelope = await app.raw('search:query', { q });
      expect(envelope.ok, q).toBe(true);
    }
    expect(await titles({ q: '"botnet' })).toEqual(['LGT-2026-0001 · Botnet takedown']);
    expect((await search({ q: '()*' })).items).toEqual([]);
  });
});

describe('search: identifiers', () => {
  it('finds a phone however it is typed', async () => {
    const caseId = await newCase();
    const id = await addIdentifier(caseId, { kind: 'phone', value: '+1 202 555 0143' });
    for (const q of ['+1 (202) 555-0143', '0012025550143', '+12025550143', '(202) 555-0143']) {
      expect(
        (await search({ q })).items.map((h) => [h.type, h.id]),
        q,
      ).toEqual([['identifier', id]]);
    }
    expect((await search({ q: '+12025550143' })).items[0]).toMatchObject({
      title: '+12025550143',
      subtitle: 'LGT-2026-0001 · phone',
      caseId,
      date: null,
    });
  });

  it('finds an IPv6 address written in any of its forms', async () => {
    const caseId = await newCase();
    const id = await addIdentifier(caseId, { kind: 'ip', value: '2001:DB8::1', ...IP_SEEN });
    await addIdentifier(caseId, { kind: 'ip', value: '2001:db8::2', ...IP_SEEN });
    for (const q of ['2001:0db8:0:0:0:0:0:1', '2001:db8::1', '2001:0DB8:0000:0000:0000:0000:0000:0001']) {
      expect(
        (await search({ q })).items.map((h) => h.id),
        q,
      ).toEqual([id]);
    }
    expect(canonicalIpv6('2001:db8::1')).toBe('2001:0db8:0000:0000:0000:0000:0000:0001');
    expect(canonicalIpv6('::ffff:192.0.2.1')).toBe('0000:0000:0000:0000:0000:ffff:c000:0201');
    expect(canonicalIpv6('::')).toBe('0000:0000:0000:0000:0000:0000:0000:0000');
    expect(canonicalIpv6('192.0.2.1')).toBeNull();
    expect(canonicalIpv6('2001:db8::1::2')).toBeNull();
  });
});

describe('search: filters', () => {
  it('narrows by type, channel, country and date range', async () => {
    const us = await newCase({ title: 'Cartel laundering', openedOn: '2026-03-01' });
    const de = await newCase({ title: 'Cartel phishing', counterpartCountry: 'DE', openedOn: '2026-09-01' });
    const base = { caseId: us, counterpartCountry: 'US' } as const;
    await app.call('request:create', { ...base, channel: 'mla', title: 'Cartel bank records', sentOn: '2026-10-01' });
    await app.call('request:create', {
      ...base,
      channel: 'police',
      kind: 'interpol',
      title: 'Cartel diffusion',
      counterpartCountry: 'DE',
      sentOn: '2026-04-01',
    });
    const hits = async (input: Omit<ChannelInput<'search:query'>, 'q'>) =>
      (await search({ q: 'cartel', ...input })).items.map((h) => `${h.type}:${h.title}`).sort();
    expect(await hits({ types: ['case'] })).toEqual([
      'case:LGT-2026-0001 · Cartel laundering',
      'case:LGT-2026-0002 · Cartel phishing',
    ]);
    expect(await hits({ channel: 'mla' })).toEqual(['request:Cartel bank records']);
    expect(await hits({ types: ['case'], channel: 'mla' })).toEqual([]);
    expect(await hits({ country: 'DE' })).toEqual(['case:LGT-2026-0002 · Cartel phishing', 'request:Cartel diffusion']);
    expect(await hits({ from: '2026-08-01', to: '2026-12-31' })).toEqual([
      'case:LGT-2026-0002 · Cartel phishing',
      'request:Cartel bank records',
    ]);
    expect(de).toBeGreaterThan(us);
  });

  it('ranks rows of archived cases after active ones', async () => {
    const archived = await newCase({ title: 'Skimming ring' });
    const active = await newCase({ title: 'Extortion', summary: 'skimming devices found' });
    await app.call('case:archive', { id: archived, archived: true });
    expect((await search({ q: 'skimming' })).items.map((h) => h.id)).toEqual([active, archived]);
  });
});

describe('search: index in step with the data', () => {
  it('follows updates and removals made through the channels', async () => {
    const id = await newCase({ title: 'Sextortion of students' });
    await app.call('case:update', { id, ...CASE, title: 'Grooming of students' });
    expect(await titles({ q: 'sextortion' })).toEqual([]);
    expect(await titles({ q: 'grooming' })).toEqual(['LGT-2026-0001 · Grooming of students']);
    const identifier = await addIdentifier(id, { kind: 'email', value: 'Groomer@Example.net' });
    expect((await search({ q: 'groomer@example.net' })).items.map((h) => h.id)).toEqual([identifier]);
    await app.call('identifier:remove', { id: identifier });
    expect((await search({ q: 'groomer@example.net' })).items).toEqual([]);
  });

  it('caps a term common to many rows, and stays fast', async () => {
    const sqlite = app.ctx.db.sqlite;
    const insert = sqlite.prepare(
      "INSERT INTO cases (reference, title, offence_category, status, priority, opened_on, summary, created_at, updated_at) VALUES (?, ?, 'fraud', 'open', 'normal', '2026-01-01', 'common fraud pattern', 'x', 'x')",
    );
    sqlite.transaction(() => {
      for (let n = 1; n <= 600; n += 1) insert.run(`BULK-${n}`, `Invoice fraud ${n}`);
    })();
    const started = performance.now();
    const result = await search({ q: 'fraud', limit: 10 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toMatchObject({ capped: true, total: 500 });
    expect(result.items.length).toBe(10);
    expect(await search({ q: 'invoice 599' })).toMatchObject({ capped: false, total: 1 });
  });

  it('indexes the rows that existed before the index (migration 0003)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-search-'));
    cpSync(MIGRATIONS_DIR, path.join(dir, 'migrations'), { recursive: true });
    const journalFile = path.join(dir, 'migrations', 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0003');
    writeFileSync(journalFile, JSON.stringify(journal));
    const options = {
      dataDir: path.join(dir, 'data'),
      mode: 'browser',
      version: 'test',
      logger: silentLogger,
      key: TEST_DATA_KEY,
    } as const;
    const before = openApp({
      ...options,
      migrationsDir: path.join(dir, 'migrations'),
      clock: fixedClock('2026-01-01'),
    });
    const db = before.db.sqlite;
    db.prepare(
      "INSERT INTO cases (id, reference, title, offence_category, status, priority, opened_on, tags, created_at, updated_at) VALUES (1, 'OLD-1', 'Carding forum', 'fraud', 'open', 'normal', '2025-01-02', '[\"dumps\"]', 'x', 'x')",
    ).run();
    db.prepare(
      "INSERT INTO subjects (case_id, role, name, created_at, updated_at) VALUES (1, 'suspect', 'Vasyl Petrenko', 'x', 'x')",
    ).run();
    db.prepare(
      "INSERT INTO identifiers (case_id, kind, value, created_at, updated_at) VALUES (1, 'phone', '+380441234567', 'x', 'x')",
    ).run();
    closeApp(before);
    const after = openApp({ ...options, migrationsDir: MIGRATIONS_DIR, clock: fixedClock('2026-01-01') });
    const hits = (q: string) =>
      searchQuery(after.db.sqlite, searchInput.parse({ q })).items.map((h) => `${h.type}:${h.title}`);
    expect(hits('petrenko dumps')).toEqual(['case:OLD-1 · Carding forum']);
    expect(hits('044 123 4567')).toEqual(['identifier:+380441234567']);
    closeApp(after);
    rmSync(dir, { recursive: true, force: true });
  });
});
