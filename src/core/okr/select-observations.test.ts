import { describe, expect, it } from "vitest";
import { selectObservations } from "./select-observations.js";

const q3 = { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" };

describe("selectObservations", () => {
  it("takes the latest check-in on or before asOf as the current value", () => {
    const observed = selectObservations(
      [
        { at: "2026-07-14", value: 30 },
        { at: "2026-07-07", value: 20 },
        { at: "2026-07-21", value: 40 },
      ],
      [],
      q3,
      "2026-07-14",
    );
    expect(observed.current).toEqual({ value: 30, at: "2026-07-14", source: "checkin" });
    expect(observed.checkins.map((c) => c.value)).toEqual([20, 30]);
  });

  it("counts an instant late on asOf as on asOf", () => {
    const observed = selectObservations(
      [{ at: "2026-07-14T23:59:00Z", value: 5 }],
      [],
      q3,
      "2026-07-14",
    );
    expect(observed.current?.value).toBe(5);
  });

  it("ignores check-ins dated before the cycle starts or after it ends, and counts them", () => {
    const observed = selectObservations(
      [
        { at: "2026-06-28", value: 99 },
        { at: "2026-07-10", value: 20 },
        { at: "2026-10-02", value: 77 },
      ],
      [],
      q3,
      "2026-12-01",
    );
    expect(observed.current?.value).toBe(20);
    expect(observed.checkins).toHaveLength(1);
    expect(observed.outsideCycle).toBe(2);
  });

  it("takes a linked KPI's measurement when it is newer than the latest check-in", () => {
    const observed = selectObservations(
      [{ at: "2026-07-10", value: 20 }],
      [
        { at: "2026-07-12", value: 23 },
        { at: "2026-07-20", value: 99 },
      ],
      q3,
      "2026-07-15",
    );
    expect(observed.current).toEqual({ value: 23, at: "2026-07-12", source: "kpi" });
  });

  it("keeps the check-in when the KPI's latest measurement is older", () => {
    const observed = selectObservations(
      [{ at: "2026-07-10", value: 20 }],
      [{ at: "2026-07-08", value: 23 }],
      q3,
      "2026-07-15",
    );
    expect(observed.current?.source).toBe("checkin");
  });

  it("lets a correction recorded later for the same time win, keeping the original in history", () => {
    const observed = selectObservations(
      [
        { at: "2026-07-10", value: 20, note: "typo" },
        { at: "2026-07-10", value: 21, note: "corrected" },
      ],
      [],
      q3,
      "2026-07-15",
    );
    expect(observed.current?.value).toBe(21);
    expect(observed.checkins).toHaveLength(2);
  });

  it("has no current value before the first check-in", () => {
    expect(
      selectObservations([{ at: "2026-07-10", value: 1 }], [], q3, "2026-07-09").current,
    ).toBeNull();
  });
});
