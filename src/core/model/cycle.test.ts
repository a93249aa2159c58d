import { describe, expect, it } from "vitest";
import { parseCycle } from "./cycle.js";

describe("parseCycle", () => {
  it("reads a quarter as its three calendar months", () => {
    expect(parseCycle("2026-Q3")).toEqual({
      id: "2026-Q3",
      start: "2026-07-01",
      end: "2026-09-30",
    });
    expect(parseCycle("2026-Q1")).toEqual({
      id: "2026-Q1",
      start: "2026-01-01",
      end: "2026-03-31",
    });
  });

  it("reads a half and a year", () => {
    expect(parseCycle("2026-H2")).toEqual({
      id: "2026-H2",
      start: "2026-07-01",
      end: "2026-12-31",
    });
    expect(parseCycle("2028")).toEqual({ id: "2028", start: "2028-01-01", end: "2028-12-31" });
  });

  it("knows February's length in leap years", () => {
    expect(parseCycle("2028-Q1")?.end).toBe("2028-03-31");
    expect(parseCycle("2028-H1")?.start).toBe("2028-01-01");
  });

  it("prefers a declared cycle with explicit dates", () => {
    const declared = [{ id: "fy27-q1", start: "2026-02-01", end: "2026-04-30" }];
    expect(parseCycle("fy27-q1", declared)).toEqual(declared[0]);
  });

  it("returns null for what is not a cycle", () => {
    expect(parseCycle("2026-Q5")).toBeNull();
    expect(parseCycle("Q3")).toBeNull();
    expect(parseCycle("2026-H3")).toBeNull();
  });
});
