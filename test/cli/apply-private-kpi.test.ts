import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-private-"));
const env = { OKAPI_DATA_DIR: join(dir, "store") };
const acme = new URL("../../examples/acme.okapi.yaml", import.meta.url).pathname;

beforeAll(async () => {
  expect(runCli(["apply", acme], env).status).toBe(0);
  // Privacy is a store-only setting (the API's `private`); the file has no field for it.
  const store = await openStore({ dataDir: env.OKAPI_DATA_DIR });
  await store.db.execute(sql`UPDATE kpis SET private = true WHERE id = 'nrr'`);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("okapi apply keeps a private KPI's team", () => {
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
