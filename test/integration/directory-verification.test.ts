import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp({ now: '2026-01-10T15:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

describe('verification reminders', () => {
  it('lists contacts not verified for the configured months, counting unverified ones from when they were added', async () => {
    const old = await app.call('contact:create', {
      kind: 'other',
      name: 'Old',
      country: 'US',
      lastVerifiedOn: '2025-01-01',
    });
    await app.call('contact:create', { kind: 'other', name: 'Fresh', country: 'US', lastVerifiedOn: '2025-12-01' });
    const never = await app.call('contact:create', { kind: 'other', name: 'Never', country: 'US' });
    expect((await app.call('contact:verificationDue', {})).items.map((c) => c.name)).toEqual(['Old']);

    // A year and a bit later, the never-verified contact (added 10 Jan 2026) is due too.
    app.clock.set('2027-01-11T15:00:00Z');
    const due = await app.call('contact:verificationDue', {});
    expect(due).toMatchObject({ months: 12, today: '2027-01-11', total: 3 });
    expect(due.items.map((c) => [c.id, c.since])).toEqual([
      [old.id, '2025-01-01'],
      [expect.any(Number), '2025-12-01'],
      [never.id, '2026-01-10'],
    ]);
  });

  it('follows the setting, and "mark verified today" takes the contact off the list, audited', async () => {
    const old = await app.call('contact:create', {
      kind: 'other',
      name: 'Old',
      country: 'US',
      lastVerifiedOn: '2025-09-01',
    });
    expect((await app.call('contact:verificationDue', {})).total).toBe(0);
    const settings = await app.call('settings:update', { contactVerifyMonths: 3 });
    expect(settings.contactVerifyMonths).toBe(3);
    expect((await app.call('contact:verificationDue', {})).items.map((c) => c.id)).toEqual([old.id]);
    const verified = await app.call('contact:markVerified', { id: old.id });
    // 15:00 UTC is 10:00 in New York: the office's date.
    expect(verified.lastVerifiedOn).toBe('2026-01-10');
    expect((await app.call('contact:verificationDue', {})).total).toBe(0);
    expect((await app.call('audit:list', { limit: 5 })).items[0]).toMatchObject({
      action: 'contact.verify',
      entityId: old.id,
    });
  });

  it('refuses a verification period out of range and keeps the old one', async () => {
    const refused = await app.raw('settings:update', { contactVerifyMonths: 0 });
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['contactVerifyMonths'], message: 'validation.contact.verifyMonths' }] },
    });
    expect((await app.call('settings:get', {})).contactVerifyMonths).toBe(12);
  });
});
