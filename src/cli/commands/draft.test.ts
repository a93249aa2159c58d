import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../../bin/okapi.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "okapi-draft-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function okapi(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env, ...env };
  if (!env.OKAPI_LLM_URL) delete clean.OKAPI_LLM_URL;
  const result = spawnSync(process.execPath, [CLI, "draft", ...args], {
    encoding: "utf8",
    env: clean,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Runs the built CLI: `npm test` builds first.
describe("okapi draft", () => {
  it("prints the documented JSON shape (docs/cli-json-kpi-and-reviews.md) with exit 0", () => {
    const result = okapi([
      "Should we expand into mid-market EMEA in H2?",
      "--as-of",
      "2026-05-20",
      "--format",
      "json",
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json.reframe)).toEqual(expect.arrayContaining(["question", "constraint"]));
    expect(json.reframe.structure).toMatchObject({
      action: "expand",
      scope: [
        { kind: "segment", text: "mid-market" },
        { kind: "region", text: "EMEA" },
      ],
      horizon: { text: "H2", period: { id: "2026-H2", start: "2026-07-01", end: "2026-12-31" } },
    });
    expect(json.okr.cycle).toBe("2026-H2");
    expect(Object.keys(json.candidates[0])).toEqual(
      expect.arrayContaining(["metric", "kind", "axis", "scores", "redTeam"]),
    );
    expect(Object.keys(json.candidates[0].scores)).toEqual([
      "observability",
      "gameability",
      "decisionRelevance",
    ]);
    expect(Object.keys(json.candidates[0].redTeam)).toEqual(
      expect.arrayContaining(["exploit", "guardrail"]),
    );
    expect(Object.keys(json.okr)).toEqual(
      expect.arrayContaining(["objective", "keyResults", "leadingIndicators", "killCriteria"]),
    );
    expect(Object.keys(json.okr.keyResults[0])).toEqual(
      expect.arrayContaining(["title", "from", "to", "unit"]),
    );
    expect(Array.isArray(json.trace)).toBe(true);
  });

  it("reads baselines from --workspace and renders Markdown", () => {
    const workspace = join(dir, "okapi.yaml");
    writeFileSync(
      workspace,
      "version: 1\norganization: Acme\nteams: [{ id: sales, name: Sales }]\nkpis:\n  - { id: wr, name: Win rate, unit: '%', measurements: [{ at: 2026-04-30, value: 21 }] }\n",
    );
    const result = okapi([
      "improve sales performance",
      "--workspace",
      workspace,
      "--team",
      "sales",
      "--as-of",
      "2026-05-20",
      "--format",
      "md",
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Decision draft/);
    expect(result.stdout).toMatch(/Push-back:/);
    expect(result.stdout).toMatch(/win rate from 21% to/);
  });

  it("rejects a bad --as-of and an unknown --team with exit 2 and a fix", () => {
    const bad = okapi(["Should we hire?", "--as-of", "tomorrow"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--as-of must be a day written YYYY-MM-DD/);
    const workspace = join(dir, "empty.yaml");
    writeFileSync(
      workspace,
      "version: 1\norganization: Acme\nteams: [{ id: sales, name: Sales }]\n",
    );
    const team = okapi(["Should we hire?", "--workspace", workspace, "--team", "ops"]);
    expect(team.status).toBe(2);
    expect(team.stderr).toMatch(/use one of sales/);
  });

  it("talks to a configured OpenAI-compatible endpoint and falls back offline when it answers nonsense", async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? "");
      request.resume();
      request.on("end", () => {
        response.setHeader("content-type", "application/json");
        response.end(
          JSON.stringify({
            id: "x",
            object: "chat.completion",
            created: 1,
            model: "m",
            choices: [
              { index: 0, message: { role: "assistant", content: "{}" }, finish_reason: "stop" },
            ],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const run = new Promise<ReturnType<typeof spawnSync>>((resolve) => {
      // spawnSync would block the fake server's event loop, so run the CLI asynchronously.
      import("node:child_process").then(({ spawn }) => {
        const child = spawn(
          process.execPath,
          [
            CLI,
            "draft",
            "Do we raise Pro prices 20% next quarter?",
            "--as-of",
            "2026-05-20",
            "--format",
            "json",
          ],
          {
            env: { ...process.env, OKAPI_LLM_URL: url, OKAPI_LLM_MODEL: "m" },
          },
        );
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.on("close", (status) => resolve({ status, stdout } as never));
      });
    });
    const result = (await run) as unknown as { status: number; stdout: string };
    await new Promise((resolve) => server.close(resolve));
    expect(result.status).toBe(0);
    expect(requests.every((path) => path === "/v1/chat/completions")).toBe(true);
    expect(requests.length).toBeGreaterThanOrEqual(6);
    const json = JSON.parse(result.stdout);
    expect(json.trace.some((entry: { by: string }) => entry.by === "fallback")).toBe(true);
    expect(json.candidates.length).toBeGreaterThanOrEqual(6);
  });
});
