import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseOkapiFile } from "../../src/core/okapi-file/parse-okapi-file.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-demo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const acme = new URL("../../examples/acme.okapi.yaml", import.meta.url);

function parsed(text: string) {
  const result = parseOkapiFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.document;
}

describe("the demo workspace", () => {
  it("round-trips examples/acme.okapi.yaml through apply and export", () => {
    const env = { OKAPI_DATA_DIR: join(dir, "acme") };
    const applied = runCli(["apply", acme.pathname, "--format", "json"], env);
    expect(applied.status).toBe(0);
    expect(JSON.parse(applied.stdout).created.kpi).toHaveLength(14);
    const exported = runCli(["export", "--format", "yaml"], env);
    expect(exported.status).toBe(0);
    expect(parsed(exported.stdout)).toEqual(parsed(readFileSync(acme, "utf8")));
  });

  it("is what okapi init --demo loads for the same date", () => {
    const env = { OKAPI_DATA_DIR: join(dir, "init") };
    const init = runCli(["init", "--demo", "--as-of", "2026-11-23", "--format", "json"], env);
    expect(init.status).toBe(0);
    expect(JSON.parse(init.stdout).workspace).toMatchObject({ teams: 5, kpis: 14 });
    const exported = runCli(["export", "--format", "json"], env);
    expect(JSON.parse(exported.stdout)).toEqual(parsed(readFileSync(acme, "utf8")));
  });
});
