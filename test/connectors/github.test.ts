import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { AS_OF, itHandlesFailures, testDeps } from "./fakes/contract-cases.js";
import type { FakeServer } from "./fakes/fake-server.js";
import { startFakeGithub } from "./fakes/github-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const TOKEN = "ghp_fakeToken1234567890abcdef";
const pr = (created: string, updated: string, merged: string | null) => ({
  created_at: `${created}T00:00:00Z`,
  updated_at: `${updated}T00:00:00Z`,
  merged_at: merged ? `${merged}T00:00:00Z` : null,
});

let github: FakeServer;
beforeAll(async () => {
  github = await startFakeGithub(TOKEN, {
    "/repos/acme/app/pulls": [
      pr("2026-07-13", "2026-07-14", "2026-07-14"), // 24 h
      pr("2026-07-10", "2026-07-13", "2026-07-13"), // 72 h
      pr("2026-07-11", "2026-07-12", null), // closed unmerged
      pr("2026-07-01", "2026-07-09", "2026-07-09"), // 192 h
      pr("2026-06-01", "2026-07-01", "2026-07-01"), // outside the window: the scan stops here
      pr("2026-05-01", "2026-06-01", "2026-06-01"),
    ],
    "/repos/acme/app/issues": [
      { created_at: "2026-07-01T00:00:00Z" },
      { created_at: "2026-07-02T00:00:00Z", pull_request: { url: "x" } },
      { created_at: "2026-07-03T00:00:00Z" },
      { created_at: "2026-07-04T00:00:00Z" },
    ],
    "/repos/acme/huge/issues": Array.from({ length: 202 }, () => ({
      created_at: "2026-07-01T00:00:00Z",
    })),
    "/repos/acme/app/deployments": [
      { created_at: "2026-07-14T10:00:00Z" },
      { created_at: "2026-07-12T10:00:00Z" },
      { created_at: "2026-07-09T10:00:00Z" },
      { created_at: "2026-07-01T10:00:00Z" },
    ],
    "/repos/acme/app/actions/runs": [
      { created_at: "2026-07-14T10:00:00Z", conclusion: "success" },
      { created_at: "2026-07-13T10:00:00Z", conclusion: "failure" },
      { created_at: "2026-07-12T10:00:00Z", conclusion: "success" },
      { created_at: "2026-07-11T10:00:00Z", conclusion: "success" },
    ],
  });
});
afterAll(() => github.close());

const binding = (query: Record<string, unknown>) => ({
  metricId: "pr-lead-time",
  connector: "github" as const,
  query: { repo: "acme/app", baseUrl: github.url, ...query },
});

describe("githubConnector", () => {
  it("computes the median PR lead time over merged PRs in the window, following Link headers until the window is passed", async () => {
    github.requests.length = 0;
    const sink = new RecordingSink();
    const result = await runSource(
      binding({ measure: "pr-lead-time-hours", since: "7d" }),
      testDeps(sink, { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 72, at: AS_OF.toISOString() });
    expect(github.requests.map((r) => [r.path, r.query.get("page")])).toEqual([
      ["/repos/acme/app/pulls", null],
      ["/repos/acme/app/pulls", "2"],
      ["/repos/acme/app/pulls", "3"],
    ]);
    const first = github.requests[0];
    expect(first?.headers.authorization).toBe(`token ${TOKEN}`);
    expect(Object.fromEntries(first?.query ?? [])).toMatchObject({
      state: "closed",
      sort: "updated",
      direction: "desc",
      per_page: "100",
    });
    expect(sink.measurements).toEqual([
      {
        metricId: "pr-lead-time",
        measurement: {
          at: AS_OF.toISOString(),
          value: 72,
          source: "github:acme/app pr-lead-time-hours 7d",
        },
      },
    ]);
    expect(sink.healthy).toHaveLength(1);
  });

  it("counts open issues with the given labels across pages and leaves pull requests out", async () => {
    github.requests.length = 0;
    const result = await runSource(
      binding({ measure: "open-issues", labels: ["bug", "P1"] }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 3 });
    expect(github.requests).toHaveLength(2);
    expect(github.requests[0]?.query.get("labels")).toBe("bug,P1");
    expect(github.requests[0]?.query.get("state")).toBe("open");
  });

  it("counts deployments to an environment inside the window as deployment frequency", async () => {
    github.requests.length = 0;
    const result = await runSource(
      binding({ measure: "deployments", environment: "production", since: "7d" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 3 });
    expect(github.requests[0]?.query.get("environment")).toBe("production");
  });

  it("reports the workflow failure rate as a percentage of completed runs since the window start", async () => {
    github.requests.length = 0;
    const result = await runSource(
      binding({ measure: "workflow-failure-rate", since: "7d" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 25 });
    expect(github.requests[0]?.query.get("created")).toBe(">=2026-07-08T00:00:00.000Z");
  });

  it("marks a repository GitHub does not know as not-found", async () => {
    const sink = new RecordingSink();
    const result = await runSource(
      {
        ...binding({ measure: "releases" }),
        query: { repo: "acme/ghost", measure: "releases", baseUrl: github.url },
      },
      testDeps(sink, { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "not-found" } });
    expect(sink.measurements).toHaveLength(0);
  });

  it("waits a minute after a secondary rate limit that comes as a bare 403, as GitHub's docs ask", async () => {
    const waits: number[] = [];
    const deps = { ...testDeps(new RecordingSink(), { token: TOKEN }, waits), maxAttempts: 2 };
    const result = await runSource(
      {
        ...binding({}),
        query: { repo: "acme/throttled", measure: "releases", baseUrl: github.url },
      },
      deps,
    );
    expect(result).toMatchObject({
      ok: false,
      attempts: 2,
      failure: { kind: "rate-limited", retryAfterSeconds: 60 },
    });
    expect(waits).toEqual([60_000]);
  });

  it("reports a count that runs past the page cap instead of writing a partial one", async () => {
    const sink = new RecordingSink();
    const result = await runSource(
      { ...binding({}), query: { repo: "acme/huge", measure: "open-issues", baseUrl: github.url } },
      testDeps(sink, { token: TOKEN }),
    );
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: "bad-response", message: expect.stringContaining("narrow the query") },
    });
    expect(sink.measurements).toHaveLength(0);
  });

  itHandlesFailures({
    server: () => github,
    binding: () => binding({ measure: "pr-lead-time-hours" }),
    credentials: () => ({ token: TOKEN }),
    badCredentials: () => ({ token: "ghp_revokedTokenABCDEF123456" }),
    secrets: () => [TOKEN],
    retryAfterSeconds: 2,
  });
});
