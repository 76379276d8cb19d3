import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keystorePath } from '../../electron/core/security/keystore';
import { ANNE, BRUNO, openLockedApp, type LockedApp } from '../support/auth-app';
import { CASE, OFFICE_PROFILE } from '../support/test-app';

let app: LockedApp;
afterEach(() => app.close());

const auditRows = () =>
  app.ctx.db.sqlite.prepare('SELECT action, actor, entity_id AS entityId FROM audit_log ORDER BY id').all() as {
    action: string;
    actor: string | null;
    entityId: number | null;
  }[];

async function setUp(): Promise<string> {
  app = openLockedApp();
  expect((await app.call('auth:status', {})).state).toBe('setup');
  const done = await app.call('auth:setup', ANNE);
  return done.recoveryKey;
}

describe('sign-in', () => {
  it('sets up the first officer, shows a recovery key once, and locks and unlocks', async () => {
    const recoveryKey = await setUp();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(readFileSync(keystorePath(app.dataDir), 'utf8')).not.toContain(recoveryKey);
    expect(await app.call('auth:status', {})).toMatchObject({
      state: 'unlocked',
      signedIn: { officerId: 1, name: ANNE.name },
      idleMinutes: 15,
    });
    await app.call('office:setup', { ...OFFICE_PROFILE, officers: [{ id: 1, name: ANNE.name }] });

    await app.call('auth:lock', { reason: 'idle' });
    const locked = await app.call('auth:status', {});
    // The lock screen learns who may sign in, and nothing of the office's work.
    expect(locked).toEqual({
      state: 'locked',
      officers: [{ officerId: 1, name: ANNE.name }],
      signedIn: null,
      lockedUntil: null,
      idleMinutes: 15,
      idleSeconds: 900,
      existingOfficers: [],
    });
    for (const channel of ['case:list', 'office:get', 'dashboard:get', 'audit:list'] as const) {
      expect(await app.raw(channel, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }

    expect(await app.call('auth:signIn', { officerId: 1, passphrase: 'not her passphrase' })).toEqual({
      outcome: 'wrongPassphrase',
      attemptsLeft: 4,
    });
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    expect((await app.call('case:list', {})).items).toEqual([]);
    expect(auditRows().filter((r) => r.action.startsWith('auth.'))).toEqual([
      { action: 'auth.setup', actor: ANNE.name, entityId: 1 },
      { action: 'auth.lock', actor: ANNE.name, entityId: 1 },
      // Written at the next sign-in (the database is closed while locked), unsigned: nobody was signed in.
      { action: 'auth.signInFailed', actor: null, entityId: 1 },
      { action: 'auth.signIn', actor: ANNE.name, entityId: 1 },
    ]);
  });

  it('signs every audit row with the officer who signed in', async () => {
    await setUp();
    await app.call('office:setup', { ...OFFICE_PROFILE, officers: [{ id: 1, name: ANNE.name }] });
    const status = await app.call('auth:enrolOfficer', {
      name: BRUNO.name,
      title: 'Liaison',
      passphrase: BRUNO.passphrase,
    });
    expect(status.officers.map((o) => o.name)).toEqual([ANNE.name, BRUNO.name]);
    expect(await app.raw('office:setCurrentOfficer', { officerId: 2 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await app.call('auth:lock', {});
    await app.call('auth:signIn', { officerId: 2, passphrase: BRUNO.passphrase });
    await app.call('case:create', CASE);
    const rows = auditRows();
    expect(rows.find((r) => r.action === 'officer.add' && r.entityId === 2)).toMatchObject({ actor: ANNE.name });
    expect(rows.find((r) => r.action === 'auth.officerEnrolled')).toMatchObject({ actor: ANNE.name, entityId: 2 });
    expect(rows.find((r) => r.action === 'case.create')).toMatchObject({ actor: BRUNO.name });
    expect((await app.call('office:get', {}))!.currentOfficerId).toBe(2);
  });

  it('refuses short and common passphrases with the field named, and writes nothing', async () => {
    app = openLockedApp();
    for (const [passphrase, message] of [
      ['short one', 'validation.passphraseTooShort'],
      ['password1234', 'validation.passphraseCommon'],
      ['qwertyqwerty', 'validation.passphraseCommon'],
      ['1qaz2wsx3edc', 'validation.passphraseCommon'],
    ] as const) {
      expect(await app.raw('auth:setup', { name: ANNE.name, passphrase })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['passphrase'], message }] },
      });
    }
    expect((await app.call('auth:status', {})).state).toBe('setup');
  });

  it('locks sign-in for ten minutes after five failures, across a restart, then lets the right passphrase in', async () => {
    await setUp();
    await app.call('auth:lock', {});
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await app.call('auth:signIn', { officerId: 1, passphrase: `wrong guess number ${attempt}` })).toEqual({
        outcome: 'wrongPassphrase',
        attemptsLeft: 5 - attempt,
      });
    }
    app = app.restart();
    const until = '2026-11-30T10:10:00.000Z';
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: 'wrong guess number 5' })).toEqual({
      outcome: 'lockedOut',
      until,
    });
    expect((await app.call('auth:status', {})).lockedUntil).toBe(until);
    // While locked out even the right passphrase is not tried.
    app.clock.set('2026-11-30T10:09:59Z');
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toEqual({ outcome: 'lockedOut', until });
    app = app.restart();
    app.clock.set('2026-11-30T10:10:00Z');
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'signedIn' });
    expect(auditRows().filter((r) => r.action === 'auth.signInFailed')).toHaveLength(5);
    expect(auditRows().filter((r) => r.action === 'auth.lockedOut')).toHaveLength(1);
    // A fresh count after a successful sign-in.
    await app.call('auth:lock', {});
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: 'one more wrong' })).toMatchObject({
      attemptsLeft: 4,
    });
  });

  it('lets the office recovery key set a new passphrase for an officer who forgot theirs', async () => {
    const recoveryKey = await setUp();
    await app.call('auth:lock', {});
    const fresh = 'a brand new passphrase for anne';
    expect(
      await app.call('auth:recover', {
        recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
        officerId: 1,
        passphrase: fresh,
      }),
    ).toEqual({ outcome: 'wrongPassphrase', attemptsLeft: 4 });
    // Typed loosely (lower case, spaces): still the same key.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(await app.call('auth:recover', { recoveryKey: typed, officerId: 1, passphrase: fresh })).toMatchObject({
      outcome: 'signedIn',
    });
    await app.call('auth:lock', {});
    expect(await app.call('auth:signIn', { officerId: 1, ...ANNE })).toMatchObject({ outcome: 'wrongPassphrase' });
    expect(await app.call('auth:signIn', { officerId: 1, passphrase: fresh })).toMatchObject({ outcome: 'signedIn' });
    expect(auditRows().map((r) => r.action)).toContain('auth.recovered');
  });

  it('changes the idle time, audited, and keeps it in the key store', async () => {
    await setUp();
    expect((await app.call('auth:setIdle', { minutes: 5 })).idleMinutes).toBe(5);
    app = app.restart();
    expect((await app.call('auth:status', {})).idleMinutes).toBe(5);
    await app.call('auth:signIn', { officerId: 1, ...ANNE });
    expect(auditRows().map((r) => r.action)).toContain('auth.idleChanged');
    expect(path.basename(keystorePath(app.dataDir))).toBe('keystore.json');
  });
});
