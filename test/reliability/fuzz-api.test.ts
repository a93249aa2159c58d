import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "../api/api-server.js";
import { type Observed, observe, problemContractBreach } from "./support/expect-problem.js";
import { hostileString, MALFORMED_BODIES, valueFor } from "./support/hostile-values.js";
import {
  fetchOpenApi,
  fillPath,
  listOperations,
  type OpenApiDocument,
  type Operation,
  wellFormed,
} from "./support/openapi-operations.js";

/** Ids the fixture holds, so a share of requests reaches the handlers behind the lookups. */
const KNOWN_IDS = ["nrr", "burn", "onboarding", "adoption", "ttv", "maria", "li", "growth", "1"];
const RUNS_PER_OPERATION = 12;

function queryText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

describe("every API operation under hostile input", () => {
  let server: TestServer;
  let tokens: Team;
  let document: OpenApiDocument;
  let operations: Operation[];
  const breaches = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer(drivers[0]?.open as never);
    tokens = await createAccounts(server);
    document = await fetchOpenApi(server.url);
    operations = listOperations(document);
  });
  afterAll(() => server?.stop());

  async function send(
    operation: Operation,
    path: string,
    init: { body?: string; contentType?: string; ifMatch?: string; token?: string },
  ): Promise<Observed> {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers["content-type"] = init.contentType ?? "application/json";
    if (init.ifMatch !== undefined) headers["if-match"] = init.ifMatch;
    const response = await fetch(`${server.url}${path}`, {
      method: operation.method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    return observe(`${operation.method} ${path.slice(0, 120)}`, response);
  }

  function record(operation: Operation, observed: Observed, input: string): boolean {
    const breach = problemContractBreach(observed);
    if (breach && !breaches.has(operation.key))
      breaches.set(operation.key, `${breach}\n    input: ${input.slice(0, 300)}`);
    return breach === undefined;
  }

  /** The current ETag of a resource, so If-Match guarded writes get past the precondition. */
  async function currentEtag(path: string): Promise<string | undefined> {
    const response = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    await response.arrayBuffer();
    return response.headers.get("etag") ?? undefined;
  }

  it("never answers 5xx and answers every error as problem+json", async () => {
    const started = Date.now();
    for (const operation of operations) {
      const pathParams = operation.parameters.filter((p) => p.in === "path");
      const queryParams = operation.parameters.filter((p) => p.in === "query");
      const guarded = operation.parameters.some((p) => p.in === "header" && p.name === "if-match");
      const request = fc.record({
        path: fc.record(
          Object.fromEntries(
            pathParams.map((p) => [p.name, fc.oneof(fc.constantFrom(...KNOWN_IDS), hostileString)]),
          ),
        ),
        query: fc.record(
          Object.fromEntries(queryParams.map((p) => [p.name, valueFor(document, p.schema ?? {})])),
          { requiredKeys: [] },
        ),
        body: operation.body ? valueFor(document, operation.body) : fc.constant(undefined),
        anonymous: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        freshEtag: fc.boolean(),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async (input) => {
            const search = new URLSearchParams(
              Object.entries(input.query).map(([k, v]): [string, string] => [
                k,
                wellFormed(queryText(v)),
              ]),
            );
            const path = `${fillPath(operation.path, input.path as Record<string, string>)}${search.size ? `?${search}` : ""}`;
            const ifMatch = guarded
              ? input.freshEtag
                ? await currentEtag(path)
                : '"stale"'
              : undefined;
            const observed = await send(operation, path, {
              ...(input.body !== undefined ? { body: JSON.stringify(input.body) } : {}),
              ...(ifMatch ? { ifMatch } : {}),
              ...(input.anonymous ? {} : { token: tokens.admin }),
            });
            return record(operation, observed, JSON.stringify(input));
          }),
          { numRuns: RUNS_PER_OPERATION, endOnFailure: true, seed: 42 },
        )
        .catch(() => undefined); // the breach is recorded above with its input; the list is asserted below
    }
    expect([...breaches].map(([key, why]) => `${key}: ${why}`)).toEqual([]);
    expect(operations.length).toBeGreaterThan(40);
    console.info(`fuzzed ${operations.length} operations in ${Date.now() - started} ms`);
  });

  it("answers malformed, oversized and deeply nested bodies with a problem, never a 5xx", async () => {
    for (const operation of operations.filter((o) => o.body)) {
      const path = fillPath(operation.path, { id: "nrr" });
      for (const malformed of MALFORMED_BODIES) {
        const observed = await send(operation, path, {
          body: malformed.body,
          ...(malformed.contentType ? { contentType: malformed.contentType } : {}),
          ifMatch: '"stale"',
          token: tokens.admin,
        });
        record(operation, observed, malformed.name);
        if (malformed.name !== "duplicate keys" && !malformed.name.startsWith("a JSON"))
          expect(observed.status, `${operation.key} ${malformed.name}`).toBeGreaterThanOrEqual(400);
      }
    }
    expect([...breaches].map(([key, why]) => `${key}: ${why}`)).toEqual([]);
  });

  it("still serves after the abuse", async () => {
    const response = await fetch(`${server.url}/api/v1/summary`, {
      headers: { authorization: `Bearer ${tokens.viewer}` },
    });
    expect(response.status).toBe(200);
  });
});
