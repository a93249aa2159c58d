import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN,
  createAccounts,
  drivers,
  signIn,
  startTestServer,
  type Team,
  type TestServer,
  tokenFor,
} from "./api-server.js";

describe.each(drivers)("API accounts and roles on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;

  beforeAll(async () => {
    server = await startTestServer(open);
    tokens = await createAccounts(server);
    // The finance team keeps its burn KPI to itself.
    const admin = server.client(tokens.admin);
    const burn = await admin.GET("/api/v1/kpis/{id}", { params: { path: { id: "burn" } } });
    await admin.PATCH("/api/v1/kpis/{id}", {
      params: {
        path: { id: "burn" },
        header: { "if-match": burn.response.headers.get("etag") ?? "" },
      },
      body: { private: true },
    });
  });
  afterAll(() => server.stop());

  it("answers 401 with a problem when no credential is sent", async () => {
    const anonymous = await server.client().GET("/api/v1/kpis", { params: { query: {} } });
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.response.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("sets an HttpOnly, SameSite=Lax session cookie on sign-in and accepts it", async () => {
    const response = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await fetch(`${server.url}/api/v1/auth/me`, {
      headers: { cookie: cookie.split(";")[0] ?? "" },
    });
    expect(await me.json()).toMatchObject({ email: ADMIN.email, role: "admin" });
  });

  it("marks the cookie Secure behind a TLS-terminating proxy", async () => {
    const response = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify(ADMIN),
    });
    expect(response.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("rejects a wrong password with 401 and rate-limits repeated attempts with 429", async () => {
    const attempt = () =>
      fetch(`${server.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@example.com", password: "guess" }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("lets a viewer read but not write (403)", async () => {
    const viewer = server.client(tokens.viewer);
    expect((await viewer.GET("/api/v1/people", { params: { query: {} } })).response.status).toBe(
      200,
    );
    const write = await viewer.POST("/api/v1/people", { body: { id: "v1", name: "V" } });
    expect(write.response.status).toBe(403);
  });

  it("lets an editor write goals but not manage accounts or apply the workspace (403)", async () => {
    const editor = server.client(tokens.editor);
    const users = await editor.GET("/api/v1/users");
    expect(users.response.status).toBe(403);
    const apply = await editor.PUT("/api/v1/workspace", {
      body: { version: 1 },
      params: { query: {} },
    });
    expect(apply.response.status).toBe(403);
    const audit = await editor.GET("/api/v1/audit-events", { params: { query: {} } });
    expect(audit.response.status).toBe(403);
  });

  it("refuses writes with a read-scoped token (403) but serves reads", async () => {
    const readOnly = server.client(tokens.readOnly);
    expect((await readOnly.GET("/api/v1/kpis", { params: { query: {} } })).response.status).toBe(
      200,
    );
    const write = await readOnly.POST("/api/v1/people", { body: { id: "r1", name: "R" } });
    expect(write.response.status).toBe(403);
  });

  it("shows a token's secret once, lists it without it, and refuses it once revoked", async () => {
    const cookie = await signIn(server.url, ADMIN.email, ADMIN.password);
    const token = await tokenFor(server.url, cookie, "read");
    const client = server.client(token);
    const list = await client.GET("/api/v1/tokens");
    expect(JSON.stringify(list.data)).not.toContain(token);
    const mine = list.data?.items.find((t) => t.name === "test read" && !t.revoked && t.lastUsedAt);
    expect(mine).toBeDefined();
    const revoke = await server.client(tokens.admin).DELETE("/api/v1/tokens/{id}", {
      params: { path: { id: mine?.id ?? "" } },
    });
    expect(revoke.response.status).toBe(204);
    expect((await client.GET("/api/v1/tokens")).response.status).toBe(401);
  });

  it("hides a team-private KPI from non-members with 404 and keeps it out of lists", async () => {
    const growthEditor = server.client(tokens.editor);
    const hidden = await growthEditor.GET("/api/v1/kpis/{id}", {
      params: { path: { id: "burn" } },
    });
    expect(hidden.response.status).toBe(404);
    const list = await growthEditor.GET("/api/v1/kpis", { params: { query: {} } });
    expect(list.data?.items.map((k) => k.id)).toEqual(["nrr"]);
    const series = await growthEditor.GET("/api/v1/kpis/{id}/measurements", {
      params: { path: { id: "burn" }, query: {} },
    });
    expect(series.response.status).toBe(404);
    const summary = await growthEditor.GET("/api/v1/summary", { params: { query: {} } });
    expect(summary.data?.kpis.map((k) => k.id)).toEqual(["nrr"]);
  });

  it("shows a team-private KPI to its team's members and to admins", async () => {
    for (const token of [tokens.financeEditor, tokens.admin]) {
      const seen = await server.client(token).GET("/api/v1/kpis/{id}", {
        params: { path: { id: "burn" } },
      });
      expect(seen.data).toMatchObject({ id: "burn", private: true });
    }
  });

  it("gives a non-member 404, not 403, when changing a private KPI", async () => {
    const attempt = await server.client(tokens.editor).PATCH("/api/v1/kpis/{id}", {
      params: { path: { id: "burn" }, header: { "if-match": '"x"' } },
      body: { description: "peek" },
    });
    expect(attempt.response.status).toBe(404);
  });
});

describe.each(drivers)("API first start on $name", ({ open }) => {
  it("offers a one-time setup link when no admin is configured", async () => {
    const server = await startTestServer(open, { OKAPI_ADMIN_EMAIL: "", OKAPI_ADMIN_PASSWORD: "" });
    try {
      const link = new URL(server.server.setupUrl ?? "");
      const token = link.searchParams.get("token") ?? "";
      const body = {
        token,
        email: "first@example.com",
        name: "First",
        password: "a long enough password",
      };
      const created = await server.client().POST("/api/v1/setup", { body });
      expect(created.response.status).toBe(201);
      expect(created.data?.role).toBe("admin");
      const again = await server.client().POST("/api/v1/setup", { body });
      expect(again.response.status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it("treats every request as the local admin when OKAPI_AUTH=off", async () => {
    const server = await startTestServer(open, { OKAPI_AUTH: "off" });
    try {
      const me = await server.client().GET("/api/v1/auth/me");
      expect(me.data?.role).toBe("admin");
      const write = await server
        .client()
        .POST("/api/v1/people", { body: { id: "solo", name: "Solo" } });
      expect(write.response.status).toBe(201);
    } finally {
      await server.stop();
    }
  });
});
