import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, describe, expect, it } from 'vitest';
import { receiveUpload } from '../../electron/core/attachments/intake';
import { applyDatabaseKey, isPlainDatabaseFile } from '../../electron/core/db/cipher';
import { openDatabase, closeDatabase } from '../../electron/core/db/open';
import { OPEN_HOOKS } from '../../electron/core/open-app';
import { blobPath, openBlob } from '../../electron/core/files/blob-store';
import { silentLogger } from '../../electron/core/ports';
import { readKeyStore, writeKeyStore } from '../../electron/core/security/keystore';
import { dataKeyFromSecret, provisionKeyStore } from '../../electron/core/security/provision';
import { ANNE, BRUNO, openLockedApp, type LockedApp } from '../support/auth-app';
import { CASE, fixedClock, MIGRATIONS_DIR, OFFICE_PROFILE, TEST_KDF_COST } from '../support/test-app';

let app: LockedApp;
afterEach(() => app.close());

const EVIDENCE = Buffer.from('Subscriber: Vasyl Petrenko, +380 44 123 4567, registered 2019-04-02');

async function officeWithEvidence(): Promise<{ caseId: number; sha256: string }> {
  app = openLockedApp();
  await app.call('auth:setup', ANNE);
  await app.call('office:setup', { ...OFFICE_PROFILE, officers: [{ id: 1, name: ANNE.name }] });
  const created = await app.call('case:create', { ...CASE, title: 'Petrenko account takeover' });
  const staged = await receiveUpload(app.ctx, Readable.from([EVIDENCE]), {
    name: 'subscriber.txt',
    mediaType: null,
    declaredSize: null,
  });
  const added = await app.call('attachment:add', { caseId: created.id, token: staged.token, kind: 'evidence' });
  return { caseId: created.id, sha256: added.sha256 };
}

/** Every file under the data folder, as bytes. */
function allFiles(dir: string): Buffer[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name)));
}

const dbFile = () => path.join(app.dataDir, 'legat.sqlite');

