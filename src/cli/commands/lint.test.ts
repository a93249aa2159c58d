import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../../bin/okapi.js", import.meta.url));
const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
const TASKS = example("tasks-as-key-results.okapi.yaml");
const GOOD = example("onboarding-good.okapi.yaml");
const KPIS = example("kpis.okapi.yaml");

const dir = mkdtempSync(join(tmpdir(), "okapi-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function okapi(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, "lint", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Runs the built CLI: `npm test` builds first.
describe("okapi lint", () => {
  it("prints the documented JSON (docs/cli-json.md) with parsed KRs and exits 1 when an error-level finding remains", () => {
    const result = okapi(TASKS, "--format", "json");
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["findings", "summary"]);
    const task = json.findings.find((f: { rule: string }) => f.rule === "kr-is-task");
    expect(Object.keys(task)).toEqual(["rule", "severity", "path", "message", "fix", "parsed"]);
    expect(task.path).toBe("objectives[0].keyResults[0]");
    expect(json.summary.errors).toBeGreaterThan(0);
  });

  it("exits 0 when only warnings remain, and adds file to each finding when given several files", () => {
    const result = okapi(KPIS, GOOD, "--format", "json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.findings.every((f: { file?: string }) => f.file === KPIS)).toBe(true);
    expect(json.summary.files).toBe(2);
  });

  it("groups human output by objective with the why and the fix of each finding", () => {
    const result = okapi(TASKS);
    expect(result.stdout).toContain("Objective reliable");
    expect(result.stdout).toContain("why: Shipping something is an output");
    expect(result.stdout).toContain("fix:");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("turns rules off or down per run with --rule", () => {
    const result = okapi(
      TASKS,
      "--rule",
      "kr-is-task=warning",
      "--rule",
      "missing-kill-criteria=off",
      "--format",
      "json",
    );
    expect(result.status).toBe(0);
    const rules = JSON.parse(result.stdout).findings.map(
      (f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`,
    );
    expect(rules).toContain("kr-is-task:warning");
    expect(rules.some((r: string) => r.startsWith("missing-kill-criteria"))).toBe(false);
  });

  it("writes SARIF 2.1.0 with the line of each finding", () => {
    const result = okapi(TASKS, "--format", "sarif");
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe("2.1.0");
    const task = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "kr-is-task");
    expect(task.level).toBe("error");
    const line =
      readFileSync(TASKS, "utf8")
        .split("\n")
        .findIndex((l) => l.includes("Ship the redesign")) + 1;
    expect(task.locations[0].physicalLocation.region.startLine).toBe(line);
  });

  it("exits 2 with one clear line for an unknown rule, a bad severity, an unknown rule in the file, or an unreadable file", () => {
    expect(okapi(TASKS, "--rule", "kr-is-kpl=off").stderr).toContain("did you mean kr-is-kpi?");
    expect(okapi(TASKS, "--rule", "kr-is-kpi=loud").status).toBe(2);
    const file = join(dir, "bad-config.okapi.yaml");
    writeFileSync(file, "version: 1\norganization: X\nlint: { rules: { too-many-krz: off } }\n");
    const config = okapi(file);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain("lint.rules.too-many-krz");
    expect(okapi(join(dir, "missing.yaml")).status).toBe(2);
  });
});
