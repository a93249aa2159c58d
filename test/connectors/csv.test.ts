import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { itHandlesFailures, testDeps } from "./fakes/contract-cases.js";
import { answerFailureMode, type FakeServer, startFakeServer } from "./fakes/fake-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const TOKEN = "csv-export-token-99887766";
const CSV =
  "date,value\n2026-07-01,10\n2026-07-09,14\n2026-07-12,11\n2026-07-14,20\n2026-07-20,99\n";

let dir: string;
let server: FakeServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "okapi-csv-"));
  await writeFile(join(dir, "signups.csv"), CSV);
  await writeFile(join(dir, "broken.csv"), "date,value\n2026-07-01,10\n2026-07-02,lots\n");
  server = await startFakeServer((request, response, fake) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      response.writeHead(401, { "www-authenticate": "Bearer" }).end();
      return;
    }
    if (answerFailureMode(fake, response, {}, 2)) return;
    response.writeHead(200, { "content-type": "text/csv" }).end(CSV);
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true });
});

const binding = (query: Record<string, unknown>) => ({
  metricId: "signups",
  connector: "csv" as const,
  query,
});

describe("csvConnector", () => {
  it("takes the latest row on or before asOf, dated as that row, ignoring rows after asOf", async () => {
    const result = await runSource(
      binding({ path: join(dir, "signups.csv") }),
      testDeps(new RecordingSink(), {}),
    );
    expect(result).toMatchObject({ ok: true, value: 20, at: "2026-07-14" });
  });

  it("sums the rows inside the window", async () => {
    const result = await runSource(
      binding({ path: join(dir, "signups.csv"), aggregate: "sum", since: "7d" }),
      testDeps(new RecordingSink(), {}),
    );
    expect(result).toMatchObject({ ok: true, value: 45 });
  });

  it("reads a CSV URL with a Bearer token", async () => {
    const result = await runSource(
      binding({ url: `${server.url}/export.csv`, aggregate: "max" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 20 });
  });

  it("names the line of a bad row and writes no value", async () => {
    const sink = new RecordingSink();
    const result = await runSource(binding({ path: join(dir, "broken.csv") }), testDeps(sink, {}));
    expect(result).toMatchObject({ ok: false, failure: { kind: "bad-response" } });
    expect(result.ok ? "" : result.failure.message).toContain("line 3");
    expect(sink.measurements).toHaveLength(0);
  });

  it("reports a missing file as not-found", async () => {
    const result = await runSource(
      binding({ path: join(dir, "nope.csv") }),
      testDeps(new RecordingSink(), {}),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "not-found" } });
  });

  it("requires exactly one of path and url", async () => {
    const result = await runSource(
      binding({ path: "a.csv", url: "https://example.com/a.csv" }),
      testDeps(new RecordingSink(), {}),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "config" } });
  });

  itHandlesFailures({
    server: () => server,
    binding: () => binding({ url: `${server.url}/export.csv` }),
    credentials: () => ({ token: TOKEN }),
    badCredentials: () => ({ token: "wrong-csv-token-000" }),
    secrets: () => [TOKEN],
    retryAfterSeconds: 2,
  });
});
