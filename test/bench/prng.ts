/** A tiny seeded PRNG (mulberry32) and the draws the archive generator needs: same seed, same archive. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** One of the keys, drawn by weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const tables = new WeakMap<object, { keys: string[]; cumulative: number[]; total: number }>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
      let table = tables.get(weights);
      if (!table) {
        const keys = Object.keys(weights);
        const cumulative: number[] = [];
        let total = 0;
        for (const key of keys) {
          total += weights[key as T];
          cumulative.push(total);
        }
        table = { keys, cumulative, total };
        tables.set(weights, table);
      }
      const x = next() * table.total;
      const i = table.cumulative.findIndex((c) => x < c);
      return table.keys[i === -1 ? table.keys.length - 1 : i] as T;
    },
  };
}

/**
 * A version-4 UUID from the PRNG, so a seeded archive's records keep the same identity from run to run
 * (crypto.randomUUID would make two seeds of the same archive disagree).
 */
export function seededUuid(next: () => number): string {
  const w0 = hex32(next());
  const w1 = hex32(next());
  const w2 = hex32(next());
  const w3 = hex32(next());
  const variant = ((parseInt(w2[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${w0}-${w1.slice(0, 4)}-4${w1.slice(5, 8)}-${variant}${w2.slice(1, 4)}-${w2.slice(4, 8)}${w3}`;
}

/** Millions of UUIDs per large archive: a byte table instead of toString(16) and padStart per word. */
const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function hex32(unit: number): string {
  const w = Math.floor(unit * 4294967296);
  return HEX_BYTES[w >>> 24]! + HEX_BYTES[(w >>> 16) & 0xff]! + HEX_BYTES[(w >>> 8) & 0xff]! + HEX_BYTES[w & 0xff]!;
}
