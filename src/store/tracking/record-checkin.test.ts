import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../schema.js";
import { storeDrivers, type TestStore } from "../test-support/test-stores.js";
import { latestMeasurement, recordCheckin } from "./record-checkin.js";

for (const driver of storeDrivers) {
  describe(`recordCheckin (${driver.name})`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = await driver.open();
      await handle.store.applyDocument(
        {
          version: 1,
          organization: "Acme",
          kpis: [
            {
              id: "activation",
              name: "Activation",
              measurements: [
                { at: "2026-07-01", value: 40 },
                { at: "2026-07-08", value: 41 },
                { at: "2026-07-15", value: 43 },
              ],
            },
          ],
          objectives: [
            {
              id: "o",
              title: "Grow",
              keyResults: [
                { id: "kr", title: "Raise activation from 40% to 50%", kpi: "activation" },
              ],
            },
          ],
        },
        { actor: "test" },
      );
    });
    afterAll(() => handle.dispose());

    it("records a check-in with an audit event", async () => {
      const outcome = await recordCheckin(handle.store.db, {
        keyResultId: "kr",
        at: "2026-07-07",
        value: 41,
        confidence: 7,
        note: "ok",
        actor: "cli:ana",
      });
      expect(outcome).toMatchObject({
        ok: true,
        corrected: false,
        checkin: { at: "2026-07-07", value: 41, confidence: 7 },
      });
      const kr = (await handle.store.exportDocument())?.objectives?.[0]?.keyResults?.[0];
      expect(kr?.checkins).toEqual([{ at: "2026-07-07", value: 41, confidence: 7, note: "ok" }]);
    });

    it("keeps the corrected check-in as history and shows only the correction", async () => {
      const outcome = await recordCheckin(handle.store.db, {
        keyResultId: "kr",
        at: "2026-07-07",
        value: 42,
        confidence: 6,
        actor: "cli:ana",
      });
      expect(outcome).toMatchObject({ ok: true, corrected: true });
      const rows = await handle.store.db.select().from(t.checkins);
      expect(rows).toHaveLength(2);
      expect(rows.filter((r) => r.superseded).map((r) => r.value)).toEqual([41]);
      const kr = (await handle.store.exportDocument())?.objectives?.[0]?.keyResults?.[0];
      expect(kr?.checkins?.map((c) => c.value)).toEqual([42]);
    });

    it("refuses an unknown key result and writes nothing", async () => {
      const before = await handle.store.db.$count(t.checkins);
      expect(
        await recordCheckin(handle.store.db, {
          keyResultId: "nope",
          at: "2026-07-07",
          value: 1,
          actor: "x",
        }),
      ).toEqual({ ok: false, reason: "unknown-key-result" });
      expect(await handle.store.db.$count(t.checkins)).toBe(before);
    });

    it("refuses a check-in by someone who is not a person, and writes nothing", async () => {
      const before = await handle.store.db.$count(t.checkins);
      expect(
        await recordCheckin(handle.store.db, {
          keyResultId: "kr",
          at: "2026-07-14",
          value: 43,
          by: "ghost",
          actor: "x",
        }),
      ).toEqual({ ok: false, reason: "unknown-person" });
      expect(await handle.store.db.$count(t.checkins)).toBe(before);
    });

    it("finds the latest measurement on or before a day", async () => {
      expect(await latestMeasurement(handle.store.db, "activation", "2026-07-10")).toEqual({
        at: "2026-07-08",
        value: 41,
      });
      expect(await latestMeasurement(handle.store.db, "activation", "2026-06-30")).toBeUndefined();
    });
  });
}
