import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { closeApp, openApp } from '../../electron/core/open-app';
import { silentLogger } from '../../electron/core/ports';
import { migrationsBefore } from '../support/migrations';
import { fixedClock, MIGRATIONS_DIR, TEST_DATA_KEY } from '../support/test-app';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-directory-'));
  temps.push(dir);
  return dir;
};

/** Found by name, so the test still holds if the migration is renumbered at merge. */
const TAG = (
  JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }
).entries.find((entry) => entry.tag.endsWith('_directory_organisations_affiliations'))!.tag;

const open = (dataDir: string, migrationsDir: string) =>
  openApp({
    dataDir,
    migrationsDir,
    mode: 'browser',
    version: 'test',
    clock: fixedClock('2026-11-30T10:00:00Z'),
    logger: silentLogger,
    key: TEST_DATA_KEY,
  });

it('turns the free-text organisations of existing contacts into organisations and current memberships', () => {
  const dataDir = tempDir();
  const before = open(dataDir, migrationsBefore(tempDir(), TAG));
  const insert = before.db.sqlite.prepare(
    `INSERT INTO contacts (kind, name, organisation, title, country, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')`,
  );
  insert.run('interpol_ncb', 'Ann', 'NCB Washington', 'Duty officer', 'US');
  insert.run('interpol_ncb', 'Bob', ' ncb washington ', '', 'US');
  insert.run('court', 'Cleo', 'NCB Washington', '', 'CA');
  insert.run('europol_bureau', 'Dan', 'Liaison bureau', '', 'NL');
  insert.run('other', 'Eve', '', 'Freelance', 'FR');
  closeApp(before);

  const after = open(dataDir, MIGRATIONS_DIR);
  try {
    const db = after.db.sqlite;
    const orgs = db.prepare('SELECT id, kind, name, country, uuid FROM organisations ORDER BY id').all() as {
      id: number;
      kind: string;
      name: string;
      country: string;
      uuid: string | null;
    }[];
    expect(orgs.map(({ kind, name, country }) => [kind, name, country])).toEqual([
      ['interpol_ncb', 'NCB Washington', 'US'],
      ['court', 'NCB Washington', 'CA'],
      ['europol_liaison_bureau', 'Liaison bureau', 'NL'],
    ]);
    expect(orgs.every((o) => /^[0-9a-f-]{36}$/.test(o.uuid ?? ''))).toBe(true);
    const memberships = db
      .prepare(
        `SELECT c.name, o.name AS org, o.country, a.title, a.from_on AS fromOn, a.to_on AS toOn, a.uuid
         FROM affiliations a JOIN contacts c ON c.id = a.contact_id JOIN organisations o ON o.id = a.organisation_id
         ORDER BY c.id`,
      )
      .all() as { name: string; org: string; country: string; title: string; fromOn: null; toOn: null; uuid: string }[];
    expect(memberships.map(({ uuid: _u, ...m }) => m)).toEqual([
      { name: 'Ann', org: 'NCB Washington', country: 'US', title: 'Duty officer', fromOn: null, toOn: null },
      { name: 'Bob', org: 'NCB Washington', country: 'US', title: '', fromOn: null, toOn: null },
      { name: 'Cleo', org: 'NCB Washington', country: 'CA', title: '', fromOn: null, toOn: null },
      { name: 'Dan', org: 'Liaison bureau', country: 'NL', title: '', fromOn: null, toOn: null },
    ]);
    expect(memberships.every((m) => /^[0-9a-f-]{36}$/.test(m.uuid))).toBe(true);
    // The typed text is kept on the contact rows.
    expect(db.prepare("SELECT organisation FROM contacts WHERE name = 'Bob'").get()).toEqual({
      organisation: ' ncb washington ',
    });
  } finally {
    closeApp(after);
  }
});
