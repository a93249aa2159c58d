import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OkapiDocument } from "../../src/core/model/index.js";
import { generateDemoWorkspace } from "../../src/demo/index.js";
import type { Store } from "../../src/store/open-store.js";
import * as t from "../../src/store/schema.js";
import { type Child, killHard, startCli, startServe } from "./support/child-process.js";
import { type CrashStore, crashStores } from "./support/crash-stores.js";

const ADMIN = {
  OKAPI_ADMIN_EMAIL: "admin@example.com",
  OKAPI_ADMIN_PASSWORD: "a long enough password",
};
const CSV_ROWS = 120_000;
const API_ROWS = 40_000;

/**
 * Two versions of the demo company that differ in every objective title and measurement; B
 * also carries years of hourly history, so its apply writes long enough to be caught midway
 * (PGlite keeps a small transaction's log in memory until commit).
 */
const DOC_A = generateDemoWorkspace({ asOf: "2026-08-12" });
const HISTORY_HOURS = 25_000;
const DOC_B: OkapiDocument = {
  ...DOC_A,
  kpis: DOC_A.kpis?.map((k, i) => ({
    ...k,
    measurements: [
      ...(k.measurements ?? []).map((m) => ({ ...m, value: m.value + 1 })),
      ...(i === 0
        ? Array.from({ length: HISTORY_HOURS }, (_, h) => ({
            at: new Date(Date.UTC(2001, 0, 1) + h * 3_600_000).toISOString(),
            value: h % 100,
          }))
        : []),
    ],
  })),
  objectives: DOC_A.objectives?.map((o) => ({ ...o, title: `${o.title} (revised)` })),
};

/** The store after `document` is applied over `state`: measurements are upserted, never deleted. */
function appliedOver(state: OkapiDocument | null, document: OkapiDocument): OkapiDocument {
  const kept = new Map((state?.kpis ?? []).map((k) => [k.id, k.measurements ?? []]));
  return {
    ...document,
    kpis: document.kpis?.map((k) => {
      const byDay = new Map((kept.get(k.id) ?? []).map((m) => [m.at, m]));
      for (const m of k.measurements ?? []) byDay.set(m.at, m);
      return { ...k, measurements: [...byDay.values()] };
    }),
  };
}

/** B again, with new titles and values: a write that changes everything B wrote. */
function revisionOfB(revision: number): OkapiDocument {
  return {
    ...DOC_B,
    kpis: DOC_B.kpis?.map((k) => ({
      ...k,
      measurements: (k.measurements ?? []).map((m) => ({ ...m, value: m.value + revision })),
    })),
    objectives: DOC_B.objectives?.map((o) => ({ ...o, title: `${o.title} ${revision}` })),
  };
}

/** What apply must leave entirely, or not at all: the objective titles and the measurement values. */
function signatureOf(document: OkapiDocument | null): string {
  const titles = (document?.objectives ?? []).map((o) => `${o.id}:${o.title}`).sort();
  // Rows before 2000 are the bulk imports' own, checked by count in their tests.
  const values = (document?.kpis ?? []).flatMap((k) =>
    (k.measurements ?? []).filter((m) => m.at >= "2000").map((m) => m.value),
  );
  // Summed in sorted order: floating-point addition depends on the order rows come in.
  const sum = values.sort((a, b) => a - b).reduce((a, b) => a + b, 0);
  return JSON.stringify({ titles, sum, n: values.length });
}

async function countMeasurements(store: Store, metric: string): Promise<number> {
  const [row] = await store.db
    .select({ n: count() })
    .from(t.measurements)
    .where(eq(t.measurements.metricId, metric));
  return row?.n ?? 0;
}

/** Starts a writer, kills it with SIGKILL once its transaction is writing; true if it was still running. */
async function killMidWrite(crash: CrashStore, start: () => Promise<Child>): Promise<boolean> {
  const child = await start();
  await Promise.race([crash.writeStarted(), child.exited]);
  const { signal } = await killHard(child);
  return signal === "SIGKILL";
}

/** Each case starts several processes over a store on disk; a loaded machine needs the slack. */
const CASE_TIMEOUT_MS = 180_000;

