import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobName } from "../../src/agent/job-catalog.js";
import type { JobWork } from "../../src/agent/job-context.js";
import { JOB_WORK } from "../../src/agent/jobs/index.js";
import { createScheduler } from "../../src/agent/scheduler.js";
import { generateDemoWorkspace } from "../../src/demo/index.js";
import { listJobRuns } from "../../src/store/agent/job-runs.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import { ManualClock } from "./manual-clock.js";

const url = process.env.DATABASE_URL;

// Two Okapi instances = two Store objects (two connection pools) on one PostgreSQL database.
describe.skipIf(!url)(
  "two scheduler instances on one PostgreSQL (skipped without DATABASE_URL: run under scripts/with-postgres.sh)",
  () => {
    const name = `okapi_agent_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    let stores: Store[] = [];
    const calls = new Map<string, number>();

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const target = new URL(url as string);
      target.pathname = `/${name}`;
      // Both open (and migrate) at once, as two instances starting together would.
      stores = await Promise.all([
        openStore({ databaseUrl: target.toString() }),
        openStore({ databaseUrl: target.toString() }),
      ]);
      await stores[0]?.applyDocument(generateDemoWorkspace({ asOf: "2026-11-23" }), {
        actor: "test",
      });
    });
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      // pg's pool.end() resolves before its sockets close; forcing the drop while they close
      // would kill those sessions mid-goodbye. Wait for them to leave, a few seconds at most.
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await admin.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    /** The real jobs, counted per job and period, and slowed so the two instances overlap. */
    function countedWork(): Record<JobName, JobWork> {
      return Object.fromEntries(
        Object.entries(JOB_WORK).map(([job, work]) => [
          job,
          async (context) => {
            const key = `${job}@${context.period}`;
            calls.set(key, (calls.get(key) ?? 0) + 1);
            await new Promise((resolve) => setTimeout(resolve, 50));
            return work(context);
          },
        ]),
      ) as Record<JobName, JobWork>;
    }

    it("runs each scheduled job exactly once per period across both instances", async () => {
      const clock = new ManualClock("2026-11-22T12:00:00Z");
      const schedulers = stores.map((store, i) =>
        createScheduler({
          store,
          clock,
          instance: `instance-${i + 1}`,
          catchUpMs: 0,
          env: {},
          work: countedWork(),
        }),
      );
      const skipped: string[] = [];
      for (let hours = 0; hours < 24 * 10; hours += 6) {
        clock.advanceHours(6);
        const results = (await Promise.all(schedulers.map((s) => s.tick()))).flat();
        for (const r of results) if (!r.ran) skipped.push(r.message);
      }
      const runs = (await listJobRuns(stores[0]?.db as Store["db"], {}, { limit: 500 })).items;
      const keys = runs.map((r) => `${r.job}@${r.period}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(
        expect.arrayContaining([
          "weekly-review@2026-W48",
          "pull-sources@2026-11-23",
          "checkin-reminders@2026-W48",
          "kpi-trend-review@2026-12",
        ]),
      );
      for (const key of keys) expect(calls.get(key), key).toBe(1);
      expect([...calls.keys()].sort()).toEqual([...keys].sort());
      expect(runs.every((r) => r.outcome === "succeeded")).toBe(true);
      // The other instance saw every run and skipped it, saying why.
      expect(skipped).toHaveLength(runs.length);
      for (const message of skipped)
        expect(message).toMatch(/already ran on instance-\d|being claimed by another instance/);
    });
  },
);
