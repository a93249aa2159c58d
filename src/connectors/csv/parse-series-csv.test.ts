import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSeriesCsv } from "./parse-series-csv.js";

describe("parseSeriesCsv", () => {
  it("reads date,value rows after a header", () => {
    expect(parseSeriesCsv("date,value\n2026-01-05,41.2\n2026-01-12,40\n").points).toEqual([
      { at: "2026-01-05", value: 41.2 },
      { at: "2026-01-12", value: 40 },
    ]);
  });

  it("accepts the columns in any order and extra columns", () => {
    expect(parseSeriesCsv("value,note,at\n3,hi,2026-01-05\n").points).toEqual([
      { at: "2026-01-05", value: 3 },
    ]);
  });

  it("names the line and the problem of every bad row", () => {
    const { problems } = parseSeriesCsv(
      "date,value\n2026-01-05,41.2\n2026-02-30,40\n\n2026-01-19,4O.1\n",
    );
    expect(problems).toEqual([
      { line: 3, message: expect.stringContaining('"2026-02-30" is not a date') },
      { line: 5, message: expect.stringContaining('"4O.1" is not a number') },
    ]);
  });

  it("asks for the header when it is missing", () => {
    expect(parseSeriesCsv("2026-01-05,41.2\n").problems[0]?.message).toContain(
      "header must name the columns date,value",
    );
  });

  it("says the file is empty, or has no rows after the header", () => {
    expect(parseSeriesCsv("").problems[0]?.message).toContain("empty");
    expect(parseSeriesCsv("date,value\n").problems[0]?.message).toContain("no data rows");
  });

  it("reports broken quoting as a problem instead of throwing", () => {
    expect(parseSeriesCsv('date,value\n"2026-01-05,1\n').problems).toHaveLength(1);
  });

  it("never throws, and every row is either a point or a problem", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }), (rows) => {
        const text = `date,value\n${rows.map(([a, b]) => `${a.replace(/[\n\r,"]/g, "")},${b.replace(/[\n\r,"]/g, "")}`).join("\n")}\n`;
        const { points, problems } = parseSeriesCsv(text);
        for (const p of points) expect(Number.isFinite(p.value)).toBe(true);
        expect(points.length + problems.length).toBeLessThanOrEqual(Math.max(1, rows.length));
      }),
    );
  });
});
