import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { itHandlesFailures, testDeps } from "./fakes/contract-cases.js";
import type { FakeServer } from "./fakes/fake-server.js";
import { startFakeJira } from "./fakes/jira-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const EMAIL = "ops@acme.test";
const TOKEN = "ATATT3xFfGF0jiraToken9876";
const moved = (created: string, to: string) => ({
  created: `${created}T00:00:00.000+0000`,
  items: [{ field: "status", toString: to }],
});
const issue = (
  created: string,
  resolved: string | null,
  points: number | null,
  histories: unknown[] = [],
) => ({
  fields: {
    created: `${created}T00:00:00.000+0000`,
    resolutiondate: resolved ? `${resolved}T00:00:00.000+0000` : null,
    customfield_10016: points,
  },
  changelog: { histories },
});
const ISSUES = [
  issue("2026-07-01", "2026-07-05", 3, [moved("2026-07-03", "In Progress")]),
  issue("2026-07-02", "2026-07-09", 5, [
    moved("2026-07-06", "In Progress"),
    moved("2026-07-04", "In Progress"),
  ]),
  issue("2026-07-03", "2026-07-04", 8, [
    {
      created: "2026-07-03T12:00:00.000+0000",
      items: [{ field: "status", toString: "In Progress" }],
    },
  ]),
  issue("2026-07-05", null, null),
  issue("2026-07-06", "2026-07-10", 2, [moved("2026-07-07", "In Review")]),
];

let jira: FakeServer;
beforeAll(async () => {
  jira = await startFakeJira({ email: EMAIL, token: TOKEN }, ISSUES);
});
afterAll(() => jira.close());

const binding = (query: Record<string, unknown>) => ({
  metricId: "cycle-time",
  connector: "jira" as const,
  query: { site: jira.url, jql: "project = APP AND resolved >= -30d", ...query },
});
const cloud = { email: EMAIL, token: TOKEN };

describe("jiraConnector", () => {
  it("takes cycle time from each issue's first move into a start status to its resolution, across nextPageToken pages (Cloud)", async () => {
    jira.requests.length = 0;
    const result = await runSource(
      binding({ measure: "cycle-time-days" }),
      testDeps(new RecordingSink(), cloud),
    );
    expect(result).toMatchObject({ ok: true, value: 2 });
    expect(jira.requests.map((r) => JSON.parse(r.body).nextPageToken)).toEqual([
      undefined,
      "token-2",
      "token-4",
    ]);
    const first = JSON.parse(jira.requests[0]?.body ?? "{}");
    expect(first).toMatchObject({
      jql: "project = APP AND resolved >= -30d",
      expand: "changelog",
      maxResults: 100,
    });
    expect(jira.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString("base64")}`,
    );
  });

  it("pages Data Center search by startAt/maxResults until total and sends the token as Bearer", async () => {
    jira.requests.length = 0;
    const result = await runSource(
      binding({ edition: "data-center", measure: "lead-time-days" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 4 });
    expect(jira.requests.map((r) => [r.path, JSON.parse(r.body).startAt])).toEqual([
      ["/rest/api/2/search", 0],
      ["/rest/api/2/search", 2],
      ["/rest/api/2/search", 4],
    ]);
    expect(jira.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("counts matching issues with the approximate-count endpoint on Cloud", async () => {
    jira.requests.length = 0;
    const result = await runSource(
      binding({ measure: "count" }),
      testDeps(new RecordingSink(), cloud),
    );
    expect(result).toMatchObject({ ok: true, value: 5 });
    expect(jira.requests.map((r) => r.path)).toEqual(["/rest/api/3/search/approximate-count"]);
    expect(JSON.parse(jira.requests[0]?.body ?? "{}")).toEqual({
      jql: "project = APP AND resolved >= -30d",
    });
  });

  it("counts matching issues on Data Center from the search total, without fetching any issue", async () => {
    jira.requests.length = 0;
    const result = await runSource(
      binding({ edition: "data-center", measure: "count" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 5 });
    expect(jira.requests).toHaveLength(1);
    expect(JSON.parse(jira.requests[0]?.body ?? "{}")).toMatchObject({ maxResults: 0 });
  });

  it("adds up a numeric field such as story points and skips issues without it", async () => {
    const result = await runSource(
      binding({ measure: "sum-field", field: "customfield_10016" }),
      testDeps(new RecordingSink(), cloud),
    );
    expect(result).toMatchObject({ ok: true, value: 18 });
  });

  it("rejects a sum-field query without a field as a configuration error", async () => {
    const sink = new RecordingSink();
    const result = await runSource(binding({ measure: "sum-field" }), testDeps(sink, cloud));
    expect(result).toMatchObject({ ok: false, failure: { kind: "config" } });
    expect(sink.failures).toHaveLength(1);
  });

  itHandlesFailures({
    server: () => jira,
    binding: () => binding({ measure: "lead-time-days" }),
    credentials: () => cloud,
    badCredentials: () => ({ email: EMAIL, token: "ATATT3xWrongToken000111" }),
    secrets: () => [TOKEN],
    retryAfterSeconds: 3,
  });
});
