import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OkapiDocument } from "../core/model/index.js";
import type { Store } from "./open-store.js";
import * as t from "./schema.js";
import { StoreError } from "./store-error.js";
import { storeDrivers, type TestStore } from "./test-support/test-stores.js";

function richDocument(): OkapiDocument {
  return {
    version: 1,
    organization: "Acme",
    people: [
      { id: "maria", name: "Maria Lopez", email: "maria@example.com" },
      { id: "li", name: "Li Wei" },
    ],
    teams: [
      { id: "company", name: "Acme" },
      { id: "growth", name: "Growth", lead: "maria", parent: "company" },
    ],
    cycles: [{ id: "fy-q3", name: "Fiscal Q3", start: "2026-07-01", end: "2026-09-30" }],
    kpis: [
      {
        id: "activation-w2",
        name: "Week-2 activation",
        unit: "%",
        direction: "higher-is-better",
        kind: "leading",
        axis: "quality",
        owner: "maria",
        team: "growth",
        cadence: "weekly",
        healthy: { min: 38 },
        alert: { below: 30 },
      },
      {
        id: "nrr",
        name: "Net revenue retention",
        unit: "%",
        direction: "higher-is-better",
        kind: "lagging",
        axis: "quality",
        owner: ["maria", "li"],
        cadence: "monthly",
        healthy: {},
        leading: [{ kpi: "activation-w2", leadWeeks: 8 }],
        guardrails: ["activation-w2"],
        measurements: [
          { at: "2026-05-31", value: 104 },
          {
            at: "2026-06-30",
            value: 103.5,
            note: "Two large accounts left",
            by: "maria",
            source: "billing",
          },
          { at: "2026-07-15T09:30:00Z", value: 103.7 },
        ],
      },
    ],
    objectives: [
      {
        id: "onboarding",
        title: "Make our onboarding the reason customers renew",
        owner: "maria",
        team: "growth",
        cycle: "2026-Q3",
        type: "aspirational",
        keyResults: [
          {
            id: "adoption",
            title: "Increase 90-day adoption from 34% to 60%",
            from: 34,
            to: 60,
            unit: "%",
            kpi: "activation-w2",
            checkins: [
              {
                at: "2026-07-07",
                value: 35,
                confidence: 7,
                note: "Slow start",
                blockers: ["Data delayed"],
              },
              { at: "2026-07-14T16:00:00Z", value: 38, confidence: 6, by: "li" },
            ],
          },
          {
            id: "ttfv",
            title: "Reduce time-to-first-value from 14 days to 5 days",
            weight: 2,
            curve: "back-loaded",
          },
        ],
        leadingIndicators: ["activation-w2"],
        killCriteria: [
          {
            metric: "adoption",
            below: 40,
            by: "2026-08-15",
            decision: { outcome: "continue", by: "maria", at: "2026-08-16", reason: "Fix shipped" },
          },
          { by: "2026-09-01" },
        ],
      },
      { id: "company-growth", title: "Grow", cycle: "fy-q3", parent: "onboarding" },
    ],
    lint: { rules: { "too-many-kpis": "off" }, thresholds: { maxObjectivesPerTeam: 4 } },
  };
}

