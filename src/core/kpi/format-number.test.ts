import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSignal } from "./describe-signal.js";
import { formatApart, formatNumber } from "./format-number.js";

describe("formatApart", () => {
  it("shows the digit that separates two numbers formatNumber rounds to the same text", () => {
    expect(formatNumber(104.6)).toBe(formatNumber(105.2));
    expect(formatApart(104.6, 105.2)).toEqual(["104.6", "105.2"]);
    expect(formatApart(3.661, 3.662)).toEqual(["3.661", "3.662"]);
  });

  it("keeps formatNumber's short text when it already tells them apart", () => {
    expect(formatApart(3.66, 3.62)).toEqual(["3.66", "3.62"]);
    expect(formatApart(120, 105)).toEqual(["120", "105"]);
  });

  it("never writes two different numbers the same way", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1));
          const [left, right] = formatApart(a, b);
          expect(left).not.toBe(right);
          // Each text still reads as its own number, only more precisely than formatNumber.
          expect(Math.abs(Number(left) - a)).toBeLessThanOrEqual(Math.abs(a - b));
        },
      ),
    );
  });
});

describe("describeSignal", () => {
  it("writes a value past its limit with the precision that shows it is past", () => {
    const text = describeSignal({
      rule: "beyond-limits",
      side: "below",
      at: "2026-11-23",
      value: 104.6,
      limits: {
        center: 120,
        lower: 105.2,
        upper: 134.8,
        averageMovingRange: 5.56,
        upperRangeLimit: 18.2,
        sigma: 4.93,
        baselineFrom: "2025-11-01",
        baselineTo: "2026-10-01",
      },
      name: "Net revenue retention",
      cadence: "monthly",
    });
    expect(text).toContain(
      "at 104.6 on 2026-11-23 is past its lower natural process limit (105.2)",
    );
  });
});
