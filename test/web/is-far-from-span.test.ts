import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFarFromSpan } from "../../web/src/screens/checkin/is-far-from-span.js";

describe("isFarFromSpan", () => {
  it("never asks about a value between from and to", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (from, to, share) => {
          expect(isFarFromSpan(from + (to - from) * share, from, to)).toBe(false);
        },
      ),
    );
  });

  it("asks about a value more than one span beyond either end", () => {
    expect(isFarFromSpan(125, 10, 20)).toBe(true);
    expect(isFarFromSpan(-1, 10, 20)).toBe(true);
    expect(isFarFromSpan(30, 10, 20)).toBe(false);
    expect(isFarFromSpan(0, 10, 20)).toBe(false);
    expect(isFarFromSpan(35, 2.1, 3.5)).toBe(true);
  });

  it("measures against the target alone when there is no baseline", () => {
    expect(isFarFromSpan(100, undefined, 12)).toBe(false);
    expect(isFarFromSpan(1250, undefined, 12)).toBe(true);
    expect(isFarFromSpan(-20, undefined, 12)).toBe(true);
    expect(isFarFromSpan(5, undefined, undefined)).toBe(false);
  });
});
