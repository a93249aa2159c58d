import { describe, expect, it } from "vitest";
import { fixedDayClock, localDay, systemClock, todayOf } from "./clock.js";
import { ClockConfigError, clockFromEnv } from "./clock-from-env.js";

describe("localDay", () => {
  it("names the day in the time zone, not in UTC", () => {
    const instant = new Date("2026-11-22T23:30:00Z");
    expect(localDay(instant, "Asia/Tokyo")).toBe("2026-11-23");
    expect(localDay(instant, "America/Los_Angeles")).toBe("2026-11-22");
    expect(localDay(instant, "UTC")).toBe("2026-11-22");
  });
});

describe("fixedDayClock", () => {
  it("answers its day in every time zone, with instants on that day at the real time of day", () => {
    const real = { now: () => new Date("2026-12-04T13:45:10.500Z"), dayOf: localDay };
    const clock = fixedDayClock("2028-02-29", real);
    expect(todayOf(clock)).toBe("2028-02-29");
    expect(clock.dayOf(new Date("2031-01-01T00:00:00Z"), "Asia/Tokyo")).toBe("2028-02-29");
    expect(clock.now().toISOString()).toBe("2028-02-29T13:45:10.500Z");
    expect(todayOf(fixedDayClock("2026-03-31"))).toBe("2026-03-31");
    expect(fixedDayClock("2026-03-31").now().toISOString().slice(0, 10)).toBe("2026-03-31");
  });
});

describe("clockFromEnv", () => {
  it("runs on the system clock when OKAPI_TODAY is not set or blank", () => {
    expect(clockFromEnv({})).toBe(systemClock);
    expect(clockFromEnv({ OKAPI_TODAY: "  " })).toBe(systemClock);
  });

  it("fixes today to OKAPI_TODAY, leap days and quarter boundaries included", () => {
    for (const day of ["2026-03-31", "2028-02-29", "2026-01-01"])
      expect(todayOf(clockFromEnv({ OKAPI_TODAY: day }))).toBe(day);
  });

  it("refuses a day that is not a calendar day written YYYY-MM-DD, saying how to write one", () => {
    for (const bad of ["2026-02-30", "31/03/2026", "2026-3-31", "tomorrow"])
      expect(() => clockFromEnv({ OKAPI_TODAY: bad })).toThrow(
        new ClockConfigError(
          `OKAPI_TODAY must be a calendar day written YYYY-MM-DD (for example 2026-03-31), got "${bad}"`,
        ),
      );
  });

  it("refuses a fixed day in production mode", () => {
    expect(() => clockFromEnv({ OKAPI_TODAY: "2026-03-31", NODE_ENV: "production" })).toThrow(
      /refused when NODE_ENV=production: unset it/,
    );
    expect(clockFromEnv({ NODE_ENV: "production" })).toBe(systemClock);
  });
});
