import { describe, expect, it } from "vitest";
import {
  type CheckinDraft,
  judgeCheckinRow,
} from "../../web/src/screens/checkin/judge-checkin-row.js";

const row = { title: "Raise conversion", unit: "%", from: 10, target: 20 };
const draft = (d: Partial<CheckinDraft>): CheckinDraft => ({
  value: "",
  confidence: "",
  note: "",
  confirmed: false,
  ...d,
});

describe("judgeCheckinRow", () => {
  it("leaves an untouched row alone", () => {
    expect(judgeCheckinRow(draft({}), row, "en")).toEqual({ kind: "untouched" });
  });

  it("reads the value in the viewer's locale and echoes it with the unit", () => {
    expect(judgeCheckinRow(draft({ value: "12,5" }), row, "de")).toEqual({
      kind: "ready",
      value: 12.5,
      echo: "12,5%",
    });
  });

  it("refuses a value the locale cannot read, saying how to write it", () => {
    const verdict = judgeCheckinRow(draft({ value: "12,5" }), row, "en");
    expect(verdict.kind).toBe("refused");
  });

  it("refuses a confidence or a note without a value instead of dropping it", () => {
    const verdict = judgeCheckinRow(draft({ confidence: "6" }), row, "en");
    expect(verdict).toMatchObject({ kind: "refused" });
    if (verdict.kind === "refused") expect(verdict.message).toContain("Raise conversion");
    expect(judgeCheckinRow(draft({ note: "late" }), row, "en").kind).toBe("refused");
  });

  it("asks before saving a value far outside the span, and saves it once confirmed", () => {
    expect(judgeCheckinRow(draft({ value: "125" }), row, "en")).toMatchObject({
      kind: "confirm",
      value: 125,
      message: "125% is far from 10% → 20%. Tick to save it anyway, or correct it.",
    });
    expect(judgeCheckinRow(draft({ value: "125", confirmed: true }), row, "en").kind).toBe("ready");
  });
});
