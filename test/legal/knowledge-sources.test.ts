/** Every shipped fact cites an official source and a full as-of date no later than the pack's own. */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOSTS } from '../../electron/build/knowledge/official-sources.mjs';
import { shippedPack } from './shipped-knowledge';

describe('the shipped knowledge pack', () => {
  const pack = shippedPack();
  const facts = pack.entities.flatMap((e) => Object.entries(e.facts).map(([field, f]) => ({ e, field, f })));

  it('cites only official hosts (publishers of the texts themselves), never mirrors or proxies', () => {
    const unofficial = Object.entries(pack.sources)
      .filter(([, s]) => !OFFICIAL_HOSTS.includes(new URL(s.url).host))
      .map(([id, s]) => `${id}: ${s.url}`);
    expect(unofficial).toEqual([]);
    for (const host of OFFICIAL_HOSTS)
      expect(host).not.toMatch(/github|scribd|documentine|pdfdrive|cpunks|fantasticsearch/);
  });

  it('gives every fact a full YYYY-MM-DD as-of date not later than the pack date', () => {
    const bad = facts
      .filter(({ f }) => !/^\d{4}-\d{2}-\d{2}$/.test(f.asOf) || f.asOf > pack.asOf)
      .map(({ e, field, f }) => `${e.kind}:${e.key}.${field} ${f.asOf}`);
    expect(bad).toEqual([]);
    expect(pack.asOf).toBe(pack.publishedOn);
  });

  it('records the US bilateral MLATs and the EU-US MLA Agreement', () => {
    const treaties = pack.entities.filter((e) => e.kind === 'treaty');
    const usMlats = treaties.filter((e) => e.facts.type?.value === 'bilateral_mlat' && e.key.startsWith('us-mlat-'));
    expect(usMlats.length).toBeGreaterThanOrEqual(50);
    expect(treaties.find((e) => e.key === 'eu-us-mla')?.facts.inForce?.value).toBe('2010-02-01');
  });
});