describe('encryption at rest', () => {
  it('keeps neither the case nor the attachment readable on disk, and opens both after sign-in', async () => {
    const { caseId, sha256 } = await officeWithEvidence();
    await app.call('auth:lock', {});
    for (const bytes of allFiles(app.dataDir)) {
      expect(bytes.includes(Buffer.from('Petrenko'))).toBe(false);
      expect(bytes.includes(Buffer.from('Vasyl'))).toBe(false);
    }
    expect(isPlainDatabaseFile(dbFile())).toBe(false);
    expect(await app.raw('attachment:get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    await app.call('auth:signIn', { officerId: 1, ...ANNE });
    expect((await app.call('case:get', { id: caseId })).title).toBe('Petrenko account takeover');
    const plain = await buffer(openBlob(app.dataDir, sha256, app.ctx.session.dataKey()));
    expect(plain.equals(EVIDENCE)).toBe(true);
    expect(createHash('sha256').update(plain).digest('hex')).toBe(sha256);
  });

  it('re-wraps the key on a passphrase change without re-encrypting the database or the files', async () => {
    const { sha256 } = await officeWithEvidence();
    await app.call('auth:enrolOfficer', { name: BRUNO.name, passphrase: BRUNO.passphrase });
    const dataKey = Buffer.from(app.ctx.session.dataKey());
    const salt = readFileSync(dbFile()).subarray(0, 16);
    const sealed = readFileSync(blobPath(app.dataDir, sha256));
    const before = readKeyStore(app.dataDir)!;

    expect(
      await app.raw('auth:changePassphrase', { current: 'not the current one', next: 'the next passphrase' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['current'], message: 'validation.wrongPassphrase' }] },
    });
    const next = 'anne changed her passphrase';
    await app.call('auth:changePassphrase', { current: ANNE.passphrase, next });
    await app.call('auth:lock', {});

    const after = readKeyStore(app.dataDir)!;
    expect(after.officers[0]!.wrapped).not.toEqual(before.officers[0]!.wrapped);
    expect(after.officers[1]).toEqual(before.officers[1]);
    expect(after.recovery).toEqual(before.recovery);
    // Same database salt, same data key, same sealed file bytes: nothing was re-encrypted.
    expect(readFileSync(dbFile()).subarray(0, 16).equals(salt)).toBe(true);
    expect(readFileSync(blobPath(app.dataDir, sha256)).equals(sealed)).toBe(true);
    const raw = new Database(dbFile(), { readonly: true });
    applyDatabaseKey(raw, dataKey);
    expect(raw.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    raw.close();

    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'wrongPassphrase' });
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: next })).toMatchObject({ outcome: 'signedIn' });
    expect(await app.call('auth:lock', {})).toEqual({ ok: true });
    expect(await app.call('auth:signIn', { officerId: 2, passphrase: BRUNO.passphrase })).toMatchObject({
      outcome: 'signedIn',
    });
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      'with one byte flipped',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        const at = Math.floor(copy.length * 0.6);
        copy.writeUInt8(copy.readUInt8(at) ^ 0x10, at);
        return copy;
      },
    ],
  ])('says a database file %s is damaged, changes nothing, and opens again once restored', async (_what, damage) => {
    await officeWithEvidence();
    await app.call('auth:lock', {});
    const original = readFileSync(dbFile());
    const damaged = damage(original);
    writeFileSync(dbFile(), damaged);

    // The passphrase is right, so the officer gets in, to a database that says it is damaged, takes no
    // writes and offers the last good backup (backups.test.ts restores one).
    // Damage the open itself does not read is found by the check that follows every sign-in.
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    await app.ctx.storage.check.settled();
    expect((await app.call('backup:status', {})).damaged).not.toBeNull();
    const write = await app.raw('case:create', { ...CASE, title: 'Typed into a damaged file' });
    expect(write).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    await app.call('auth:lock', {});
    // A file the open itself cannot read is left as it was. Damage found by the check after sign-in
    // comes after the sign-in's own audit row was written; the damaged bytes stay, as evidence.
    const kept = readFileSync(dbFile());
    const flipped = [...damaged.keys()].filter((at) => at < original.length && damaged[at] !== original[at]);
    expect(kept.equals(damaged) || flipped.every((at) => kept[at] === damaged[at])).toBe(true);

    writeFileSync(dbFile(), original);
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    expect((await app.call('case:list', {})).items).toHaveLength(1);
  });

  it('does not start an empty database when the key store is there but the database is not', async () => {
    await officeWithEvidence();
    await app.call('auth:lock', {});
    renameSync(dbFile(), `${dbFile()}.moved`);
    expect(await app.raw('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({
      ok: false,
      error: { code: 'UNREADABLE', message: expect.stringMatching(/is missing/) as unknown },
    });
    expect(existsSync(dbFile())).toBe(false);
  });

  it('refuses a wrong passphrase without touching the database', async () => {
    await officeWithEvidence();
    await app.call('auth:lock', {});
    const original = readFileSync(dbFile());
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: 'this is not it at all' })).toEqual({
      outcome: 'wrongPassphrase',
      attemptsLeft: 4,
    });
    expect(readFileSync(dbFile()).equals(original)).toBe(true);
  });
});

/** A data folder as Legat wrote it before encryption: plain database, plain attachment file. */
function plainDataFolder(): { dataDir: string; sha256: string } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legat-plain-'));
  const db = openDatabase({
    file: path.join(dataDir, 'legat.sqlite'),
    migrationsDir: MIGRATIONS_DIR,
    backupsDir: path.join(dataDir, 'backups'),
    clock: fixedClock('2026-01-01T00:00:00Z'),
    logger: silentLogger,
    hooks: OPEN_HOOKS,
  });
  db.sqlite.exec(`
    INSERT INTO officers (id, name, title, email, active, created_at, updated_at) VALUES (1, 'Old Officer', '', '', 1, '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');
    INSERT INTO office (id, name, home_country, host_country, time_zone, reference_prefix, is_sample, current_officer_id, created_at, updated_at)
      VALUES (1, 'Old office', 'FR', 'US', 'America/New_York', 'OLD', 0, 1, '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');
    INSERT INTO cases (id, reference, title, offence_category, status, priority, opened_on, created_at, updated_at)
      VALUES (1, 'OLD-2025-0001', 'Petrenko carding forum', 'fraud', 'open', 'normal', '2025-01-02', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');`);
  closeDatabase(db);
  const sha256 = createHash('sha256').update(EVIDENCE).digest('hex');
  mkdirSync(path.dirname(blobPath(dataDir, sha256)), { recursive: true });
  writeFileSync(blobPath(dataDir, sha256), EVIDENCE);
  return { dataDir, sha256 };
}

