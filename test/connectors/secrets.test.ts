import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DataSourceBinding, runSource } from "../../src/connectors/run-source.js";
import { AS_OF } from "./fakes/contract-cases.js";
import { type FakeServer, startFakeServer } from "./fakes/fake-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const TOKEN = "tok_SuperSecret_4f9a8b7c6d5e";
const EMAIL = "owner@acme.test";

/** How the hostile server answers next. */
const answer: { status: number; raw: string | undefined } = { status: 500, raw: undefined };

/** Answers with `answer.status`, echoing the token back in the body and a header, as a careless proxy might. */
let hostile: FakeServer;
beforeAll(async () => {
  hostile = await startFakeServer((request, response) => {
    const body =
      answer.raw ??
      JSON.stringify({
        message: `bad token ${TOKEN}`,
        errorMessages: [`token ${TOKEN} rejected`],
        errors: [{ message: `auth ${TOKEN}`, extensions: { type: "unknown" } }],
        echo: request.headers,
      });
    response
      .writeHead(answer.status, {
        "content-type": "application/json",
        "x-echo": TOKEN,
        "retry-after": "1",
      })
      .end(body);
  });
});
afterAll(() => hostile.close());

function bindings(
  url: string,
): { binding: DataSourceBinding; credentials: Record<string, string> }[] {
  return [
    {
      binding: {
        metricId: "m",
        connector: "github",
        query: { repo: "acme/app", measure: "prs-merged", baseUrl: url },
      },
      credentials: { token: TOKEN },
    },
    {
      binding: {
        metricId: "m",
        connector: "jira",
        query: { site: url, jql: "project = APP", measure: "lead-time-days" },
      },
      credentials: { email: EMAIL, token: TOKEN },
    },
    {
      binding: {
        metricId: "m",
        connector: "jira",
        query: { site: url, edition: "data-center", jql: "project = APP", measure: "count" },
      },
      credentials: { token: TOKEN },
    },
    {
      binding: {
        metricId: "m",
        connector: "linear",
        query: { measure: "issue-count", apiUrl: `${url}/graphql` },
      },
      credentials: { apiKey: TOKEN },
    },
    {
      binding: {
        metricId: "m",
        connector: "salesforce",
        query: { soql: "SELECT COUNT() FROM Lead", read: "total-size" },
      },
      credentials: { accessToken: TOKEN, instanceUrl: url },
    },
    {
      binding: {
        metricId: "m",
        connector: "http-json",
        query: { url: `${url}/v?key=${TOKEN}`, path: "$.n" },
      },
      credentials: { token: TOKEN },
    },
    {
      binding: { metricId: "m", connector: "csv", query: { url: `${url}/x.csv` } },
      credentials: { token: TOKEN },
    },
    {
      binding: { metricId: "m", connector: "sql", query: { sql: "SELECT 1" } },
      credentials: { url: `postgres://okapi:${TOKEN}@127.0.0.1:1/db` },
    },
  ];
}

const CASES: { label: string; status: number; raw?: string }[] = [
  { label: "401", status: 401 },
  { label: "403", status: 403 },
  { label: "404", status: 404 },
  { label: "429", status: 429 },
  { label: "500", status: 500 },
  { label: "503", status: 503 },
  { label: "200 with malformed JSON", status: 200, raw: `{"token": "${TOKEN}"` },
  {
    label: "200 with an unexpected shape",
    status: 200,
    raw: JSON.stringify({ unexpected: TOKEN }),
  },
];

describe("runSource secrecy", () => {
  it("never lets a credential into any failure message, returned result or sink record, whatever the server answers", async () => {
    let failures = 0;
    for (const { status, raw } of CASES) {
      answer.status = status;
      answer.raw = raw;
      for (const { binding, credentials } of bindings(hostile.url)) {
        const sink = new RecordingSink();
        const result = await runSource(binding, {
          sink,
          credentials,
          env: {},
          now: () => AS_OF,
          timeoutMs: 1_000,
          maxAttempts: 2,
          wait: async () => {},
        });
        const everything = JSON.stringify([result, sink.failures, sink.measurements]);
        expect(everything, `${binding.connector} on ${status}`).not.toContain(TOKEN);
        expect(everything).not.toContain(Buffer.from(`${EMAIL}:${TOKEN}`).toString("base64"));
        if (!result.ok) {
          failures++;
          expect(sink.measurements).toHaveLength(0);
          expect(result.failure.message.length).toBeGreaterThan(10);
        }
      }
    }
    expect(failures).toBeGreaterThanOrEqual(CASES.length * 7);
  });
});