describe.each(crashStores)(
  "kill -9 in the middle of a write on $name",
  { timeout: CASE_TIMEOUT_MS },
  ({ create }) => {
    const dir = mkdtempSync(join(tmpdir(), "okapi-crash-files-"));
    let crash: CrashStore;

    beforeAll(async () => {
      crash = await create();
      writeFileSync(join(dir, "a.json"), JSON.stringify(DOC_A));
      writeFileSync(join(dir, "b.json"), JSON.stringify(DOC_B));
      const day = (i: number) =>
        new Date(Date.UTC(1900, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const rows = Array.from({ length: CSV_ROWS }, (_, i) => `${day(i)},${i % 997}`);
      writeFileSync(join(dir, "big.csv"), `date,value\n${rows.join("\n")}\n`);
      const applied = startCli(["apply", join(dir, "a.json")], crash.env);
      expect((await applied.exited).code, applied.output()).toBe(0);
    });
    afterAll(async () => {
      await crash?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it("okapi import measurements: all rows or none", async () => {
      // A key result's own metric: its rows are not part of the okapi file the apply test compares.
      const metric = DOC_A.objectives?.[0]?.keyResults?.[0]?.id as string;
      const importBig = async () =>
        startCli(["import", "measurements", join(dir, "big.csv"), "--metric", metric], crash.env);
      const count = () => crash.inspect((s) => countMeasurements(s, metric));
      const before = await count();
      expect(await killMidWrite(crash, importBig), "the import finished before the kill").toBe(
        true,
      );
      expect(await count()).toBe(before);
      const full = await importBig();
      expect((await full.exited).code, full.output()).toBe(0);
      expect(await count()).toBe(before + CSV_ROWS);
    });

    it("okapi apply: the old workspace or the new one, never a mix", async () => {
      const current = async () => signatureOf(await crash.inspect((s) => s.exportDocument()));
      expect(await current()).toBe(signatureOf(DOC_A));
      const applyB = async () => startCli(["apply", join(dir, "b.json")], crash.env);
      expect(await killMidWrite(crash, applyB), "apply finished before the kill").toBe(true);
      expect([signatureOf(DOC_A), signatureOf(DOC_B)]).toContain(await current());
    });

    it("the API's bulk measurements and PUT /workspace: all or nothing, and the server restarts", async () => {
      const metric = DOC_A.kpis?.[1]?.id as string;
      const items = Array.from({ length: API_ROWS }, (_, i) => ({
        at: new Date(Date.UTC(1800, 0, 1) + i * 3_600_000).toISOString(),
        value: i,
      }));
      const env = { ...crash.env, ...ADMIN };
      const signIn = async (url: string) => {
        const login = await fetch(`${url}/api/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            email: ADMIN.OKAPI_ADMIN_EMAIL,
            password: ADMIN.OKAPI_ADMIN_PASSWORD,
          }),
        });
        return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      };
      /** Sends a write, kills the server once it is writing, and waits for the cut connection. */
      const killDuring = async (method: string, path: string, body: unknown) => {
        const server = await startServe(env);
        const cookie = await signIn(server.url);
        const request = fetch(`${server.url}${path}`, {
          method,
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify(body),
        }).then(
          (r) => r.status,
          () => 0,
        );
        await Promise.race([crash.writeStarted(), request]);
        await killHard(server);
        return request;
      };
      const count = () => crash.inspect((s) => countMeasurements(s, metric));
      const before = await count();
      expect(await killDuring("POST", `/api/v1/kpis/${metric}/measurements`, { items })).toBe(0);
      expect(await count()).toBe(before);

      // The write can finish before the kill lands: then the attempt proves nothing about a
      // crash, so it is repeated with a new revision of B until one is cut. Each revision
      // writes every measurement date the store holds, so its signature is exact.
      let cut = false;
      for (let attempt = 1; attempt <= 5 && !cut; attempt++) {
        const state = await crash.inspect((s) => s.exportDocument());
        const other = revisionOfB(attempt);
        cut = (await killDuring("PUT", "/api/v1/workspace", other)) === 0;
        const after = signatureOf(await crash.inspect((s) => s.exportDocument()));
        expect(
          [signatureOf(state), signatureOf(appliedOver(state, other))],
          `${cut ? "cut" : "finished"}: ${after}`,
        ).toContain(after);
      }
      expect(cut, "every PUT /workspace finished before the kill").toBe(true);

      const restarted = await startServe(env);
      try {
        expect((await fetch(`${restarted.url}/readyz`)).status).toBe(200);
      } finally {
        await killHard(restarted);
      }
    });
  },
);
