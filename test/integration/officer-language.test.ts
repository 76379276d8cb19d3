import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/events';
import { ANNE, openLockedApp, type LockedApp } from '../support/auth-app';
import { CASE, OFFICE_PROFILE } from '../support/test-app';

let app: LockedApp;
afterEach(() => app.close());

async function signedInOffice(): Promise<void> {
  app = openLockedApp();
  await app.call('auth:setup', ANNE);
  await app.call('office:setup', { ...OFFICE_PROFILE, officers: [{ id: 1, name: ANNE.name }] });
}

/** A letter rogatory sent 13 months ago: its expected answer is overdue, so a sweep raises a notice. */
async function overdueRequest(): Promise<void> {
  const { id: caseId } = await app.call('case:create', CASE);
  const request = await app.call('request:create', {
    caseId,
    channel: 'rogatory',
    title: 'Commission rogatoire au tribunal',
    counterpartCountry: 'US',
  });
  await app.call('request:transition', { requestId: request.id, action: 'sign_and_seal', occurredOn: '2025-10-20' });
  await app.call('request:transition', {
    requestId: request.id,
    action: 'transmit_to_mfa',
    occurredOn: '2025-10-30',
    overrideReason: 'Drafted outside Legat (language test)',
  });
}

describe('the officer’s interface language', () => {
  it('is unset until chosen, then kept with the officer across sign-outs, with an audit row', async () => {
    await signedInOffice();
    expect((await app.call('auth:status', {})).signedIn).toMatchObject({ officerId: 1, language: null });

    expect(await app.call('officer:setLanguage', { language: 'fr' })).toEqual({ language: 'fr' });
    await app.call('auth:lock', { reason: 'manual' });
    expect((await app.call('auth:status', {})).signedIn).toBeNull();
    await app.call('auth:signIn', { officerId: 1, passphrase: ANNE.passphrase });
    expect((await app.call('auth:status', {})).signedIn).toMatchObject({ language: 'fr' });

    const audit = app.ctx.db.sqlite
      .prepare("SELECT details FROM audit_log WHERE action = 'officer.language'")
      .all() as { details: string }[];
    expect(audit.map((row) => JSON.parse(row.details) as unknown)).toEqual([{ from: null, to: 'fr' }]);
  });

  it('refuses a language the interface does not have, and changes nothing', async () => {
    await signedInOffice();
    expect(await app.raw('officer:setLanguage', { language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await app.call('auth:status', {})).signedIn).toMatchObject({ language: null });
  });

  it('cannot be set by nobody: locked, the channel answers LOCKED', async () => {
    await signedInOffice();
    await app.call('auth:lock', { reason: 'manual' });
    expect(await app.raw('officer:setLanguage', { language: 'es' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it.each([
    ['en', 'Overdue: ', 'due 30 Oct 2026'],
    ['fr', 'En retard : ', 'échéance le 30 oct. 2026'],
    ['es', 'Vencido: ', 'vence el 30 oct 2026'],
  ] as const)('words the desktop reminder in the signed-in officer’s language (%s)', async (language, title, due) => {
    await signedInOffice();
    await app.call('officer:setLanguage', { language });
    const notices: EventPayloads['notify:show'][] = [];
    app.ctx.events.subscribe((event, payload) => {
      if (event === 'notify:show') notices.push(payload as EventPayloads['notify:show']);
    });
    await overdueRequest();
    await app.call('reminder:sweep', {});
    const notice = notices.find((n) => n.body.includes('Commission rogatoire au tribunal'));
    expect(notice?.title.startsWith(title)).toBe(true);
    expect(notice?.body).toContain(due);
  });
});
