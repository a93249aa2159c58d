import { describe, expect, it } from "vitest";
import { parseOkapiFile } from "../core/okapi-file/parse-okapi-file.js";
import { generateDemoWorkspace } from "./generate-demo-workspace.js";
import { generateScaledWorkspace } from "./scale-demo-workspace.js";

const AS_OF = "2026-11-23";
const demo = generateDemoWorkspace({ asOf: AS_OF });

function counts(document: ReturnType<typeof generateDemoWorkspace>) {
  const krs = (document.objectives ?? []).flatMap((o) => o.keyResults ?? []);
  return {
    people: document.people?.length,
    teams: document.teams?.length,
    kpis: document.kpis?.length,
    measurements: (document.kpis ?? []).reduce((n, k) => n + (k.measurements?.length ?? 0), 0),
    objectives: document.objectives?.length,
    keyResults: krs.length,
    checkins: krs.reduce((n, kr) => n + (kr.checkins?.length ?? 0), 0),
  };
}

describe("generateScaledWorkspace", () => {
  it("is the demo itself at scale 1", () => {
    expect(generateScaledWorkspace({ asOf: AS_OF, scale: 1 })).toEqual(demo);
  });

  it("multiplies every count by the scale", () => {
    const one = counts(demo);
    const ten = counts(generateScaledWorkspace({ asOf: AS_OF, scale: 10 }));
    for (const [key, value] of Object.entries(one))
      expect(ten[key as keyof typeof ten], key).toBe((value ?? 0) * 10);
  });

  it("keeps ids unique and every reference inside its own division, so the file parses cleanly", () => {
    const scaled = generateScaledWorkspace({ asOf: AS_OF, scale: 3 });
    const parsed = parseOkapiFile(JSON.stringify(scaled), "scaled.okapi.json");
    if (!parsed.ok) expect(parsed.errors).toEqual([]);
    const copy = scaled.objectives?.find((o) => o.id === "predictable-mid-market-d2");
    const original = demo.objectives?.find((o) => o.id === "predictable-mid-market");
    expect(copy?.parent).toBe(`${original?.parent}-d2`);
    expect(copy?.owner).toBe(`${original?.owner}-d2`);
    expect(copy?.keyResults?.[0]?.kpi).toBe(`${original?.keyResults?.[0]?.kpi}-d2`);
    expect(copy?.killCriteria).toEqual(
      original?.killCriteria?.map((c) => (c.metric ? { ...c, metric: `${c.metric}-d2` } : c)),
    );
  });

  it("rejects a scale that is not a whole number of companies", () => {
    expect(() => generateScaledWorkspace({ asOf: AS_OF, scale: 0 })).toThrow(/whole number/);
    expect(() => generateScaledWorkspace({ asOf: AS_OF, scale: 2.5 })).toThrow(/whole number/);
  });
});
