import { describe, expect, it } from 'vitest';
import type { FactIdentifier } from '../../shared/domain/drafting';
import { identifiersForRequest, relevantIdentifiers } from '../../shared/domain/drafting/identifier-choice';

let next = 1;
const identifier = (kind: FactIdentifier['kind'], value: string, platform: string | null = null): FactIdentifier => ({
  id: next++,
  kind,
  value,
  platform,
  observedAt: null,
  timeZone: null,
});

const outlook = identifier('email', 'seller@outlook.fr');
const gmail = identifier('email', 'victim@gmail.com');
const landline = identifier('phone', '+33478123456');
const mobile = identifier('phone', '+33612345678');
const youtube = identifier('account', 'chan42', 'YouTube');
const shopDomain = identifier('domain', 'fake-shop.example');
const ALL = [outlook, gmail, landline, mobile, youtube, shopDomain];

const values = (list: FactIdentifier[]) => list.map((i) => i.value);

describe('identifiers relevant to the addressee', () => {
  it('gives a provider its own addresses and platforms, whatever the legal entity is called', () => {
    expect(values(relevantIdentifiers(ALL, { channel: 'provider', provider: 'Google LLC' }))).toEqual([
      'victim@gmail.com',
      'chan42',
    ]);
    expect(values(relevantIdentifiers(ALL, { channel: 'provider', provider: 'Microsoft' }))).toEqual([
      'seller@outlook.fr',
    ]);
  });

  it('never gives an online provider a landline, even one Legat does not know', () => {
    const unknown = values(relevantIdentifiers(ALL, { channel: 'provider', provider: 'Tiny Host SARL' }));
    expect(unknown).not.toContain('+33478123456');
    expect(unknown).toContain('+33612345678');
    expect(values(relevantIdentifiers(ALL, { channel: 'provider', provider: 'Telegram' }))).toEqual(['+33612345678']);
  });

  it('gives an unknown provider what names it when something does', () => {
    const shop = identifier('account', 'lyon42', 'Leboncoin');
    expect(values(relevantIdentifiers([...ALL, shop], { channel: 'provider', provider: 'leboncoin' }))).toEqual([
      'lyon42',
    ]);
  });

  it('gives the police, a court and a central authority everything', () => {
    for (const channel of ['police', 'rogatory', 'mla'] as const) {
      expect(relevantIdentifiers(ALL, { channel, provider: '' })).toEqual(ALL);
    }
  });

  it("follows the officer's choice, and keeps all for requests made before choosing existed", () => {
    const google = { channel: 'provider' as const, provider: 'Google' };
    const chosen = new Set([landline.id]);
    expect(identifiersForRequest(ALL, { ...google, identifierSelection: 'chosen' }, chosen)).toEqual([landline]);
    expect(identifiersForRequest(ALL, { ...google, identifierSelection: 'all' }, chosen)).toEqual(ALL);
    expect(identifiersForRequest(ALL, { ...google, identifierSelection: 'relevant' }, chosen)).toEqual([
      gmail,
      youtube,
    ]);
  });
});
