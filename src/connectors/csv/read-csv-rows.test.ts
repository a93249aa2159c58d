import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDayOrInstant } from "../../core/model/primitives.js";
import { CsvQuery } from "./csv-query.js";
import { readCsvRows } from "./read-csv-rows.js";

const query = CsvQuery.parse({ path: "x.csv" });
const day = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
// -0 prints as "0" in a CSV, so it cannot round-trip; + 0 turns it into 0.
const value = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .map((v) => v + 0);

describe("readCsvRows", () => {
  it("reads back every date,value row it is given, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, value), { maxLength: 30 }), (rows) => {
        const text = `date,value\n${rows.map(([d, v]) => `${d},${v}`).join("\n")}\n`;
        const parsed = readCsvRows(text, query);
        expect(parsed).toEqual({
          rows: rows.map(([d, v]) => ({ at: d, time: Date.parse(d), value: v })),
        });
      }),
    );
  });

  it("names the first line whose value is not a number", () => {
    expect(readCsvRows("date,value\n2026-07-01,1\n2026-07-02,\n", query)).toEqual({
      problem: 'line 3: "" is not a number: write the value without units, e.g. 42.5',
    });
    expect(readCsvRows("date,value\n2026-02-30,1\n", query)).toMatchObject({
      problem: expect.stringContaining("line 2"),
    });
  });

  it("finds the columns by header name, in any order and case", () => {
    expect(readCsvRows("Value,Date\n3,2026-07-01\n", query)).toEqual({
      rows: [{ at: "2026-07-01", time: Date.parse("2026-07-01"), value: 3 }],
    });
    expect(readCsvRows("when,amount\n", query)).toEqual({
      problem: "line 1: the header must name the columns date,value; got when,amount",
    });
  });
});

describe("readCsvRows dates", () => {
  it("accepts exactly the dates the okapi file accepts", () => {
    const texts = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc
        .tuple(
          fc.integer({ min: 1900, max: 2100 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = readCsvRows(`date,value\n"${text.replaceAll('"', '""')}",1\n`, query);
        expect("rows" in parsed).toBe(isDayOrInstant(text.trim()));
      }),
    );
  });
});
