import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateDemoWorkspace } from "../../demo/index.js";

const CLI = fileURLToPath(new URL("../../../bin/okapi.js", import.meta.url));
const FIXTURE = fileURLToPath(
  new URL("../../core/okr/fixtures/quarter.okapi.yaml", import.meta.url),
);

const dir = mkdtempSync(join(tmpdir(), "okapi-status-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface StatusJson {
  objectives: {
    id: string;
    risk: string;
    health: string;
    decisionRequired: boolean;
    reasons: { code: string }[];
    keyResults: { risk: string }[];
  }[];
}

function okapi(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, "status", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Runs the built CLI: `npm test` builds first.
describe("okapi status", () => {
  it("prints the documented JSON shape (docs/cli-json.md) with exit 0", () => {
    const result = okapi(FIXTURE, "--as-of", "2026-08-14", "--format", "json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    const onboarding = json.objectives.find((o: { id: string }) => o.id === "onboarding");
    expect(Object.keys(onboarding)).toEqual(
      expect.arrayContaining(["id", "progress", "expected", "risk", "reasons", "keyResults"]),
    );
    expect(onboarding.risk).toBe("off-track");
    expect(onboarding.decisionRequired).toBe(true);
    const kr = onboarding.keyResults[0];
    expect(Object.keys(kr)).toEqual(
      expect.arrayContaining(["id", "progress", "expected", "risk", "reasons"]),
    );
    expect(kr.reasons[0]).toEqual(
      expect.objectContaining({ code: "behind-pace", message: expect.any(String) }),
    );
  });

  it("prints bars, badges and reasons as text by default", () => {
    const result = okapi(FIXTURE, "--as-of", "2026-08-14");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("OKR status as of 2026-08-14");
    expect(result.stdout).toMatch(/onboarding .*\n.*OFF-TRACK {2}DECISION REQUIRED/);
    expect(result.stdout).toContain("- stale-checkin: no check-in for 25 days");
    expect(result.stdout).toContain("(1 check-in(s) dated outside the cycle, not counted)");
  });

  it("filters by team", () => {
    const json = JSON.parse(
      okapi(FIXTURE, "--as-of", "2026-08-14", "--team", "sales", "--format", "json").stdout,
    );
    expect(json.objectives.map((o: { id: string }) => o.id)).toEqual(["pipeline", "enterprise"]);
  });

  it("rejects a bad date, an unknown team and a bad stale window with exit 2 and a hint", () => {
    const date = okapi(FIXTURE, "--as-of", "2026-02-30");
    expect(date.status).toBe(2);
    expect(date.stderr).toContain("--as-of must be a day written YYYY-MM-DD");
    const team = okapi(FIXTURE, "--as-of", "2026-08-14", "--team", "marketing");
    expect(team.status).toBe(2);
    expect(team.stderr).toContain("no such team (teams: growth, sales)");
    expect(okapi(FIXTURE, "--stale-days", "0").status).toBe(2);
    expect(okapi("missing.yaml").stderr).toContain("cannot read missing.yaml");
  });

  it("shows the demo company's live quarter as a realistic mix", () => {
    const file = join(dir, "demo.okapi.json");
    writeFileSync(file, JSON.stringify(generateDemoWorkspace({ asOf: "2026-11-23" })));
    const result = okapi(file, "--as-of", "2026-11-23", "--format", "json");
    expect(result.status).toBe(0);
    const live = (JSON.parse(result.stdout) as StatusJson).objectives.filter(
      (o) => !["achieved", "missed", "stopped"].includes(o.health),
    );
    const krRisks = new Set(live.flatMap((o) => o.keyResults.map((kr) => kr.risk)));
    expect([...krRisks].sort()).toEqual(["at-risk", "off-track", "on-track"]);
    const atRisk = live.filter((o) => o.risk === "at-risk");
    expect(atRisk.length).toBeGreaterThan(0);
    expect(atRisk.every((o) => o.reasons.length > 0)).toBe(true);
    expect(live.filter((o) => o.decisionRequired)).toHaveLength(1);
    expect(live.some((o) => o.health === "stale")).toBe(true);
  });
});
