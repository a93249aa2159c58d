import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, drivers, startTestServer, type TestServer } from "../api/api-server.js";
import {
  ACCESS_TABLE,
  type Access,
  type Expectation,
  type Guarded,
  type MatrixContext,
  type Variant,
} from "./support/access-table.js";
import {
  fetchOpenApi,
  fillPath,
  listOperations,
  type Operation,
} from "./support/openapi-operations.js";

type Principal = "admin" | "editor" | "viewer" | "finance" | "readOnly" | "anonymous";
const PRINCIPALS: Principal[] = ["admin", "editor", "viewer", "finance", "readOnly", "anonymous"];
/** Every private goal's id and title carries this marker, so a leak is found by a text search. */
const SECRET = "zq7";

const GOALS: Record<Guarded, Record<Variant, string>> = {
  kpi: { own: "nrr", other: "burn", private: `${SECRET}-kpi` },
  objective: { own: "onboarding", other: "fin-plan", private: `${SECRET}-objective` },
  "key-result": { own: "adoption", other: "fin-plan-kr", private: `${SECRET}-objective-kr` },
};

/** The statuses a principal must get, or "through" when the call must pass authorization. */
function expected(access: Access, who: Principal, hidden: boolean): "through" | number[] {
  if (access === "public") return "through";
  if (access === "nobody") return [400, 401, 403, 404, 422];
  if (who === "anonymous") return [401];
  const writes = who !== "readOnly";
  const allowed =
    access === "user" ||
    (access === "writer" && writes) ||
    (access === "editor" && writes && who !== "viewer") ||
    (access === "admin" && who === "admin") ||
    (access === "admin-read" && (who === "admin" || who === "readOnly"));
  if (!allowed) return [403];
  return hidden ? [404] : "through";
}

