import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseOkapiFile } from "../../src/core/okapi-file/parse-okapi-file.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-cli-"));
const env = { OKAPI_DATA_DIR: join(dir, "store") };
const example = new URL("../../examples/onboarding-good.okapi.yaml", import.meta.url);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parsed(text: string, name: string) {
  const result = parseOkapiFile(text, name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

describe("okapi apply / export", () => {
  it("rejects a malformed file with every error located, exit 2, and writes nothing", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      "version: 1\norganization: Acme\npeople:\n  - { id: ana, name: Ana, emial: a@x.io }\nobjectives:\n  - { id: o, title: Grow, owner: anna, cycle: 2026-Q9 }\n",
    );
    const result = runCli(["apply", bad], env);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/bad\.yaml:4:\d+: unknown key "emial".*did you mean "email"/);
    expect(result.stderr).toMatch(/bad\.yaml:6:\d+: "anna" is not a person/);
    expect(result.stderr).toMatch(/bad\.yaml:6:\d+: "2026-Q9" is not a cycle/);
    const json = runCli(["apply", bad, "--format", "json"], env);
    expect(JSON.parse(json.stdout).errors).toHaveLength(3);
    const exported = runCli(["export"], env);
    expect(exported.status).toBe(2);
    expect(exported.stderr).toContain("the workspace is empty");
  });

  it("round-trips a file: apply then export gives the same content, in YAML and JSON", () => {
    const source = readFileSync(example, "utf8");
    const applied = runCli(["apply", example.pathname, "--format", "json"], env);
    expect(applied.status).toBe(0);
    expect(JSON.parse(applied.stdout).created.objective).toEqual(["onboarding", "faster-value"]);
    const yaml = runCli(["export", "--format", "yaml"], env);
    expect(yaml.status).toBe(0);
    expect(parsed(yaml.stdout, "export.yaml")).toEqual(parsed(source, "source.yaml"));
    const json = runCli(["export", "--format", "json"], env);
    expect(JSON.parse(json.stdout)).toEqual(parsed(source, "source.yaml"));
  });

  it("reports a re-apply of the exported file as unchanged", () => {
    const exportedPath = join(dir, "exported.yaml");
    writeFileSync(exportedPath, runCli(["export"], env).stdout);
    const again = runCli(["apply", exportedPath, "--format", "json"], env);
    expect(JSON.parse(again.stdout)).toMatchObject({
      created: {},
      changed: {},
      unchanged: { objective: 2 },
    });
  });

  it("exits 2 with a one-line error for a missing file or a bad option", () => {
    const missing = runCli(["apply", join(dir, "nope.yaml")], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^okapi: cannot read .*nope\.yaml: no such file$/);
    expect(runCli(["export", "--format", "xml"], env).status).toBe(2);
  });
});

describe("okapi import measurements", () => {
  it("imports nothing when any row is bad and names each bad line", () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "date,value\n2026-07-06,1\n2026-07-13,12%\n2026-02-30,3\n");
    const result = runCli(["import", "measurements", csv, "--metric", "adoption"], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("bad.csv:3:");
    expect(result.stderr).toContain("bad.csv:4:");
    expect(result.stderr).toContain("nothing was imported");
  });

  it("imports good rows for a key result metric and reports the count as JSON", () => {
    const csv = join(dir, "good.csv");
    writeFileSync(csv, "date,value,note\n2026-07-06,35,first\n2026-07-13,36.5,\n");
    const result = runCli(
      ["import", "measurements", csv, "--metric", "adoption", "--format", "json"],
      env,
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ metric: "adoption", imported: 2 });
  });

  it("refuses an unknown metric", () => {
    const csv = join(dir, "good.csv");
    const result = runCli(["import", "measurements", csv, "--metric", "nope"], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no KPI or key result "nope"');
  });
});
