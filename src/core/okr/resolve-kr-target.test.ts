import { describe, expect, it } from "vitest";
import { resolveKrTarget, targetValue } from "./resolve-kr-target.js";

describe("resolveKrTarget", () => {
  it("takes from and to from the KR fields first", () => {
    expect(resolveKrTarget({ id: "k", title: "Grow from 1 to 2", from: 10, to: 20 })).toEqual({
      ok: true,
      target: { kind: "line", from: 10, to: 20 },
    });
  });

  it("reads from and to out of the title when the fields are absent", () => {
    expect(
      resolveKrTarget({ id: "k", title: "Reduce time-to-first-value from 14 days to 5 days" }),
    ).toEqual({
      ok: true,
      target: { kind: "line", from: 14, to: 5 },
    });
  });

  it("reports a KR whose baseline equals its target instead of dividing by zero", () => {
    expect(resolveKrTarget({ id: "k", title: "Keep churn", from: 3, to: 3 })).toEqual({
      ok: false,
      problem: "baseline-equals-target",
    });
  });

  it("reports a band KR whose baseline is already inside the band", () => {
    expect(
      resolveKrTarget({ id: "k", title: "Stay", from: 25, band: { min: 20, max: 30 } }),
    ).toEqual({
      ok: false,
      problem: "baseline-equals-target",
    });
  });

  it("reports a KR with no stated baseline or target", () => {
    expect(resolveKrTarget({ id: "k", title: "Make onboarding better" })).toEqual({
      ok: false,
      problem: "no-target",
    });
    expect(resolveKrTarget({ id: "k", title: "Band", band: { min: 1, max: 2 } })).toEqual({
      ok: false,
      problem: "no-target",
    });
  });
});

describe("targetValue", () => {
  it("is the band edge nearest the baseline for a band KR", () => {
    expect(targetValue({ kind: "band", from: 10, min: 20, max: 30 })).toBe(20);
    expect(targetValue({ kind: "band", from: 50, min: 20, max: 30 })).toBe(30);
    expect(targetValue({ kind: "line", from: 14, to: 5 })).toBe(5);
  });
});
