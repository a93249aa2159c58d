import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalInstant, instantFromDb } from "./instants.js";

function viaDate(text: string): string {
  const iso = new Date(text).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

describe("canonicalInstant", () => {
  it("writes midnight UTC as the plain day and drops zero milliseconds", () => {
    expect(canonicalInstant("2026-07-14")).toBe("2026-07-14");
    expect(canonicalInstant("2026-07-14T00:00:00Z")).toBe("2026-07-14");
    expect(canonicalInstant("2026-07-14T09:30:00.000Z")).toBe("2026-07-14T09:30:00Z");
  });

  it("converts offsets to UTC", () => {
    expect(canonicalInstant("2026-07-14T09:30:00+02:00")).toBe("2026-07-14T07:30:00Z");
    expect(canonicalInstant("2026-07-14T01:00:00+01:00")).toBe("2026-07-14");
  });

  it("gives the same spelling on its fast path as a Date round trip", () => {
    const instants = fc.date({
      min: new Date("1990-01-01"),
      max: new Date("2100-01-01"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (date) => {
        const text = date.toISOString();
        expect(canonicalInstant(text)).toBe(viaDate(text));
        expect(canonicalInstant(text.replace(".000Z", "Z"))).toBe(viaDate(text));
      }),
    );
  });
});

describe("instantFromDb", () => {
  it("reads PostgreSQL's text form of a UTC timestamptz", () => {
    expect(instantFromDb("2026-07-14 00:00:00+00")).toBe("2026-07-14");
    expect(instantFromDb("2026-07-14 09:30:00+00")).toBe("2026-07-14T09:30:00Z");
    expect(instantFromDb("2026-07-14 09:30:00.25+00")).toBe("2026-07-14T09:30:00.250Z");
  });
});
