import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { itHandlesFailures, testDeps } from "./fakes/contract-cases.js";
import type { FakeServer } from "./fakes/fake-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";
import { startFakeSalesforce } from "./fakes/salesforce-server.js";

const TOKEN = "00Dxx0000001gPz!AQ4AQFakeAccessToken";
const PIPELINE = "SELECT SUM(Amount) total FROM Opportunity WHERE IsClosed = false";
const WON = "SELECT COUNT() FROM Opportunity WHERE IsWon = true AND CloseDate = THIS_QUARTER";
const CLOSED = "SELECT COUNT() FROM Opportunity WHERE IsClosed = true AND CloseDate = THIS_QUARTER";
const WON_AMOUNTS =
  "SELECT Amount FROM Opportunity WHERE IsWon = true AND CloseDate = THIS_QUARTER";

let salesforce: FakeServer & { exhaustLimit: boolean };
beforeAll(async () => {
  salesforce = await startFakeSalesforce(TOKEN, {
    [PIPELINE]: { records: [{ total: 1_250_000 }] },
    [WON]: { totalSize: 12, records: [] },
    [CLOSED]: { totalSize: 40, records: [] },
    [WON_AMOUNTS]: {
      records: [
        { Amount: 1000 },
        { Amount: 2500 },
        { Amount: null },
        { Amount: 500 },
        { Amount: 4000 },
      ],
    },
  });
});
afterAll(() => salesforce.close());

const credentials = () => ({ accessToken: TOKEN, instanceUrl: salesforce.url });
const binding = (query: Record<string, unknown>) => ({
  metricId: "pipeline",
  connector: "salesforce" as const,
  query,
});

describe("salesforceConnector", () => {
  it("sums a field over every batch, following nextRecordsUrl until done", async () => {
    salesforce.requests.length = 0;
    const result = await runSource(
      binding({ soql: WON_AMOUNTS, read: "sum-rows", field: "Amount" }),
      testDeps(new RecordingSink(), credentials()),
    );
    expect(result).toMatchObject({ ok: true, value: 8000 });
    expect(salesforce.requests.map((r) => r.path)).toEqual([
      "/services/data/v62.0/query",
      `/services/data/v62.0/query/${encodeURIComponent(WON_AMOUNTS)}-2`,
      `/services/data/v62.0/query/${encodeURIComponent(WON_AMOUNTS)}-4`,
    ]);
    expect(salesforce.requests[0]?.query.get("q")).toBe(WON_AMOUNTS);
    expect(salesforce.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("reads an aggregate's alias from the first row as the pipeline amount", async () => {
    const result = await runSource(
      binding({ soql: PIPELINE, field: "total" }),
      testDeps(new RecordingSink(), credentials()),
    );
    expect(result).toMatchObject({ ok: true, value: 1_250_000 });
  });

  it("computes win rate as won over closed, in percent, from two COUNT() queries", async () => {
    const query = { soql: WON, read: "total-size", divideBy: { soql: CLOSED, read: "total-size" } };
    const result = await runSource(binding(query), testDeps(new RecordingSink(), credentials()));
    expect(result).toMatchObject({ ok: true, value: 30 });
  });

  it("treats the org's exhausted daily API limit (403 REQUEST_LIMIT_EXCEEDED) as rate-limited, not as bad credentials", async () => {
    salesforce.exhaustLimit = true;
    const sink = new RecordingSink();
    const result = await runSource(binding({ soql: PIPELINE, field: "total" }), {
      ...testDeps(sink, credentials()),
      maxAttempts: 1,
    });
    salesforce.exhaustLimit = false;
    expect(result).toMatchObject({ ok: false, failure: { kind: "rate-limited" } });
    expect(sink.measurements).toHaveLength(0);
  });

  it("refuses a query that is not SOQL before calling Salesforce", async () => {
    const sink = new RecordingSink();
    const result = await runSource(
      binding({ soql: "DELETE FROM Opportunity" }),
      testDeps(sink, credentials()),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "config" } });
  });

  itHandlesFailures({
    server: () => salesforce,
    binding: () => binding({ soql: PIPELINE, field: "total" }),
    credentials,
    badCredentials: () => ({ accessToken: "00Dxx!ExpiredSession42", instanceUrl: salesforce.url }),
    secrets: () => [TOKEN],
    retryAfterSeconds: 5,
  });
});
