import { describe, expect, it } from 'vitest';
import {
  checkIdentifier,
  isIpv6,
  luhnValid,
  normalizeIdentifier,
  type IdentifierFields,
} from '../../shared/domain/identifiers';

const ok = (fields: IdentifierFields) => checkIdentifier(fields).length === 0;

describe('identifier checks', () => {
  it.each([
    ['email', 'agent@example.org', true],
    ['email', 'agent@example', false],
    ['phone', '+33 6 12 34 56 78', true],
    ['phone', '0033612345678', true],
    ['phone', '06 12 34 56 78', false],
    ['phone', '+0123456789', false],
    ['domain', 'Example.ORG.', true],
    ['domain', 'https://example.org/path', false],
    ['imei', '490154203237518', true],
    ['imei', '490154203237519', false],
    ['imei', '49015420323751', false],
    ['account', '@some.handle', true],
    ['account', 'https://social.example/user', true],
    ['account', 'two words', false],
  ] as const)('%s %s → %s', (kind, value, expected) => {
    expect(ok({ kind, value })).toBe(expected);
  });

  it('needs the time and time zone an IP address was seen at', () => {
    expect(ok({ kind: 'ip', value: '198.51.100.7', observedAt: '2026-11-01T10:15', timeZone: 'Europe/Paris' })).toBe(
      true,
    );
    expect(checkIdentifier({ kind: 'ip', value: '198.51.100.7' }).map((p) => p.field)).toEqual([
      'observedAt',
      'timeZone',
    ]);
    expect(
      checkIdentifier({ kind: 'ip', value: '198.51.100.256', observedAt: '2026-11-01T10:15', timeZone: 'UTC' }),
    ).toEqual([{ field: 'value', message: 'validation.identifier.ip' }]);
    expect(
      checkIdentifier({ kind: 'ip', value: '::1', observedAt: '2026-11-01T10:15', timeZone: 'Nowhere/City' }),
    ).toEqual([{ field: 'timeZone', message: 'validation.identifier.ipTimeZone' }]);
  });

  it.each([
    ['2001:db8::1f', true],
    ['::1', true],
    ['::', true],
    ['2001:db8:0:0:0:0:2:1', true],
    ['::ffff:192.0.2.1', true],
    ['2001:db8::1::2', false],
    [':2001:db8::1', false],
    ['2001:db8:0:0:0:0:2', false],
    ['12345::1', false],
  ])('IPv6 %s → %s', (value, expected) => {
    expect(isIpv6(value)).toBe(expected);
  });

  it('checks wallet addresses against the chosen asset', () => {
    expect(ok({ kind: 'wallet', asset: 'BTC', value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' })).toBe(true);
    expect(ok({ kind: 'wallet', asset: 'BTC', value: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT' })).toBe(true);
    expect(ok({ kind: 'wallet', asset: 'ETH', value: '0x52908400098527886E0F7030069857D2E4169EE7' })).toBe(true);
    expect(checkIdentifier({ kind: 'wallet', asset: 'ETH', value: '0x1234' })[0]?.message).toBe(
      'validation.identifier.walletETH',
    );
    expect(checkIdentifier({ kind: 'wallet', value: '0x1234' })[0]).toEqual({
      field: 'asset',
      message: 'validation.identifier.walletAssetRequired',
    });
  });

  it('normalizes what case and spacing do not change', () => {
    expect(normalizeIdentifier('email', ' Agent@Example.ORG ')).toBe('agent@example.org');
    expect(normalizeIdentifier('phone', '+1 (202) 555-0143')).toBe('+12025550143');
    expect(normalizeIdentifier('account', '@CaseMatters')).toBe('@CaseMatters');
  });

  it('computes the Luhn check digit', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
