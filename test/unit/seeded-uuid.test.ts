import { describe, expect, it } from 'vitest';
import { mulberry32, seededUuid } from '../bench/prng';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('seeded UUIDs for the benchmark archive', () => {
  it('are version-4 UUIDs, all different, and the same again from the same seed', () => {
    const first = mulberry32(7);
    const drawn = Array.from({ length: 5000 }, () => seededUuid(first));
    for (const uuid of drawn) expect(uuid).toMatch(V4);
    expect(new Set(drawn).size).toBe(drawn.length);
    const again = mulberry32(7);
    expect(Array.from({ length: 5000 }, () => seededUuid(again))).toEqual(drawn);
    expect(seededUuid(mulberry32(8))).not.toBe(drawn[0]);
  });

  it('are the ones archives seeded before got: a record keeps its identity across seeder versions', () => {
    const next = mulberry32(7);
    expect([seededUuid(next), seededUuid(next)]).toEqual([
      '02ff152c-0fdc-4f12-ba16-9e5eb2f38b96',
      '857d6fe7-67d0-44f4-b75b-05953d6bbcab',
    ]);
  });
});
