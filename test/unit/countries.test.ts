import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, matchesCountry } from '../../renderer/src/lib/countries';

describe('country names in the interface language', () => {
  it('names countries in English, French and Spanish, and falls back to English for other languages', async () => {
    await i18next.init({ lng: 'en', resources: {} });
    expect(countryName('DE')).toBe('Germany');
    await i18next.changeLanguage('fr');
    expect(countryName('DE')).toBe('Allemagne');
    await i18next.changeLanguage('es');
    expect(countryName('DE')).toBe('Alemania');
    await i18next.changeLanguage('de');
    expect(countryName('DE')).toBe('Germany');
  });

  it('sorts each language by its own alphabet and offers every ISO 3166-1 code once', () => {
    const fr = countryOptions('fr');
    expect(new Set(fr.map((o) => o.value)).size).toBe(fr.length);
    expect(fr.length).toBeGreaterThan(240);
    const labels = fr.map((o) => o.label);
    // "États-Unis" sorts among the E's in French, not after Z.
    expect(labels.indexOf('États-Unis (US)')).toBeLessThan(labels.indexOf('Fidji (FJ)'));
  });

  it('finds a country by name without accents or case, or by its exact code', () => {
    const find = (lang: string, q: string) =>
      countryOptions(lang)
        .filter((o) => matchesCountry(o, q))
        .map((o) => o.value);
    expect(find('fr', 'perou')).toEqual(['PE']);
    expect(find('fr', 'COTE-D')).toEqual(['CI']);
    expect(find('en', 'de')).toContain('DE');
    expect(find('en', 'us')).toContain('US');
    expect(find('es', 'alemania')).toEqual(['DE']);
  });
});
