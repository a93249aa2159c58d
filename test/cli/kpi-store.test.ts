import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-kpi-"));
const env = { OKAPI_DATA_DIR: join(dir, "store") };
const acme = new URL("../../examples/acme.okapi.yaml", import.meta.url).pathname;
beforeAll(() => {
  expect(runCli(["apply", acme], env).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("KPI health over the store", () => {
  it("lists every KPI with its status, and the demo's activation decline is red with signals", () => {
    const result = runCli(["kpi", "list", "--as-of", "2026-11-23", "--format", "json"], env);
    expect(result.status).toBe(0);
    const { kpis } = JSON.parse(result.stdout);
    expect(kpis).toHaveLength(14);
    const activation = kpis.find((k: { kpi: string }) => k.kpi === "activation-w2");
    expect(activation.status).toBe("red");
    expect(activation.signals.length).toBeGreaterThan(0);
  });

  it("shows one KPI with a sparkline of its last 26 points", () => {
    const result = runCli(["kpi", "show", "logo-churn", "--as-of", "2026-11-23"], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/[▁▂▃▄▅▆▇█]{20,}\s+last 24 points/);
    expect(runCli(["kpi", "show", "nope"], env).status).toBe(2);
  });

  it("stores proposals once, lists them, and lets a person dismiss one", () => {
    const first = JSON.parse(
      runCli(["kpi", "proposals", "--as-of", "2026-11-23", "--format", "json"], env).stdout,
    );
    expect(first.added).toBe(first.open.length);
    const kinds = first.open.map(
      (p: { kind: string; subject: string }) => `${p.kind}:${p.subject}`,
    );
    expect(kinds).toContain("recovery-okr:activation-w2");
    expect(kinds).toContain("promote-to-kpi:self-serve-upgrades");
    const second = JSON.parse(
      runCli(["kpi", "proposals", "--as-of", "2026-11-23", "--format", "json"], env).stdout,
    );
    expect(second.added).toBe(0);
    const id = String(first.open[0].id);
    expect(runCli(["kpi", "dismiss", id, "--by", "dana", "--reason", "seasonal"], env).status).toBe(
      0,
    );
    const again = runCli(["kpi", "dismiss", id, "--by", "dana"], env);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`no open proposal #${id}`);
  });

  it("flags a KPI whose range keeps moving", () => {
    const source = readFileSync(acme, "utf8");
    for (const min of [37, 36, 35, 34]) {
      const path = join(dir, `acme-${min}.yaml`);
      writeFileSync(path, source.replace("healthy: { min: 38 }", `healthy: { min: ${min} }`));
      expect(runCli(["apply", path], env).status).toBe(0);
    }
    // The store stamps each change with the real time, so today comes from the same clock here.
    const sameClock = { ...env, OKAPI_TODAY: "" };
    const { churn } = JSON.parse(runCli(["kpi", "list", "--format", "json"], sameClock).stdout);
    expect(churn.map((c: { kpi: string; changes: number }) => [c.kpi, c.changes])).toEqual([
      ["activation-w2", 4],
    ]);
  });
});

describe("okapi apply keeps a private KPI's team", () => {
  beforeAll(async () => {
    // Privacy is a store-only setting (the API's `private`); the file has no field for it.
    const store = await openStore({ dataDir: env.OKAPI_DATA_DIR });
    await store.db.execute(sql`UPDATE kpis SET private = true WHERE id = 'nrr'`);
    await store.close();
  });

  it("refuses a file that takes a private KPI's team away, at the KPI's line, and writes nothing", () => {
    const text = readFileSync(acme, "utf8");
    const lines = text.split("\n");
    const idLine = lines.findIndex((line) => /^\s*- id: nrr\s*$/.test(line));
    const teamLine = lines.findIndex((line, i) => i > idLine && /^\s+team: /.test(line));
    expect(idLine).toBeGreaterThan(-1);
    const teamless = lines.filter((_, i) => i !== teamLine).join("\n");
    const file = join(dir, "teamless.yaml");
    writeFileSync(file, teamless);
    const result = runCli(["apply", file], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:${idLine + 1}:`);
    expect(result.stderr).toContain('KPI "nrr" is team-private in the store');
    expect(result.stderr).toContain("make it public first");
    const exported = runCli(["export", "--format", "json"], env);
    const nrr = JSON.parse(exported.stdout).kpis.find((k: { id: string }) => k.id === "nrr");
    expect(nrr.team).toBeDefined();
  });

  it("applies the same file while the KPI keeps its team", () => {
    expect(runCli(["apply", acme], env).status).toBe(0);
  });
});
