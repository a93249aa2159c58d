import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfter, secondsUntilEpoch } from "./retry-after.js";

const now = new Date("2026-07-15T12:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delta-seconds as written", () => {
    fc.assert(
      fc.property(fc.nat(), (seconds) => {
        expect(parseRetryAfter(String(seconds), now)).toBe(seconds);
      }),
    );
  });

  it("reads the obsolete RFC 850 and asctime date forms too", () => {
    expect(parseRetryAfter("Wednesday, 15-Jul-26 12:01:00 GMT", now)).toBe(60);
    expect(parseRetryAfter("Wed Jul 15 12:02:00 2026", now)).toBe(120);
  });

  it("reads an HTTP-date as the seconds until then, never negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: -86_400, max: 86_400 }), (offset) => {
        const when = new Date(now.getTime() + offset * 1000).toUTCString();
        expect(parseRetryAfter(when, now)).toBe(Math.max(0, offset));
      }),
    );
  });

  it("ignores values that are neither", () => {
    for (const value of [undefined, null, "", "-5", "1.5", "soon-ish 12", "Someday, 12:00:00"])
      expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("secondsUntilEpoch", () => {
  it("counts down to an epoch-seconds reset and stops at zero", () => {
    expect(secondsUntilEpoch(String(now.getTime() / 1000 + 90), now)).toBe(90);
    expect(secondsUntilEpoch(String(now.getTime() / 1000 - 90), now)).toBe(0);
    expect(secondsUntilEpoch("soon", now)).toBeUndefined();
  });
});