for (const driver of storeDrivers) {
  describe(`store (${driver.name})`, () => {
    let handle: TestStore;
    let store: Store;
    beforeAll(async () => {
      handle = await driver.open();
      store = handle.store;
    });
    afterAll(() => handle.dispose());

    it("starts empty and exports nothing", async () => {
      expect(await store.isEmpty()).toBe(true);
      expect(await store.exportDocument()).toBeNull();
    });

    it("does not write anything on a dry run", async () => {
      const report = await store.applyDocument(richDocument(), { actor: "test", dryRun: true });
      expect(report.created.kpi).toEqual(["activation-w2", "nrr"]);
      expect(await store.isEmpty()).toBe(true);
    });

    it("exports exactly what was applied", async () => {
      const report = await store.applyDocument(richDocument(), { actor: "test" });
      expect(report.created.objective).toEqual(["onboarding", "company-growth"]);
      expect(report.measurements.added).toBe(3);
      expect(await store.exportDocument()).toEqual(richDocument());
    });

    it("reports a second apply of the same file as unchanged and audits nothing new", async () => {
      const auditsBefore = await store.db.$count(t.auditEvents);
      const report = await store.applyDocument(richDocument(), { actor: "test" });
      expect(report.created).toEqual({});
      expect(report.changed).toEqual({});
      expect(report.unchanged).toEqual({ person: 2, team: 2, cycle: 1, kpi: 2, objective: 2 });
      expect(report.measurements).toEqual({ added: 0, updated: 0 });
      expect(await store.db.$count(t.auditEvents)).toBe(auditsBefore);
    });

    it("records a changed target as an update with before and after in the audit trail", async () => {
      const changed = richDocument();
      const kr = changed.objectives?.[0]?.keyResults?.[0];
      if (kr) kr.to = 65;
      const report = await store.applyDocument(changed, { actor: "cli:maria" });
      expect(report.changed).toEqual({ objective: ["onboarding"] });
      const events = await store.db.select().from(t.auditEvents);
      const last = events.at(-1);
      expect(last).toMatchObject({
        actor: "cli:maria",
        entity: "objective",
        entityId: "onboarding",
        action: "update",
      });
      expect(JSON.stringify(last?.before)).toContain('"to":60');
      expect(JSON.stringify(last?.after)).toContain('"to":65');
      expect((await store.exportDocument())?.objectives?.[0]?.keyResults?.[0]?.to).toBe(65);
    });

    it("upserts measurements by time and never deletes ingested ones", async () => {
      await store.importMeasurements([
        { metricId: "nrr", at: "2026-08-31", value: 106, source: "csv" },
      ]);
      const changed = richDocument();
      const nrr = changed.kpis?.[1];
      if (nrr?.measurements?.[0]) nrr.measurements[0].value = 104.2;
      const report = await store.applyDocument(changed, { actor: "test" });
      expect(report.measurements).toEqual({ added: 0, updated: 1 });
      const points = (await store.exportDocument())?.kpis?.[1]?.measurements ?? [];
      expect(points.map((p) => [p.at, p.value])).toEqual([
        ["2026-05-31", 104.2],
        ["2026-06-30", 103.5],
        ["2026-07-15T09:30:00Z", 103.7],
        ["2026-08-31", 106],
      ]);
    });

    it("imports measurements all or nothing", async () => {
      const rows = Array.from({ length: 120_000 }, (_, i) => ({
        metricId: "activation-w2",
        at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
        value: i,
      }));
      const progress: number[] = [];
      expect(await store.importMeasurements(rows, (done) => progress.push(done))).toBe(120_000);
      expect(progress).toEqual([50_000, 100_000, 120_000]);
      const total = await store.db.$count(t.measurements);
      const broken = [
        ...rows.slice(0, 60_000),
        { metricId: "activation-w2", at: "not a time", value: 1 },
      ];
      await expect(store.importMeasurements(broken)).rejects.toBeInstanceOf(StoreError);
      expect(await store.db.$count(t.measurements)).toBe(total);
    });

    it("knows which metric ids exist", async () => {
      expect(await store.metricExists("nrr")).toBe(true);
      expect(await store.metricExists("adoption")).toBe(true);
      expect(await store.metricExists("nope")).toBe(false);
    });

    it("turns a clash with a stored key result into a neutral unique error and writes nothing", async () => {
      const clash: OkapiDocument = {
        version: 1,
        organization: "Acme",
        objectives: [
          { id: "other", title: "Other", keyResults: [{ id: "adoption", title: "Same id" }] },
        ],
      };
      const error = await store.applyDocument(clash, { actor: "test" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).kind).toBe("unique");
      expect((await store.exportDocument())?.objectives?.map((o) => o.id)).toEqual([
        "onboarding",
        "company-growth",
      ]);
    });
  });
}
