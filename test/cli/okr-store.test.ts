import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-okr-"));
const env = { OKAPI_DATA_DIR: join(dir, "store") };
const acme = new URL("../../examples/acme.okapi.yaml", import.meta.url).pathname;
beforeAll(() => {
  expect(runCli(["apply", acme], env).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function objective(id: string) {
  const result = runCli(
    ["status", "--as-of", "2026-11-23", "--team", "growth", "--format", "json"],
    env,
  );
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout).objectives.find((o: { id: string }) => o.id === id);
}

describe("OKR tracking over the store", () => {
  it("shows a team's status from the workspace, with the fired tripwire asking for a decision", () => {
    expect(objective("guided-setup")).toMatchObject({ decisionRequired: true, risk: "off-track" });
  });

  it("records a named person's decision, which then stands in the status", () => {
    const decided = runCli(
      [
        "decide",
        "guided-setup",
        "--outcome",
        "continue",
        "--by",
        "dana",
        "--reason",
        "Wizard v2 ships next week",
        "--at",
        "2026-11-23",
      ],
      env,
    );
    expect(decided.status).toBe(0);
    const after = objective("guided-setup");
    expect(after.decisionRequired).toBe(false);
    expect(JSON.stringify(after.reasons)).toContain("decided continue by dana");
  });

  it("refuses a decision by someone who is not a person, or on a tripwire that does not exist", () => {
    expect(
      runCli(["decide", "guided-setup", "--outcome", "stop", "--by", "ghost", "--reason", "x"], env)
        .status,
    ).toBe(2);
    const missing = runCli(
      [
        "decide",
        "guided-setup",
        "--tripwire",
        "9",
        "--outcome",
        "stop",
        "--by",
        "dana",
        "--reason",
        "x",
      ],
      env,
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no kill criterion number 9");
  });

  it("grades a closed cycle from the store and names the promotion candidates", () => {
    const result = runCli(["grade", "q3-2026", "--format", "json"], env);
    expect(result.status).toBe(0);
    const grades = JSON.parse(result.stdout);
    expect(grades.objectives.map((o: { id: string }) => o.id)).toEqual([
      "self-serve-expansion",
      "renewal-playbook",
    ]);
    expect(grades.objectives[0].grade).toMatchObject({ success: true });
    expect(runCli(["grade", "2026-Q7"], env).status).toBe(2);
  });

  it("carries an unfinished objective into the next cycle only on request, and only once", () => {
    const carried = runCli(
      ["carry-forward", "renewal-playbook", "--to", "q1-2027", "--format", "json"],
      env,
    );
    expect(carried.status).toBe(0);
    const [copy] = JSON.parse(carried.stdout).carried;
    expect(copy).toMatchObject({ id: "renewal-playbook-q1-2027", cycle: "q1-2027" });
    const exported = JSON.parse(runCli(["export", "--format", "json"], env).stdout);
    expect(exported.objectives.map((o: { id: string }) => o.id)).toContain(
      "renewal-playbook-q1-2027",
    );
    expect(runCli(["carry-forward", "renewal-playbook", "--to", "q1-2027"], env).status).toBe(2);
    expect(
      runCli(["carry-forward", "self-serve-expansion", "--to", "q1-2027"], env).stderr,
    ).toContain("was achieved");
  });
});
