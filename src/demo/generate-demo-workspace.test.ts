import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { extractFromTo } from "../core/language/extract-from-to.js";
import { parseCycle } from "../core/model/index.js";
import { parseOkapiFile } from "../core/okapi-file/parse-okapi-file.js";
import { addDays } from "./calendar.js";
import { demoCycles } from "./demo-cycles.js";
import { NORTH_STAR } from "./demo-kpis.js";
import { MONTHLY_POINTS, WEEKLY_POINTS } from "./demo-stories.js";
import { generateDemoWorkspace } from "./generate-demo-workspace.js";

const AS_OF = "2026-11-23";
const demo = generateDemoWorkspace({ asOf: AS_OF });
const kpis = demo.kpis ?? [];
const cycles = demoCycles(AS_OF);
const live = (demo.objectives ?? []).filter((o) => o.cycle === cycles.live.id);
const liveKrs = live.flatMap((o) => o.keyResults ?? []);

const asOfDay = fc
  .date({
    min: new Date("2024-01-01T00:00:00Z"),
    max: new Date("2031-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("generateDemoWorkspace", () => {
  it("returns the same document for the same asOf and a different one for another day", () => {
    expect(generateDemoWorkspace({ asOf: AS_OF })).toEqual(demo);
    expect(generateDemoWorkspace({ asOf: addDays(AS_OF, 1) })).not.toEqual(demo);
  });

  it("rejects an asOf that is not a calendar day", () => {
    expect(() => generateDemoWorkspace({ asOf: "2026-02-30" })).toThrow(/YYYY-MM-DD/);
  });

  it("serializes to YAML that the okapi file parser reads back unchanged, without errors or warnings", () => {
    const parsed = parseOkapiFile(stringify(demo), "acme.okapi.yaml");
    if (!parsed.ok) expect(parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && parsed.document).toEqual(demo);
  });

  it("parses cleanly and never checks in after asOf, whatever the day", () => {
    fc.assert(
      fc.property(asOfDay, (asOf) => {
        const doc = generateDemoWorkspace({ asOf });
        const parsed = parseOkapiFile(stringify(doc), "acme.okapi.yaml");
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        for (const objective of doc.objectives ?? [])
          for (const kr of objective.keyResults ?? [])
            for (const checkin of kr.checkins ?? []) expect(checkin.at <= asOf).toBe(true);
        for (const kpi of doc.kpis ?? [])
          for (const m of kpi.measurements ?? []) expect(m.at <= asOf).toBe(true);
      }),
      { numRuns: 12 },
    );
  });

  it("holds 5 teams with leads, 14 KPIs, and a live quarter of 8 objectives with 26 key results", () => {
    expect(demo.teams).toHaveLength(5);
    for (const team of demo.teams ?? []) expect(team.lead).toBeDefined();
    expect(kpis).toHaveLength(14);
    expect(live).toHaveLength(8);
    expect(liveKrs).toHaveLength(26);
    expect(demo.people?.length).toBeGreaterThanOrEqual(15);
    for (const person of demo.people ?? []) expect(person.email).toMatch(/@acme\.example$/);
  });

  it("gives weekly KPIs 104 Mondays and monthly KPIs 24 month ends of history", () => {
    for (const kpi of kpis) {
      const points = kpi.measurements ?? [];
      if (kpi.cadence === "weekly") {
        expect(points).toHaveLength(WEEKLY_POINTS);
        for (const p of points) expect(new Date(`${p.at}T00:00:00Z`).getUTCDay()).toBe(1);
      } else {
        expect(kpi.cadence).toBe("monthly");
        expect(points).toHaveLength(MONTHLY_POINTS);
        for (const p of points) expect(addDays(p.at, 1).slice(8)).toBe("01");
      }
    }
  });

  it("defines every KPI fully and pairs every lagging KPI with leading ones 4–12 weeks ahead", () => {
    const byId = new Map(kpis.map((k) => [k.id, k]));
    for (const kpi of kpis) {
      for (const field of [
        "unit",
        "direction",
        "kind",
        "axis",
        "owner",
        "team",
        "cadence",
        "healthy",
        "alert",
      ])
        expect(kpi, `${kpi.id}.${field}`).toHaveProperty(field);
      for (const id of kpi.guardrails ?? []) expect(id).not.toBe(kpi.id);
      if (kpi.kind !== "lagging") continue;
      expect(kpi.leading?.length, kpi.id).toBeGreaterThan(0);
      for (const link of kpi.leading ?? []) {
        expect(byId.get(link.kpi)?.kind, `${kpi.id} ← ${link.kpi}`).toBe("leading");
        expect(link.leadWeeks).toBeGreaterThanOrEqual(4);
        expect(link.leadWeeks).toBeLessThanOrEqual(12);
      }
    }
    expect(kpis.some((k) => k.kind === "leading" && k.axis === "quantity")).toBe(true);
    expect(kpis.some((k) => k.kind === "lagging" && k.axis === "quality")).toBe(true);
  });

  it("roots the driver tree at a North Star that several KPIs point to", () => {
    const starred = kpis.filter((k) => k.description?.startsWith("North Star"));
    expect(starred.map((k) => k.id)).toEqual([NORTH_STAR]);
    expect(starred[0]?.parent).toBeUndefined();
    expect(kpis.filter((k) => k.parent === NORTH_STAR).length).toBeGreaterThanOrEqual(3);
    const byId = new Map(kpis.map((k) => [k.id, k]));
    for (const kpi of kpis) {
      const seen = new Set<string>();
      for (let at = kpi.parent; at !== undefined; at = byId.get(at)?.parent) {
        expect(seen.has(at), `${kpi.id}: cycle through ${at}`).toBe(false);
        seen.add(at);
      }
    }
  });

  it("gives every live KR a baseline, target, unit and owner that agree with its title, whatever the day", () => {
    fc.assert(
      fc.property(asOfDay, (asOf) => {
        const doc = generateDemoWorkspace({ asOf });
        const live = doc.cycles?.find((c) => c.start <= asOf && asOf <= c.end);
        const krs = (doc.objectives ?? [])
          .filter((o) => o.cycle === live?.id)
          .flatMap((o) => o.keyResults ?? []);
        for (const kr of krs) {
          expect(kr.owner, kr.id).toBeDefined();
          expect(kr.unit, kr.id).toBeDefined();
          expect(extractFromTo(kr.title), kr.id).toEqual({ from: kr.from, to: kr.to });
          const rises = /^(Increase|Grow|Raise|Lift)\b/.test(kr.title);
          const falls = /^(Reduce|Cut|Shorten)\b/.test(kr.title);
          expect(rises !== falls, `${kr.id}: a verb that says which way`).toBe(true);
          const gap = (kr.to as number) - (kr.from as number);
          expect(rises ? gap > 0 : gap < 0, `${kr.id}: ${kr.title}`).toBe(true);
        }
        expect(krs.filter((kr) => kr.kpi !== undefined).length).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 40 },
    );
  });

  it("aligns team objectives to company objectives and gives every objective kill criteria", () => {
    const company = new Set(live.filter((o) => o.team === undefined).map((o) => o.id));
    expect(company.size).toBeGreaterThanOrEqual(1);
    expect(live.filter((o) => o.team !== undefined).length).toBeGreaterThanOrEqual(5);
    for (const objective of live) {
      expect(objective.killCriteria?.length, objective.id).toBeGreaterThan(0);
      if (objective.team !== undefined) expect(company.has(objective.parent ?? "")).toBe(true);
    }
    expect(new Set(live.map((o) => o.type))).toEqual(new Set(["aspirational", "committed"]));
  });

  it("keeps live check-ins inside the quarter and ends a closed quarter's check-ins on its last day", () => {
    for (const kr of liveKrs)
      for (const c of kr.checkins ?? []) expect(c.at >= cycles.live.start).toBe(true);
    const closed = (demo.objectives ?? []).filter((o) => o.cycle !== cycles.live.id);
    expect(closed.length).toBeGreaterThanOrEqual(2);
    for (const objective of closed) {
      expect(["achieved", "missed"]).toContain(objective.status);
      const end = parseCycle(objective.cycle ?? "", demo.cycles)?.end;
      for (const kr of objective.keyResults ?? []) expect(kr.checkins?.at(-1)?.at).toBe(end);
    }
  });
});
