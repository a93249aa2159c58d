import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, roundTo, seedFromText } from "./random.js";

const draw = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("createRandom", () => {
  it("gives the same sequence for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(draw(seed, 20)).toEqual(draw(seed, 20));
      }),
    );
  });

  it("stays in [0, 1), and normals stay within the clamp", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const random = createRandom(seed);
        for (let i = 0; i < 50; i++) {
          const u = random.next();
          expect(u >= 0 && u < 1).toBe(true);
          expect(Math.abs(random.normal())).toBeLessThanOrEqual(2.5);
          const k = random.integer(3, 5);
          expect([3, 4, 5]).toContain(k);
        }
      }),
    );
  });

  it("spreads draws roughly evenly and centres normals near zero", () => {
    const random = createRandom(seedFromText("2026-11-23"));
    const uniforms = Array.from({ length: 10_000 }, () => random.next());
    const normals = Array.from({ length: 10_000 }, () => random.normal());
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(uniforms)).toBeCloseTo(0.5, 1);
    expect(Math.abs(mean(normals))).toBeLessThan(0.05);
  });
});

describe("seedFromText", () => {
  it("separates neighbouring dates", () => {
    expect(seedFromText("2026-11-23")).not.toBe(seedFromText("2026-11-24"));
  });
});

describe("roundTo", () => {
  it("rounds 1.005 up to 1.01, where toFixed would round it down", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(14.374, 2)).toBe(14.37);
    expect(roundTo(33.25, 0)).toBe(33);
  });
});
