import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WeeklyReview } from "../../src/core/review/weekly-review-types.js";
import { runCli } from "../cli/run-cli.js";

const CLI = new URL("../../bin/okapi.js", import.meta.url).pathname;

describe("okapi review and okapi source", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "okapi-review-"));
    env = { OKAPI_DATA_DIR: join(dir, "store") };
    expect(runCli(["init", "--demo", "--as-of", "2026-11-23"], env).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the weekly review of the store as JSON with the red KPI and its touched OKRs", () => {
    const result = runCli(["review", "weekly", "--as-of", "2026-11-23", "--format", "json"], env);
    expect(result.status).toBe(0);
    const review = JSON.parse(result.stdout) as WeeklyReview;
    expect(review.kpis[0]).toMatchObject({ id: "activation-w2", status: "red" });
    expect(review.kpis[0]?.touchedObjectives.map((o) => o.id)).toContain("first-two-weeks");
  });

  it("prints Markdown by default and HTML on request, from a file as well", () => {
    const md = runCli(
      ["review", "weekly", "examples/acme.okapi.yaml", "--as-of", "2026-07-20"],
      env,
    );
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Weekly business review — /);
    const html = runCli(["review", "quarterly", "--as-of", "2026-11-23", "--format", "html"], env);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain("Quarterly review — Acme Analytics, Q3 2026");
  });

  it("refuses a bad day and an unknown cycle with one line on stderr and exit 2", () => {
    const day = runCli(["review", "weekly", "--as-of", "23/11/2026"], env);
    expect(day.status).toBe(2);
    const cycle = runCli(["review", "quarterly", "--cycle", "someday"], env);
    expect(cycle.status).toBe(2);
    expect(cycle.stderr).toContain("--cycle someday: not a cycle");
  });

  it("structures notes from standard input, linked to the goals they name", () => {
    const result = spawnSync(process.execPath, [CLI, "review", "notes", "-", "--format", "json"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "", ...env },
      input: "Week-2 activation fell to 33%.\nNext: test a guided setup checklist.",
    });
    expect(result.status).toBe(0);
    const insight = JSON.parse(result.stdout);
    expect(insight.whatChanged[0].links).toEqual([{ kind: "kpi", id: "activation-w2" }]);
    expect(insight.whatToTestNext[0].links).toEqual([{ kind: "objective", id: "guided-setup" }]);
  });

  it("adds a source, and a run without credentials marks the KPI stale with exit 1 and no value", () => {
    const config = join(dir, "query.json");
    writeFileSync(
      config,
      JSON.stringify({ repo: "acme/app", measure: "deployments", since: "7d" }),
    );
    const add = runCli(
      [
        "source",
        "add",
        "deploys",
        "--metric",
        "deploy-frequency",
        "--kind",
        "github",
        "--config-file",
        config,
      ],
      env,
    );
    expect(add.status).toBe(0);
    const run = runCli(["source", "run", "deploys", "--format", "json"], {
      ...env,
      OKAPI_GITHUB_TOKEN: "",
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, failure: { kind: "auth" } });
    const list = runCli(["source", "list"], env);
    expect(list.stdout).toContain("stale: source failing");
    const review = JSON.parse(
      runCli(["review", "weekly", "--as-of", "2026-11-23", "--format", "json"], env).stdout,
    ) as WeeklyReview;
    expect(review.kpis.find((k) => k.id === "deploy-frequency")?.sourceFailing?.kind).toBe("auth");
  });
});
