import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintFiles } from "../../src/cli/lint/lint-files.js";
import { toLintJson } from "../../src/cli/lint/to-lint-json.js";
import { type ApiClient, drivers } from "./api-server.js";
import { useApiServer } from "./use-api-server.js";

const EXAMPLE = new URL("../../examples/tasks-as-key-results.okapi.yaml", import.meta.url).pathname;

describe.each(drivers)("POST and GET /api/v1/lint on $name", ({ open }) => {
  const suite = useApiServer(open);
  const viewer = (): ApiClient => suite.server.client(suite.tokens.viewer);

  it("answers a posted file with exactly the JSON of `okapi lint --format json`", async () => {
    const source = readFileSync(EXAMPLE, "utf8");
    const linted = await viewer().POST("/api/v1/lint", { body: { source } });
    expect(linted.response.status).toBe(200);
    expect(linted.data).toEqual(toLintJson(lintFiles([EXAMPLE], {})));
    expect(linted.data?.findings.map((f) => f.rule)).toContain("kr-is-task");
  });

  it("lints a posted document object the same way as its text", async () => {
    const source = readFileSync(EXAMPLE, "utf8");
    const fromText = await viewer().POST("/api/v1/lint", { body: { source } });
    const document = (await import("js-yaml")).load(source) as Record<string, unknown>;
    const fromObject = await viewer().POST("/api/v1/lint", { body: { document } });
    expect(fromObject.data).toEqual(fromText.data);
  });

  it("applies the request's rule severities", async () => {
    const source = readFileSync(EXAMPLE, "utf8");
    const linted = await viewer().POST("/api/v1/lint", {
      body: { source, rules: { "kr-is-task": "off" } },
    });
    expect(linted.data?.findings.map((f) => f.rule)).not.toContain("kr-is-task");
    expect(linted.data).toEqual(
      toLintJson(lintFiles([EXAMPLE], { rules: { "kr-is-task": "off" } })),
    );
  });

  it("refuses an unknown rule id with 422 naming it", async () => {
    const bad = await viewer().POST("/api/v1/lint", {
      body: { source: "version: 1\norganization: Acme\n", rules: { "kr-is-tsk": "off" } },
    });
    expect(bad.response.status).toBe(422);
    expect(bad.error?.errors?.[0]?.path).toBe("/rules/kr-is-tsk");
    expect(bad.error?.errors?.[0]?.message).toContain("kr-is-task");
  });

  it("answers a source that does not parse with 422 and the line and column", async () => {
    const bad = await viewer().POST("/api/v1/lint", {
      body: { source: "version: 1\norganization: Acme\npeople:\n  - { id: ana, name: Ana\n" },
    });
    expect(bad.response.status).toBe(422);
    expect(bad.response.headers.get("content-type")).toBe("application/problem+json");
    expect(bad.error?.errors?.[0]).toMatchObject({ code: "syntax", line: expect.any(Number) });
    expect(bad.error?.errors?.[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it("locates a schema error in the source by line and column", async () => {
    const bad = await viewer().POST("/api/v1/lint", {
      body: { source: "version: 1\norganization: Acme\npeople:\n  - { id: ana, nmae: Ana }\n" },
    });
    expect(bad.response.status).toBe(422);
    const located = bad.error?.errors?.find((e) => e.path.includes("nmae"));
    expect(located).toMatchObject({ line: 4, column: expect.any(Number) });
    expect(located?.fix).toContain("name");
  });

  it("takes exactly one of source and document", async () => {
    const both = await viewer().POST("/api/v1/lint", {
      body: { source: "version: 1", document: { version: 1 } },
    });
    expect(both.response.status).toBe(422);
    const neither = await viewer().POST("/api/v1/lint", { body: {} });
    expect(neither.response.status).toBe(422);
    expect(neither.error?.errors?.[0]?.message).toContain("exactly one");
  });

  it("needs a signed-in caller (401) but no write role", async () => {
    const anonymous = await suite.server.client().POST("/api/v1/lint", { body: { source: "x" } });
    expect(anonymous.response.status).toBe(401);
    const readOnly = await suite.server.client(suite.tokens.readOnly).POST("/api/v1/lint", {
      body: { source: readFileSync(EXAMPLE, "utf8") },
    });
    expect(readOnly.response.status).toBe(200);
  });

  it("lints the goals in the store, leaving out private items the caller may not see", async () => {
    const admin = suite.server.client(suite.tokens.admin);
    const stored = await admin.GET("/api/v1/lint");
    expect(stored.response.status).toBe(200);
    expect(stored.data?.summary.checked).toMatchObject({ objectives: 1, keyResults: 2, kpis: 2 });
    expect(stored.data?.findings.some((f) => f.rule === "missing-kill-criteria")).toBe(true);
    const burn = await admin.GET("/api/v1/kpis/{id}", { params: { path: { id: "burn" } } });
    await admin.PATCH("/api/v1/kpis/{id}", {
      params: {
        path: { id: "burn" },
        header: { "if-match": burn.response.headers.get("etag") ?? "" },
      },
      body: { private: true },
    });
    const growthViewer = await viewer().GET("/api/v1/lint");
    expect(growthViewer.data?.summary.checked.kpis).toBe(1);
    const financeEditor = await suite.server.client(suite.tokens.financeEditor).GET("/api/v1/lint");
    expect(financeEditor.data?.summary.checked.kpis).toBe(2);
  });
});