describe('a data folder from before encryption', () => {
  it('is encrypted at set-up by one of its officers, after an encrypted, verified backup', async () => {
    const { dataDir, sha256 } = plainDataFolder();
    app = openLockedApp({ dataDir });
    expect(await app.call('auth:status', {})).toMatchObject({
      state: 'setup',
      existingOfficers: [{ officerId: 1, name: 'Old Officer' }],
    });
    await app.call('auth:setup', { officerId: 1, passphrase: ANNE.passphrase });
    expect((await app.call('case:list', {})).items.map((c) => c.title)).toEqual(['Petrenko carding forum']);
    expect(isPlainDatabaseFile(dbFile())).toBe(false);
    const key = Buffer.from(app.ctx.session.dataKey());
    expect((await buffer(openBlob(dataDir, sha256, key))).equals(EVIDENCE)).toBe(true);
    expect(readFileSync(blobPath(dataDir, sha256)).includes(Buffer.from('Petrenko'))).toBe(false);
    const audit = app.ctx.db.sqlite
      .prepare("SELECT actor, details FROM audit_log WHERE action = 'security.encrypted'")
      .get() as {
      actor: string;
      details: string;
    };
    expect(audit.actor).toBe('Old Officer');
    const backupFile = (JSON.parse(audit.details) as { backupFile: string }).backupFile;
    expect(readdirSync(path.join(dataDir, 'backups'))).toEqual([path.basename(backupFile)]);
    expect(isPlainDatabaseFile(backupFile)).toBe(false);
    const backup = new Database(backupFile, { readonly: true });
    applyDatabaseKey(backup, key);
    expect(backup.prepare('SELECT title FROM cases').all()).toEqual([{ title: 'Petrenko carding forum' }]);
    backup.close();
  });

  it('is encrypted at the first sign-in when the key store was written but encryption never ran', async () => {
    const { dataDir } = plainDataFolder();
    const key = randomBytes(32);
    await provisionKeyStore({
      dataDir,
      dataKey: key,
      officer: { id: 1, name: 'Old Officer' },
      passphrase: ANNE.passphrase,
      cost: TEST_KDF_COST,
      now: '2026-01-01T00:00:00Z',
    });
    app = openLockedApp({ dataDir });
    expect((await app.call('auth:status', {})).state).toBe('locked');
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: ANNE.passphrase })).toMatchObject({
      outcome: 'signedIn',
    });
    expect(isPlainDatabaseFile(dbFile())).toBe(false);
    expect((await app.call('case:list', {})).total).toMatchObject({ count: 1 });
    expect((await dataKeyFromSecret(dataDir, ANNE.passphrase))?.equals(key)).toBe(true);
  });
});

/** The database rewritten in SQLCipher 4's format, as Legat wrote it before AEGIS-256 (2026-12). */
function toSqlcipherFormat(file: string, key: Buffer): void {
  const db = new Database(file);
  applyDatabaseKey(db, key);
  db.pragma('journal_mode = DELETE');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  db.close();
}

