import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Runs the CLI from source through tsx, so this suite does not depend on a fresh build.
const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "okapi-draft-accept-"));
const env = { OKAPI_DATA_DIR: join(dir, "store"), OKAPI_ACTOR: "tester", DATABASE_URL: "" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function okapi(args: string[]) {
  const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete clean.OKAPI_LLM_URL;
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    encoding: "utf8",
    env: clean,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DECISION = "Do we raise Pro prices 20% next quarter?";

describe("okapi draft --accept", () => {
  it("writes the objective and proposed KPIs into the store, marked drafted-from", () => {
    const file = join(dir, "team.yaml");
    writeFileSync(
      file,
      "version: 1\norganization: Acme\npeople:\n  - { id: maria, name: Maria }\nteams:\n  - { id: growth, name: Growth, lead: maria }\n",
    );
    expect(okapi(["apply", file]).status).toBe(0);
    const accepted = okapi([
      "draft",
      DECISION,
      "--accept",
      "--owner",
      "maria",
      "--team",
      "growth",
      "--cycle",
      "2026-Q4",
      "--as-of",
      "2026-06-01",
      "--format",
      "json",
    ]);
    expect(accepted.stderr).toBe("");
    expect(accepted.status).toBe(0);
    const json = JSON.parse(accepted.stdout);
    const marker = { decision: DECISION, draft: json.draft.id };
    expect(json.draft).toMatchObject({ status: "accepted", createdBy: "cli:tester" });
    expect(json.objective).toMatchObject({
      owner: "maria",
      team: "growth",
      cycle: "2026-Q4",
      draftedFrom: marker,
    });
    const exported = okapi(["export", "--format", "json"]);
    const document = JSON.parse(exported.stdout);
    expect(document.objectives[0].draftedFrom).toEqual(marker);
    const proposed = (document.kpis ?? []).filter(
      (kpi: { draftedFrom?: unknown }) => kpi.draftedFrom,
    );
    expect(proposed.map((kpi: { status: string }) => kpi.status)).toEqual(
      proposed.map(() => "proposed"),
    );
    expect(proposed.length).toBe(json.kpis.length);
  });

  it("refuses a file workspace, an unknown owner, and --owner without --accept (exit 2)", () => {
    const file = okapi(["draft", DECISION, "--accept", "--workspace", "x.yaml"]);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain("okapi apply FILE");
    const owner = okapi(["draft", DECISION, "--accept", "--owner", "ghost"]);
    expect(owner.status).toBe(2);
    expect(owner.stderr).toContain("--owner ghost: no such person");
    const loose = okapi(["draft", DECISION, "--owner", "maria"]);
    expect(loose.status).toBe(2);
    expect(loose.stderr).toContain("only apply with --accept");
  });
});
