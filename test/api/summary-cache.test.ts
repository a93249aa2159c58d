import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type ApiClient, drivers } from "./api-server.js";
import { useApiServer } from "./use-api-server.js";

describe.each(drivers)("the cached dashboard summary on $name", ({ open }) => {
  const suite = useApiServer(open);
  const admin = (): ApiClient => suite.server.client(suite.tokens.admin);

  const people = async () => (await admin().GET("/api/v1/summary")).data?.counts.people;
  const db = () => suite.server.store.store.db;

  it("serves a repeated summary from the cache while the workspace revision stands", async () => {
    expect(await people()).toBe(2);
    // A change that bypasses the revision triggers is invisible to a cached summary…
    await db().execute(sql`ALTER TABLE people DISABLE TRIGGER USER`);
    await db().execute(sql`INSERT INTO people (id, name, position) VALUES ('ghost', 'Ghost', 9)`);
    await db().execute(sql`ALTER TABLE people ENABLE TRIGGER USER`);
    expect(await people()).toBe(2);
    // …and any ordinary write, by any process, invalidates it.
    await db().execute(sql`UPDATE teams SET name = 'Growth team' WHERE id = 'growth'`);
    expect(await people()).toBe(3);
  });

  it("shows an API write in the very next summary", async () => {
    await admin().GET("/api/v1/summary");
    const created = await admin().POST("/api/v1/people", { body: { id: "sam", name: "Sam" } });
    expect(created.response.status).toBe(201);
    expect(await people()).toBe(4);
  });

  it("shows a write made outside the server (CLI, another instance) in the next summary", async () => {
    const before = await admin().GET("/api/v1/summary");
    await suite.server.store.store.importMeasurements([
      { metricId: "burn", at: "2026-07-31T00:00:00.000Z", value: 700 },
    ]);
    const after = await admin().GET("/api/v1/summary");
    expect(before.data?.kpis.find((k) => k.id === "burn")?.status).toBe("unknown");
    expect(after.data?.kpis.find((k) => k.id === "burn")).toMatchObject({
      status: "red",
      value: 700,
    });
  });

  it("keeps one entry per audience: a private KPI stays with its team", async () => {
    const burn = await admin().GET("/api/v1/kpis/{id}", { params: { path: { id: "burn" } } });
    await admin().PATCH("/api/v1/kpis/{id}", {
      params: {
        path: { id: "burn" },
        header: { "if-match": burn.response.headers.get("etag") ?? "" },
      },
      body: { private: true },
    });
    const ids = async (token: string) =>
      ((await suite.server.client(token).GET("/api/v1/summary")).data?.kpis ?? []).map((k) => k.id);
    expect(await ids(suite.tokens.financeEditor)).toEqual(["burn", "nrr"]);
    expect(await ids(suite.tokens.editor)).toEqual(["nrr"]);
    expect(await ids(suite.tokens.financeEditor)).toEqual(["burn", "nrr"]);
    expect(await ids(suite.tokens.admin)).toEqual(["burn", "nrr"]);
  });
});
