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
