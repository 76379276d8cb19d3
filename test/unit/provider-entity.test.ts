import { describe, expect, it } from 'vitest';
import { entityForCountry } from '../../shared/domain/knowledge/provider-entity';
import pack from '../../resources/knowledge/legat-core-pack.v1.json';

/** The entities the shipped pack records for a provider. */
function entitiesOf(key: string) {
  const provider = pack.entities.find((e) => e.kind === 'provider' && e.key === key);
  return (provider?.facts as { entities?: { value: { name: string; detail: string }[] } }).entities?.value ?? [];
}

describe('the legal entity serving a country’s users, from the pack', () => {
  it('names the Irish entity for users in the EU and the US one elsewhere', () => {
    expect(entityForCountry(entitiesOf('meta'), 'FR')).toBe('Meta Platforms Ireland Limited');
    expect(entityForCountry(entitiesOf('meta'), 'US')).toBe('Meta Platforms, Inc.');
    expect(entityForCountry(entitiesOf('x'), 'DE')).toBe('X Internet Unlimited Company');
    expect(entityForCountry(entitiesOf('x'), 'US')).toBe('X Corp.');
  });

  it('reads regions the pack lists one by one', () => {
    expect(entityForCountry(entitiesOf('tiktok'), 'GB')).toBe('TikTok Information Technologies UK Limited');
    expect(entityForCountry(entitiesOf('tiktok'), 'CH')).toBe('TikTok Technology Limited');
    expect(entityForCountry(entitiesOf('tiktok'), 'US')).toBe('TikTok USDS Joint Venture LLC');
    expect(entityForCountry(entitiesOf('tiktok'), 'BR')).toBe('TikTok Pte. Limited');
  });

  it('proposes nothing when the pack does not say whom an entity serves', () => {
    expect(entityForCountry(entitiesOf('google'), 'FR')).toBeNull();
  });
});
