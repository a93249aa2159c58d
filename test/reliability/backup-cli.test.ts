import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";

const DOC = {
  version: 1,
  organization: "Acme",
  people: [{ id: "maria", name: "Maria Lopez" }],
  kpis: [
    {
      id: "nrr",
      name: "Net revenue retention",
      owner: "maria",
      measurements: [{ at: "2026-06-30", value: 103.5 }],
    },
  ],
};

describe("okapi backup and okapi restore as commands", () => {
  const dir = mkdtempSync(join(tmpdir(), "okapi-backup-cli-"));
  const source = { OKAPI_DATA_DIR: join(dir, "source") };
  const target = { OKAPI_DATA_DIR: join(dir, "target") };
  const archive = join(dir, "okapi.backup.gz");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("backs up a workspace, restores it elsewhere, and refuses to restore over data", () => {
    writeFileSync(join(dir, "okapi.json"), JSON.stringify(DOC));
    expect(runCli(["apply", join(dir, "okapi.json")], source).status).toBe(0);
    const backup = runCli(["backup", archive, "--format", "json"], source);
    expect(backup.status, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout).tables).toMatchObject({ kpis: 1, measurements: 1, people: 1 });

    const restored = runCli(["restore", archive], target);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^restored \d+ rows in \d+ tables/);
    const exported = JSON.parse(runCli(["export", "--format", "json"], target).stdout);
    expect(exported).toMatchObject({
      organization: "Acme",
      kpis: [{ id: "nrr", measurements: [{ value: 103.5 }] }],
    });

    const again = runCli(["restore", archive], target);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already holds data");
    const missing = runCli(["restore", join(dir, "nope.gz")], target);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
});