/** Whether the file opens under AEGIS-256 alone, with no fallback to the older format. */
function opensAsAegis(file: string, key: Buffer): boolean {
  const db = new Database(file, { readonly: true });
  try {
    db.pragma("cipher = 'aegis'");
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('a database in SQLCipher 4 format (Legat before 2026-12)', () => {
  it('is converted to AEGIS-256 at sign-in, with the original kept as a restorable backup', async () => {
    const { sha256 } = await officeWithEvidence();
    const key = Buffer.from(app.ctx.session.dataKey());
    expect(opensAsAegis(dbFile(), key)).toBe(true);
    await app.call('auth:lock', {});
    toSqlcipherFormat(dbFile(), key);
    writeKeyStore(app.dataDir, { ...readKeyStore(app.dataDir)!, cipher: 'sqlcipher4-rawkey' });
    expect(opensAsAegis(dbFile(), key)).toBe(false);
    const original = readFileSync(dbFile());

    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    expect(opensAsAegis(dbFile(), key)).toBe(true);
    // The key store tells other tools how the file is encrypted now.
    expect(readKeyStore(app.dataDir)?.cipher).toBe('aegis256-rawkey');
    expect((await app.call('case:list', {})).items.map((c) => c.title)).toEqual(['Petrenko account takeover']);
    expect((await buffer(openBlob(app.dataDir, sha256, key))).equals(EVIDENCE)).toBe(true);

    const audit = app.ctx.db.sqlite
      .prepare("SELECT actor, details FROM audit_log WHERE action = 'security.cipherUpgraded'")
      .all() as { actor: string; details: string }[];
    expect(audit).toHaveLength(1);
    const { backupFile, cipher } = JSON.parse(audit[0]!.details) as { backupFile: string; cipher: string };
    expect([audit[0]!.actor, cipher]).toEqual([ANNE.name, 'aegis-256']);
    // The original bytes, listed and restorable as the copy taken before a migration.
    expect(readFileSync(backupFile).equals(original)).toBe(true);
    const listed = (await app.call('backup:list', {})).items.find((b) => b.name === path.basename(backupFile));
    expect(listed).toMatchObject({ kind: 'pre-migration', verified: true });
    const backup = new Database(backupFile, { readonly: true });
    expect(applyDatabaseKey(backup, key)).toBe('sqlcipher');
    expect(backup.prepare('SELECT title FROM cases').all()).toEqual([{ title: 'Petrenko account takeover' }]);
    backup.close();

    // Once is enough: the next sign-in finds AEGIS-256 and leaves the file and the backups alone.
    await app.call('auth:lock', {});
    const backups = readdirSync(path.join(app.dataDir, 'backups'));
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    expect(readdirSync(path.join(app.dataDir, 'backups'))).toEqual(backups);
    expect(
      app.ctx.db.sqlite
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'security.cipherUpgraded'")
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('signs in on the older format when the conversion fails, and leaves it in that format', async () => {
    await officeWithEvidence();
    const key = Buffer.from(app.ctx.session.dataKey());
    await app.call('auth:lock', {});
    toSqlcipherFormat(dbFile(), key);
    // A file where the backups folder should be: the original cannot be kept, so nothing is converted.
    writeFileSync(path.join(app.dataDir, 'backups'), 'not a folder');
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    expect((await app.call('case:list', {})).items.map((c) => c.title)).toEqual(['Petrenko account takeover']);
    await app.call('auth:lock', {});
    expect(opensAsAegis(dbFile(), key)).toBe(false);
    expect(readdirSync(app.dataDir).filter((name) => name.includes('converting'))).toEqual([]);
  });

  it('is read as it is, and converted, only with the right key', async () => {
    await officeWithEvidence();
    const key = Buffer.from(app.ctx.session.dataKey());
    await app.call('auth:lock', {});
    toSqlcipherFormat(dbFile(), key);
    const wrong = new Database(dbFile(), { readonly: true });
    expect(applyDatabaseKey(wrong, randomBytes(32))).toBe('sqlcipher');
    expect(() => wrong.prepare('SELECT count(*) FROM cases').get()).toThrow(/not a database/);
    wrong.close();
    const before = readFileSync(dbFile());
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: 'not the passphrase at all' })).toMatchObject({
      outcome: 'wrongPassphrase',
    });
    expect(readFileSync(dbFile()).equals(before)).toBe(true);
  });
});