describe("the authorization matrix: every operation × every role × own, other and private goals", () => {
  let server: TestServer;
  let tokens: Record<Exclude<Principal, "anonymous">, string>;
  let operations: Operation[];
  let counter = 0;
  let ctx: MatrixContext;

  async function call(
    who: Principal,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; text: string; etag: string | null }> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...headers,
        ...(who === "anonymous" ? {} : { authorization: `Bearer ${tokens[who]}` }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      text: await response.text(),
      etag: response.headers.get("etag"),
    };
  }

  async function create(path: string, body: unknown): Promise<string> {
    const created = await call("admin", "POST", path, body);
    if (created.status !== 201) throw new Error(`setup ${path}: ${created.status} ${created.text}`);
    return (JSON.parse(created.text) as { id: string | number }).id.toString();
  }

  beforeAll(async () => {
    server = await startTestServer(drivers[0]?.open as never);
    const team = await createAccounts(server);
    tokens = {
      admin: team.admin,
      editor: team.editor,
      viewer: team.viewer,
      finance: team.financeEditor,
      readOnly: team.readOnly,
    };
    operations = listOperations(await fetchOpenApi(server.url));
    const objective = (id: string, isPrivate: boolean, title: string) => ({
      id,
      title,
      team: "finance",
      private: isPrivate,
      keyResults: [{ id: `${id}-kr`, title: `${title}: from 0 to 10 deals`, from: 0, to: 10 }],
    });
    await create("/api/v1/objectives", objective("fin-plan", false, "Keep the runway honest"));
    await create(
      "/api/v1/objectives",
      objective(`${SECRET}-objective`, true, `${SECRET} acquire a rival in secret`),
    );
    await create("/api/v1/kpis", {
      id: `${SECRET}-kpi`,
      name: `${SECRET} confidential churn`,
      team: "finance",
      private: true,
    });
    await create("/api/v1/cycles", { id: "matrix-cycle", start: "2027-04-01", end: "2027-06-30" });
    await create("/api/v1/sources", {
      id: "matrix-source",
      metric: "nrr",
      kind: "http-json",
      config: { url: "http://127.0.0.1:9/value", path: "$.value" },
    });
    const proposalId = await create("/api/v1/proposals", {
      kind: "retire-kpi",
      subject: "burn",
      payload: {},
    });
    ctx = {
      unique: (prefix) => `${prefix}-m${++counter}`,
      proposalId,
      fresh: async (kind, variant) => {
        const id = `fresh-${++counter}`;
        const team = variant === "own" ? "growth" : "finance";
        const isPrivate = variant === "private";
        if (kind === "person") return create("/api/v1/people", { id, name: "Temp" });
        if (kind === "team") return create("/api/v1/teams", { id, name: `Temp ${id}` });
        if (kind === "cycle")
          return create("/api/v1/cycles", { id, start: "2028-01-01", end: "2028-03-31" });
        if (kind === "source")
          return create("/api/v1/sources", {
            id,
            metric: "nrr",
            kind: "http-json",
            config: { url: "http://127.0.0.1:9/value", path: "$.value" },
          });
        if (kind === "webhook")
          return create("/api/v1/webhooks", { url: "http://127.0.0.1:9/x", events: ["kpi.red"] });
        if (kind === "kpi")
          return create("/api/v1/kpis", { id, name: `Temp ${id}`, team, private: isPrivate });
        return create("/api/v1/objectives", { id, title: `Temp ${id}`, team, private: isPrivate });
      },
    };
  });
  afterAll(() => server?.stop());

  /** One attempt: resolves ids, fetches a current ETag when the route wants If-Match. */
  async function attempt(
    operation: Operation,
    expectation: Expectation,
    who: Principal,
    id?: string,
  ) {
    const parts = expectation.request?.(ctx) ?? {};
    const pathId = id ?? parts.id ?? "unused";
    const query = parts.query ? `?${new URLSearchParams(parts.query)}` : "";
    const path = `${fillPath(operation.path, { id: pathId })}${query}`;
    const wantsEtag = operation.parameters.some((p) => p.name === "if-match");
    const etag = wantsEtag
      ? (await call("admin", "GET", fillPath(operation.path, { id: pathId }))).etag
      : null;
    // A made-up ETag for an id the admin cannot read either, so 428 never masks the lookup.
    const ifMatch = wantsEtag ? { "if-match": etag ?? '"none"' } : {};
    return call(who, operation.method, path, parts.body, ifMatch);
  }

  it("has an expectation for every operation the server documents", () => {
    const missing = operations.map((o) => o.key).filter((key) => !ACCESS_TABLE[key]);
    expect(missing, "add these operations to test/reliability/support/access-table.ts").toEqual([]);
  });

  it("lets the allowed through and refuses the rest with 401, 403 or 404", async () => {
    expect(operations.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const operation of operations) {
      const expectation = ACCESS_TABLE[operation.key];
      if (!expectation) continue;
      const kind = expectation.guarded ?? (expectation.consumes as Guarded | undefined);
      const guardedKind = kind && kind in GOALS ? kind : undefined;
      const variants: (Variant | undefined)[] = guardedKind
        ? ["own", "other", "private"]
        : [undefined];
      for (const variant of variants) {
        for (const who of PRINCIPALS) {
          const id = expectation.consumes
            ? await ctx.fresh(expectation.consumes, variant ?? "own")
            : guardedKind && variant
              ? GOALS[guardedKind][variant]
              : undefined;
          const hidden = variant === "private" && (who === "editor" || who === "viewer");
          const want = expected(expectation.access, who, hidden);
          const got = await attempt(operation, expectation, who, id);
          const through =
            (got.status < 300 || (expectation.alsoAllowed ?? []).includes(got.status)) &&
            got.status < 500;
          const ok = want === "through" ? through : want.includes(got.status);
          if (!ok)
            wrong.push(
              `${operation.key} as ${who}${variant ? ` on ${variant}` : ""}: want ${want === "through" ? "success" : want.join("/")}, got ${got.status} ${got.text.slice(0, 160)}`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers an anonymous caller 401 before it validates the body", async () => {
    const early: string[] = [];
    for (const operation of operations) {
      const expectation = ACCESS_TABLE[operation.key];
      if (!operation.body || !expectation || ["public", "nobody"].includes(expectation.access))
        continue;
      const path = fillPath(operation.path, { id: "nrr" });
      const got = await call("anonymous", operation.method, path, { unexpected: [1, "x"] });
      if (got.status !== 401)
        early.push(`${operation.key}: ${got.status} ${got.text.slice(0, 120)}`);
    }
    expect(early).toEqual([]);
  });

  it("answers a hidden private goal exactly as it answers one that does not exist", async () => {
    const leaks: string[] = [];
    for (const operation of operations) {
      const expectation = ACCESS_TABLE[operation.key];
      const kind = expectation?.guarded;
      if (!expectation || !kind) continue;
      for (const who of ["editor", "viewer"] as const) {
        const secret = await attempt(operation, expectation, who, GOALS[kind].private);
        const missing = await attempt(operation, expectation, who, `${SECRET}-missing`);
        const normalize = (text: string) =>
          text.replaceAll(GOALS[kind].private, "ID").replaceAll(`${SECRET}-missing`, "ID");
        if (secret.status !== missing.status || normalize(secret.text) !== normalize(missing.text))
          leaks.push(`${operation.key} as ${who}: ${secret.status} vs ${missing.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("never shows a private goal in any list, summary or report to someone outside its team", async () => {
    const leaks: string[] = [];
    for (const operation of operations) {
      const expectation = ACCESS_TABLE[operation.key];
      if (operation.method !== "GET" || operation.path.includes("{") || !expectation) continue;
      for (const who of ["editor", "viewer"] as const) {
        const got = await attempt(operation, expectation, who);
        if (got.text.toLowerCase().includes(SECRET))
          leaks.push(
            `${operation.key} as ${who}: ${got.text.slice(Math.max(0, got.text.indexOf(SECRET) - 80), got.text.indexOf(SECRET) + 80)}`,
          );
      }
      const insider = await attempt(operation, expectation, "finance");
      expect(insider.status, operation.key).toBeLessThan(500);
    }
    expect(leaks).toEqual([]);
  });
});
