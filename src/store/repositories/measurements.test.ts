import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { downsample } from "./measurements.js";

const series = fc
  .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 })
  .map((values) =>
    values.map((value, i) => ({
      at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      value,
    })),
  );

describe("downsample", () => {
  it("returns at most the requested number of points and accounts for every input point", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 400 }), (points, target) => {
        const out = downsample(points, target);
        expect(out.length).toBeLessThanOrEqual(target);
        expect(out.reduce((n, p) => n + p.count, 0)).toBe(points.length);
      }),
    );
  });

  it("keeps each bucket's mean between its min and max, dated at the bucket's last point", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 50 }), (points, target) => {
        let seen = 0;
        for (const bucket of downsample(points, target)) {
          seen += bucket.count;
          expect(bucket.value).toBeGreaterThanOrEqual(bucket.min - 1e-6);
          expect(bucket.value).toBeLessThanOrEqual(bucket.max + 1e-6);
          expect(bucket.at).toBe(points[seen - 1]?.at);
        }
      }),
    );
  });

  it("returns the series unchanged in value when the target is at least its length", () => {
    const points = [
      { at: "2026-01-01", value: 1 },
      { at: "2026-01-02", value: 3 },
    ];
    expect(downsample(points, 5)).toEqual([
      { at: "2026-01-01", value: 1, min: 1, max: 1, count: 1 },
      { at: "2026-01-02", value: 3, min: 3, max: 3, count: 1 },
    ]);
  });
});
