import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasurementPoint } from "../../core/model/index.js";
import { canonicalInstant } from "../documents/instants.js";
import * as t from "../schema.js";
import { storeDrivers, type TestStore } from "../test-support/test-stores.js";
import { addMeasurements, readSeries, type SeriesPoint } from "./measurements.js";

/** The buckets readSeries promises, computed the obvious way: the oracle for the SQL. */
function downsampleInMemory(points: readonly MeasurementPoint[], target: number): SeriesPoint[] {
  const size = Math.max(1, Math.ceil(points.length / target));
  const out: SeriesPoint[] = [];
  for (let start = 0; start < points.length; start += size) {
    const values = points.slice(start, start + size).map((p) => p.value);
    out.push({
      at: (points[Math.min(points.length, start + size) - 1] as MeasurementPoint).at,
      value: values.reduce((a, b) => a + b, 0) / values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      count: values.length,
    });
  }
  return out;
}

const series = fc
  .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 })
  .map((values) =>
    values.map((value, i) => ({
      at: new Date(Date.UTC(2026, 0, 1 + i, 1 + (i % 3))).toISOString().replace(".000Z", "Z"),
      value: value + 0, // -0 is stored as 0: the same measurement
    })),
  );

describe.each(storeDrivers)("measurements on $name", (driver) => {
  let opened: TestStore;
  let metric = 0;
  beforeAll(async () => {
    opened = await driver.open();
  });
  afterAll(async () => {
    await opened.dispose();
  });

  it("stores every point of a bulk append with its source, note and author, and one audit event", async () => {
    const { db } = opened.store;
    const points = Array.from({ length: 12_345 }, (_, i) => ({
      at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace(".000Z", "Z"),
      value: i / 7,
      ...(i % 2 === 0 && { source: 'csv, "weekly"' }),
      ...(i % 3 === 0 && { note: "moved — ünïcode \\ {brace}" }),
      ...(i % 5 === 0 && { by: "ana" }),
    }));
    expect(await addMeasurements(db, "bulk", points, "tester")).toBe(points.length);
    const stored = await readSeries(db, "bulk", {});
    expect(stored.map((p) => [p.at, p.value])).toEqual(
      points.map((p) => [canonicalInstant(p.at), p.value]),
    );
    const rows = await db.select().from(t.measurements).where(eq(t.measurements.metricId, "bulk"));
    const first = rows.find((r) => r.value === 0);
    expect(first).toMatchObject({
      source: 'csv, "weekly"',
      note: "moved — ünïcode \\ {brace}",
      by: "ana",
    });
    const audit = await db.select().from(t.auditEvents).where(eq(t.auditEvents.entityId, "bulk"));
    expect(audit.map((a) => a.after)).toEqual([{ count: points.length }]);
  });

  it("stores nothing when one point of a bulk append is rejected by the database", async () => {
    const { db } = opened.store;
    const points = [
      { at: "2025-01-01", value: 1 },
      { at: "2025-01-02", value: Number.POSITIVE_INFINITY },
    ];
    await expect(addMeasurements(db, "all-or-none", points, "tester")).rejects.toThrow();
    expect(await readSeries(db, "all-or-none", {})).toEqual([]);
  });

  it("downsamples in the database into the same equal-count buckets as the in-memory rule", async () => {
    const { db } = opened.store;
    await fc.assert(
      fc.asyncProperty(series, fc.integer({ min: 1, max: 400 }), async (points, target) => {
        const id = `series-${metric++}`;
        if (points.length) await addMeasurements(db, id, points, "tester");
        const got = await readSeries(db, id, { points: target });
        const expected = downsampleInMemory(points, target);
        expect(got.map(({ value: _v, ...rest }) => rest)).toEqual(
          expected.map(({ value: _v, ...rest }) => rest),
        );
        got.forEach((bucket, i) => {
          expect(bucket.value).toBeCloseTo(expected[i]?.value ?? Number.NaN, 3);
        });
      }),
      { numRuns: 30 },
    );
  });

  it("keeps only the points inside from and to, the to day included", async () => {
    const { db } = opened.store;
    const points = ["2025-03-01", "2025-03-02T12:00:00Z", "2025-03-03", "2025-03-04"].map(
      (at, i) => ({ at, value: i }),
    );
    await addMeasurements(db, "ranged", points, "tester");
    const got = await readSeries(db, "ranged", { from: "2025-03-02", to: "2025-03-03" });
    expect(got.map((p) => p.at)).toEqual(["2025-03-02T12:00:00Z", "2025-03-03"]);
    const halves = await readSeries(db, "ranged", { points: 2 });
    expect(halves).toEqual([
      { at: "2025-03-02T12:00:00Z", value: 0.5, min: 0, max: 1, count: 2 },
      { at: "2025-03-04", value: 2.5, min: 2, max: 3, count: 2 },
    ]);
  });
});
