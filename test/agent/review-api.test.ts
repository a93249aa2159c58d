import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuarterlyReview } from "../../src/core/review/quarterly-review-types.js";
import type { WeeklyReview } from "../../src/core/review/weekly-review-types.js";
import { saveReview } from "../../src/store/agent/reviews.js";
import { openStore } from "../../src/store/open-store.js";
import {
  type ApiClient,
  createAccounts,
  startTestServer,
  type Team,
  type TestServer,
} from "../api/api-server.js";
import {
  answerFailureMode,
  type FakeServer,
  sendJson,
  startFakeServer,
} from "../connectors/fakes/fake-server.js";

const TOKEN = "burn-api-token-0a1b2c3d4e";
const pglite = async () => {
  const store = await openStore({ inMemory: true });
  return { store, dispose: () => store.close() };
};

describe("review, job and source routes", () => {
  let server: TestServer;
  let tokens: Team;
  let admin: ApiClient;
  let api: FakeServer;

  beforeAll(async () => {
    api = await startFakeServer((request, response, fake) => {
      if (request.headers.authorization !== `Bearer ${TOKEN}`)
        return sendJson(response, 401, { error: "invalid_token" });
      if (answerFailureMode(fake, response, {}, 1)) return;
      sendJson(response, 200, { burn: 640 });
    });
    // The route reads OKAPI_SECRET_KEY from the process environment to seal credentials.
    process.env.OKAPI_SECRET_KEY = randomBytes(32).toString("base64");
    server = await startTestServer(pglite);
    tokens = await createAccounts(server);
    admin = server.client(tokens.admin);
  });
  afterAll(async () => {
    await server.stop();
    await api.close();
    delete process.env.OKAPI_SECRET_KEY;
  });

  const get = (path: string, token: string) =>
    fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });

  it("serves the weekly review as JSON, Markdown and printable HTML", async () => {
    const json = await admin.GET("/api/v1/reviews/weekly", {
      params: { query: { asOf: "2026-07-20" } },
    });
    expect(json.response.status).toBe(200);
    expect(json.data).toMatchObject({ kind: "weekly", period: "2026-W30", organization: "Acme" });
    // NRR is amber without a signal (three points): not a KPI the review singles out.
    expect((json.data as unknown as WeeklyReview).kpis).toEqual([]);
    expect((json.data as unknown as WeeklyReview).objectives.map((o) => o.id)).toEqual([
      "onboarding",
    ]);
    const md = await get("/reviews/weekly?asOf=2026-07-20&format=md", tokens.admin);
    expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(await md.text()).toMatch(/^# Weekly business review — Acme, 2026-W30/);
    const html = await get("/reviews/weekly?asOf=2026-07-20&format=html", tokens.admin);
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await html.text()).toContain("@media print");
  });

  it("refuses a malformed day with a problem naming the field", async () => {
    const response = await get("/reviews/weekly?asOf=20-07-2026", tokens.admin);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    expect(JSON.stringify(await response.json())).toContain("YYYY-MM-DD");
  });

  it("serves the quarterly review of a named cycle", async () => {
    const response = await admin.GET("/api/v1/reviews/quarterly", {
      params: { query: { cycle: "2026-Q3", asOf: "2026-10-02" } },
    });
    expect(response.data).toMatchObject({ kind: "quarterly", period: "2026-Q3" });
    expect((response.data as unknown as QuarterlyReview).objectives.map((o) => o.id)).toEqual([
      "onboarding",
    ]);
  });

  it("structures review notes and links the KPIs they name", async () => {
    const response = await admin.POST("/api/v1/reviews/notes", {
      body: {
        text: "Net revenue retention dropped to 101%.\nNext: test a renewal call at day 60.",
      },
    });
    expect(response.data?.engine).toBe("offline");
    expect(response.data?.whatChanged[0]?.links).toEqual([{ kind: "kpi", id: "nrr" }]);
    expect(response.data?.whatToTestNext[0]?.text).toMatch(/^Next: test/);
  });

  it("lists stored reviews and job runs", async () => {
    await saveReview(server.store.store.db, {
      kind: "weekly",
      period: "2026-W30",
      asOf: "2026-07-20",
      content: { kind: "weekly" },
    });
    const reviews = await admin.GET("/api/v1/reviews", { params: { query: { kind: "weekly" } } });
    expect(reviews.data?.items.map((r) => r.period)).toEqual(["2026-W30"]);
    const runs = await admin.GET("/api/v1/jobs/runs", {});
    expect(runs.response.status).toBe(200);
    expect(runs.data?.items).toEqual([]);
  });

  it("validates the operating rhythm settings and shows each job's next run", async () => {
    const bad = await admin.PUT("/api/v1/jobs/settings", {
      body: { timezone: "Mars/Olympus", schedules: { "weekly-review": "every monday" } },
    });
    expect(bad.response.status).toBe(422);
    const good = await admin.PUT("/api/v1/jobs/settings", {
      body: { timezone: "Europe/Berlin", schedules: { "weekly-review": "0 8 * * 1" } },
    });
    expect(good.response.status).toBe(200);
    const weekly = good.data?.jobs.find((j) => j.job === "weekly-review");
    expect(weekly?.pattern).toBe("0 8 * * 1");
    expect(weekly?.nextRun).toMatch(/T0[67]:00:00\.000Z$/);
    const editor = await server
      .client(tokens.editor)
      .PUT("/api/v1/jobs/settings", { body: { timezone: "UTC" } });
    expect(editor.response.status).toBe(403);
  });

  it("adds a source with credentials it never returns, and a failing pull marks the KPI stale", async () => {
    const created = await admin.POST("/api/v1/sources", {
      body: {
        id: "burn-api",
        metric: "burn",
        kind: "http-json",
        config: { url: `${api.url}/burn`, path: "$.burn" },
        credentials: { token: TOKEN },
      },
    });
    expect(created.response.status).toBe(201);
    expect(JSON.stringify(created.data)).not.toContain(TOKEN);
    const ran = await admin.POST("/api/v1/sources/{id}/run", {
      params: { path: { id: "burn-api" } },
    });
    expect(ran.data).toMatchObject({ ok: true, value: 640, source: { status: "healthy" } });
    api.mode = "unauthorized";
    const failed = await admin.POST("/api/v1/sources/{id}/run", {
      params: { path: { id: "burn-api" } },
    });
    api.mode = "ok";
    expect(failed.data).toMatchObject({
      ok: false,
      failure: { kind: "auth" },
      source: { status: "failing" },
    });
    const listed = await get("/sources", tokens.viewer);
    const text = await listed.text();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("v1:");
    // As of today: the pulled value is dated now.
    const review = await admin.GET("/api/v1/reviews/weekly", { params: { query: {} } });
    const burn = (review.data as unknown as WeeklyReview).kpis.find((k) => k.id === "burn");
    expect(burn?.sourceFailing?.kind).toBe("auth");
    expect(burn?.value).toBe(640);
  });

  it("leaves another team's private KPI out of a member's review, and keeps stored reviews from them", async () => {
    const burn = await admin.GET("/api/v1/kpis/{id}", { params: { path: { id: "burn" } } });
    await admin.PATCH("/api/v1/kpis/{id}", {
      params: {
        path: { id: "burn" },
        header: { "if-match": burn.response.headers.get("etag") ?? "" },
      },
      body: { private: true },
    });
    const ids = async (token: string) =>
      ((await (await get("/reviews/weekly", token)).json()) as WeeklyReview).kpis.map((k) => k.id);
    expect(await ids(tokens.financeEditor)).toContain("burn");
    expect(await ids(tokens.editor)).not.toContain("burn");
    const sources = async (token: string) =>
      (await (await get("/sources", token)).json()) as { items: { id: string }[] };
    expect((await sources(tokens.editor)).items.map((i) => i.id)).not.toContain("burn-api");
    expect((await sources(tokens.financeEditor)).items.map((i) => i.id)).toContain("burn-api");
    const [stored] = (await admin.GET("/api/v1/reviews", {})).data?.items ?? [];
    expect((await get(`/reviews/${stored?.id}`, tokens.editor)).status).toBe(403);
    expect((await get(`/reviews/${stored?.id}`, tokens.admin)).status).toBe(200);
  });

  it("refuses a source for a metric that does not exist, saying so", async () => {
    const response = await admin.POST("/api/v1/sources", {
      body: {
        id: "x",
        metric: "nope",
        kind: "http-json",
        config: { url: `${api.url}/burn`, path: "$.burn" },
      },
    });
    expect(response.response.status).toBe(422);
    expect(JSON.stringify(response.error)).toContain('no KPI or key result with id \\"nope\\"');
  });
});
