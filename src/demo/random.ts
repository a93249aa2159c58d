/** A seeded source of pseudo-random numbers: the same seed always gives the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal, clamped to ±2.5 so a story's shape never drowns in one wild draw. */
  normal(): number;
  /** Uniform integer in [min, max]. */
  integer(min: number, max: number): number;
}

const NORMAL_CLAMP = 2.5;

/** FNV-1a over the text: turns an asOf date into a 32-bit seed. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough for
 * demo noise; not for anything that needs to be unpredictable.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      // Box–Muller; 1 - next() keeps the logarithm away from zero.
      const u = 1 - next();
      const v = next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(-NORMAL_CLAMP, Math.min(NORMAL_CLAMP, z));
    },
    integer(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
  };
}

/** Rounds to a number of decimals without the 1.005 → 1.00 surprise of toFixed. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}
