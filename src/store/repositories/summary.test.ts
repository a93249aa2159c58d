import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeDrivers, type TestStore } from "../test-support/test-stores.js";
import { addMeasurements } from "./measurements.js";
import { summarizeWorkspace } from "./summary.js";

const admin = { admin: true, teams: [] };

describe.each(storeDrivers)("summarizeWorkspace on $name", (driver) => {
  let opened: TestStore;
  beforeAll(async () => {
    opened = await driver.open();
    await opened.store.applyDocument(
      {
        version: 1,
        organization: "Acme",
        kpis: [
          { id: "nrr", name: "NRR", direction: "higher-is-better", healthy: { min: 105 } },
          { id: "churn", name: "Churn", alert: { above: 3 } },
          { id: "silent", name: "Never measured" },
        ],
      },
      { actor: "test" },
    );
    const { db } = opened.store;
    // Out of order on purpose: the latest is the newest instant, not the last written.
    await addMeasurements(
      db,
      "nrr",
      [
        { at: "2026-03-31", value: 101 },
        { at: "2026-06-30", value: 107.5 },
        { at: "2026-05-31", value: 99 },
      ],
      "test",
    );
    await addMeasurements(db, "churn", [{ at: "2026-06-01T09:30:00Z", value: 4 }], "test");
  });
  afterAll(async () => {
    await opened.dispose();
  });

  it("lights each KPI from its newest measurement and leaves an unmeasured one unknown", async () => {
    const summary = await summarizeWorkspace(opened.store.db, admin, {});
    expect(summary.kpis).toEqual([
      { id: "churn", name: "Churn", status: "red", value: 4, at: "2026-06-01T09:30:00Z" },
      { id: "nrr", name: "NRR", status: "green", value: 107.5, at: "2026-06-30" },
      { id: "silent", name: "Never measured", status: "unknown" },
    ]);
    expect(summary.kpiStatus).toEqual({ green: 1, amber: 0, red: 1, unknown: 1 });
  });
});
