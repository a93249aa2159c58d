import fc from "fast-check";
import { describe, it } from "vitest";
import type { KeyResult } from "../model/key-result.js";
import { assessKeyResult } from "./assess-key-result.js";
import { addDays } from "./measure-days.js";

const q3 = { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" };
const value = fc.double({ min: -1000, max: 1000, noNaN: true });
const checkin = fc.record({
  day: fc.integer({ min: -20, max: 110 }),
  value,
  confidence: fc.integer({ min: 0, max: 10 }),
});
const keyResult = fc
  .record({ from: value, to: value, checkins: fc.array(checkin, { maxLength: 12 }) })
  .map(
    ({ from, to, checkins }): KeyResult => ({
      id: "k",
      title: "a key result",
      from,
      to,
      checkins: checkins.map((c) => ({
        at: addDays(q3.start, c.day),
        value: c.value,
        confidence: c.confidence,
      })),
    }),
  );
const asOf = fc.integer({ min: 0, max: 100 }).map((day) => addDays(q3.start, day));
const assess = (kr: KeyResult, day: string) =>
  assessKeyResult(kr, { cycle: q3, asOf: day, staleDays: 7, firedTripwires: [] });

describe("assessKeyResult", () => {
  it("keeps progress in [0, 1] and expected progress in [0, 1] for any KR and day", () => {
    fc.assert(
      fc.property(keyResult, asOf, (kr, day) => {
        const status = assess(kr, day);
        const inUnit = (x: number) => x >= 0 && x <= 1;
        return (status.progress === null || inUnit(status.progress)) && inUnit(status.expected);
      }),
    );
  });

  it("never shows green for a KR that is stale or has never been checked in", () => {
    fc.assert(
      fc.property(keyResult, asOf, (kr, day) => {
        const status = assess(kr, day);
        return (
          !(status.health === "stale" || status.health === "pending") || status.risk !== "on-track"
        );
      }),
    );
  });

  it("gives every reason a code and a message", () => {
    fc.assert(
      fc.property(keyResult, asOf, (kr, day) =>
        assess(kr, day).reasons.every(
          (reason) => reason.code.length > 0 && reason.message.length > 0,
        ),
      ),
    );
  });
});
