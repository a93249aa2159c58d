import { describe, expect, it } from "vitest";
import { evaluateTripwire, type MetricLookup } from "./evaluate-tripwire.js";

// adoption: 35 until Aug 14, 45 from Aug 20.
const lookup: MetricLookup = (metric, day) => {
  if (metric !== "adoption" || day < "2026-07-10") return undefined;
  return day < "2026-08-20" ? 35 : 45;
};
const decision = {
  outcome: "continue",
  by: "sam",
  at: "2026-08-16",
  reason: "pilot starts",
} as const;

describe("evaluateTripwire", () => {
  it("fires a metric tripwire while the latest value crosses its threshold", () => {
    expect(evaluateTripwire({ metric: "adoption", below: 40 }, lookup, "2026-08-01")).toMatchObject(
      {
        kind: "metric",
        state: "fired",
        value: 35,
      },
    );
  });

  it("does not fire a metric tripwire when the value is on the right side", () => {
    expect(evaluateTripwire({ metric: "adoption", below: 40 }, lookup, "2026-08-25").state).toBe(
      "armed",
    );
    expect(evaluateTripwire({ metric: "adoption", above: 50 }, lookup, "2026-08-25").state).toBe(
      "armed",
    );
  });

  it("fires a date tripwire once its day is reached, and not before", () => {
    expect(evaluateTripwire({ by: "2026-08-15" }, lookup, "2026-08-15").state).toBe("fired");
    expect(evaluateTripwire({ by: "2026-08-15" }, lookup, "2026-08-14").state).toBe("armed");
  });

  it("judges a metric-and-date tripwire on the value standing on its day", () => {
    const wire = { metric: "adoption", below: 40, by: "2026-08-15" };
    expect(evaluateTripwire(wire, lookup, "2026-08-14").state).toBe("armed");
    expect(evaluateTripwire(wire, lookup, "2026-08-15")).toMatchObject({
      state: "fired",
      value: 35,
    });
    // Recovering to 45 after the day does not hide that the wire was hit on Aug 15.
    expect(evaluateTripwire(wire, lookup, "2026-08-25")).toMatchObject({
      state: "fired",
      value: 35,
    });
  });

  it("does not fire a metric-and-date tripwire whose value cleared the threshold on its day", () => {
    const wire = { metric: "adoption", below: 40, by: "2026-08-21" };
    expect(evaluateTripwire(wire, lookup, "2026-08-25")).toMatchObject({
      state: "armed",
      value: 45,
    });
  });

  it("says it cannot judge a metric that has no value", () => {
    expect(evaluateTripwire({ metric: "nps", below: 30 }, lookup, "2026-08-25").state).toBe(
      "unknown",
    );
  });

  it("carries the recorded decision", () => {
    expect(evaluateTripwire({ by: "2026-08-15", decision }, lookup, "2026-08-20").decision).toEqual(
      decision,
    );
  });
});
