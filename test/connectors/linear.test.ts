import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { itHandlesFailures, testDeps } from "./fakes/contract-cases.js";
import type { FakeServer } from "./fakes/fake-server.js";
import { startFakeLinear } from "./fakes/linear-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const API_KEY = "lin_api_fakeKey0123456789";
const issue = (
  created: string,
  started: string | null,
  completed: string | null,
  estimate: number | null,
) => ({
  createdAt: `${created}T00:00:00.000Z`,
  startedAt: started ? `${started}T00:00:00.000Z` : null,
  completedAt: completed ? `${completed}T00:00:00.000Z` : null,
  estimate,
});
const ISSUES = [
  issue("2026-07-01", "2026-07-08", "2026-07-10", 3), // cycle 2 d, lead 9 d
  issue("2026-07-05", "2026-07-09", "2026-07-13", 5), // cycle 4 d, lead 8 d
  issue("2026-07-09", null, "2026-07-12", 2), // never started: no cycle time
  issue("2026-07-02", "2026-07-10", "2026-07-11", null), // cycle 1 d, lead 9 d
  issue("2026-07-03", "2026-07-04", "2026-07-14", 8), // cycle 10 d, lead 11 d
];

let linear: FakeServer;
beforeAll(async () => {
  linear = await startFakeLinear(API_KEY, ISSUES);
});
afterAll(() => linear.close());

const binding = (query: Record<string, unknown>) => ({
  metricId: "eng-cycle-time",
  connector: "linear" as const,
  query: { team: "ENG", apiUrl: `${linear.url}/graphql`, ...query },
});

describe("linearConnector", () => {
  it("takes the median cycle time of issues completed in the window, following endCursor until hasNextPage is false", async () => {
    linear.requests.length = 0;
    const result = await runSource(
      binding({ measure: "cycle-time-days", since: "14d" }),
      testDeps(new RecordingSink(), { apiKey: API_KEY }),
    );
    expect(result).toMatchObject({ ok: true, value: 3 });
    const variables = linear.requests.map((r) => JSON.parse(r.body).variables);
    expect(variables.map((v) => v.after)).toEqual([null, "cursor-2", "cursor-4"]);
    expect(variables[0]).toMatchObject({
      first: 100,
      filter: { team: { key: { eq: "ENG" } }, completedAt: { gte: "2026-07-01T00:00:00.000Z" } },
    });
    expect(linear.requests[0]?.headers.authorization).toBe(API_KEY);
    expect(JSON.parse(linear.requests[0]?.body ?? "{}").query).toContain(
      "pageInfo { hasNextPage endCursor }",
    );
  });

  it("sums the estimates of completed issues and skips unestimated ones", async () => {
    const result = await runSource(
      binding({ measure: "completed-estimate" }),
      testDeps(new RecordingSink(), { apiKey: API_KEY }),
    );
    expect(result).toMatchObject({ ok: true, value: 18 });
  });

  it("counts issues by priority and state type without a date bound when no window is given", async () => {
    linear.requests.length = 0;
    const result = await runSource(
      binding({ measure: "issue-count", priority: 1, state: "started" }),
      testDeps(new RecordingSink(), { apiKey: API_KEY }),
    );
    expect(result).toMatchObject({ ok: true, value: 5 });
    expect(JSON.parse(linear.requests[0]?.body ?? "{}").variables.filter).toEqual({
      team: { key: { eq: "ENG" } },
      priority: { eq: 1 },
      state: { type: { eq: "started" } },
    });
  });

  itHandlesFailures({
    server: () => linear,
    binding: () => binding({ measure: "lead-time-days" }),
    credentials: () => ({ apiKey: API_KEY }),
    badCredentials: () => ({ apiKey: "lin_api_revoked999999999" }),
    secrets: () => [API_KEY],
    retryAfterSeconds: 4,
  });
});
