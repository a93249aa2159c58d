import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../../bin/okapi.js", import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../core/kpi/fixtures/${name}`, import.meta.url));

function okapi(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, "kpi", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ACTIVATION = [
  fixture("activation-w2.csv"),
  "--direction",
  "higher-is-better",
  "--healthy-min",
  "40",
  "--alert-below",
  "35",
];

// Runs the built CLI: `npm test` builds first.
describe("okapi kpi analyze", () => {
  it("prints the documented JSON shape (docs/cli-json-kpi-and-reviews.md) for a declining KPI", () => {
    const result = okapi("analyze", ...ACTIVATION, "--format", "json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.status).toBe("red");
    expect(Object.keys(json.limits)).toEqual(expect.arrayContaining(["center", "lower", "upper"]));
    expect(json.signals.length).toBeGreaterThan(0);
    for (const signal of json.signals)
      expect(Object.keys(signal)).toEqual(expect.arrayContaining(["rule", "at", "message"]));
    expect(json.trend.direction).toBe("falling");
    expect(json.proposals[0].kind).toBe("recovery-okr");
  });

  it("honours --as-of", () => {
    const json = JSON.parse(
      okapi("analyze", ...ACTIVATION, "--as-of", "2026-03-02", "--format", "json").stdout,
    );
    expect(json.range.at).toBe("2026-03-02");
    expect(json.status).toBe("green");
  });

  it("shows a 26-point sparkline in text output", () => {
    const result = okapi("analyze", ...ACTIVATION);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^activation-w2: red/);
    expect(result.stdout).toMatch(/ {2}[▁▂▃▄▅▆▇█]{26} {2}last 26 points/);
  });

  it("exits 2 naming the file and line of each bad row", () => {
    const result = okapi("analyze", fixture("bad-rows.csv"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad-rows.csv:3: "2026-02-30" is not a date');
    expect(result.stderr).toContain('bad-rows.csv:4: "4O.1" is not a number');
    expect(result.stdout).toBe("");
  });

  it("exits 2 with a fix for contradictory thresholds", () => {
    const result = okapi(
      "analyze",
      fixture("activation-w2.csv"),
      "--healthy-min",
      "40",
      "--alert-below",
      "45",
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("red must lie outside green");
  });

  it("exits 2 for a missing file", () => {
    expect(okapi("analyze", "no-such.csv").status).toBe(2);
  });
});

describe("okapi kpi leadlag", () => {
  it("finds the 6-week lead in the fixture pair", () => {
    const result = okapi(
      "leadlag",
      fixture("onboarding-completion.csv"),
      fixture("retention.csv"),
      "--format",
      "json",
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ bestLagWeeks: 6, leads: true });
    expect(json.correlation).toBeGreaterThan(0.5);
  });

  it("says an unrelated random walk does not lead", () => {
    const result = okapi("leadlag", fixture("unrelated-walk.csv"), fixture("retention.csv"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/does not lead/);
  });
});
