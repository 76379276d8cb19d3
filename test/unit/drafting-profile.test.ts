import { describe, expect, it } from 'vitest';
import { makeBook } from '../../shared/domain/knowledge/book';
import type { EffectiveFact } from '../../shared/domain/knowledge/merge';
import { profileFromKnowledge } from '../../shared/domain/drafting/profile-from-knowledge';

function fact(kind: EffectiveFact['kind'], key: string, field: string, value: EffectiveFact['value']): EffectiveFact {
  return {
    kind,
    key,
    field,
    value,
    source: null,
    asOf: '2026-11-30',
    note: null,
    local: true,
    editedBy: 'Test',
    packValue: null,
  };
}

const book = makeBook(
  [
    fact('country', 'SN', 'languages', ['Français', 'Wolof']),
    fact(
      'country',
      'SN',
      'centralAuthority',
      'Ministère de la Justice\nDirection des affaires criminelles et des grâces',
    ),
    fact('country', 'SN', 'centralAuthorityContact', 'Dakar'),
    fact('provider', 'meta', 'name', 'Meta Platforms'),
    fact('provider', 'meta', 'entities', [
      { name: 'Meta Platforms, Inc.', detail: 'users in the US and Canada' },
      { name: 'Meta Platforms Ireland Limited', detail: 'users elsewhere' },
    ]),
  ],
  {},
);

describe('drafting facts from the office knowledge', () => {
  it('takes the requested state language, its central authority and where to send it', () => {
    const profile = profileFromKnowledge(book, { counterpartCountry: 'SN', provider: '' });
    expect(profile.preferredLanguage).toBe('fr');
    expect(profile.centralAuthority).toEqual({
      name: 'Ministère de la Justice',
      address: 'Direction des affaires criminelles et des grâces\nDakar',
    });
    expect(profile.providerEntities).toBeUndefined();
  });

  it("lists the provider's legal entities, matching the request's provider by name in any case", () => {
    const profile = profileFromKnowledge(book, { counterpartCountry: 'US', provider: 'meta platforms' });
    expect(profile.providerEntities).toEqual([
      { entity: 'Meta Platforms, Inc.', region: 'users in the US and Canada' },
      { entity: 'Meta Platforms Ireland Limited', region: 'users elsewhere' },
    ]);
    expect(profile.preferredLanguage).toBeUndefined();
    expect(profile.centralAuthority).toBeUndefined();
  });

  it('says nothing of a country or provider the office knows nothing about', () => {
    expect(profileFromKnowledge(book, { counterpartCountry: 'BR', provider: 'Unknown Mail' })).toEqual({});
  });
});
