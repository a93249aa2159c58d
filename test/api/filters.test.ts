import { beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, drivers } from "./api-server.js";
import { useApiServer } from "./use-api-server.js";

const RISKS = ["on-track", "at-risk", "off-track"] as const;

describe.each(drivers)("risk and health filters on $name", ({ open }) => {
  const suite = useApiServer(open);
  const editor = (): ApiClient => suite.server.client(suite.tokens.editor);

  beforeAll(async () => {
    const objective = (id: string, team: string, extra: Record<string, unknown> = {}) => ({
      id,
      title: `Make ${id} the reason customers stay with us`,
      owner: "maria",
      team,
      cycle: "2026-Q3",
      keyResults: [
        { id: `${id}-a`, title: "Raise adoption from 30% to 60%", from: 30, to: 60 },
        { id: `${id}-b`, title: "Cut churn from 5% to 3%", from: 5, to: 3 },
      ],
      ...extra,
    });
    // A tripwire long past makes one objective off-track; one has no check-ins at all.
    const posts = [
      objective("tripped", "growth", { killCriteria: [{ by: "2020-01-01" }] }),
      objective("quiet", "growth"),
    ];
    for (const body of posts)
      expect((await editor().POST("/api/v1/objectives", { body })).response.status).toBe(201);
    const hidden = await suite.server
      .client(suite.tokens.financeEditor)
      .POST("/api/v1/objectives", {
        body: objective("runway", "finance", {
          private: true,
          killCriteria: [{ by: "2020-01-01" }],
        }),
      });
    expect(hidden.response.status).toBe(201);
  });

  it("gives each listed objective its computed risk and filters by it exactly", async () => {
    const all = (await editor().GET("/api/v1/objectives")).data?.items ?? [];
    expect(all.map((o) => o.id)).toEqual(["onboarding", "quiet", "tripped"]);
    expect(all.find((o) => o.id === "tripped")).toMatchObject({
      risk: "off-track",
      decisionRequired: true,
    });
    for (const risk of RISKS) {
      const filtered = await editor().GET("/api/v1/objectives", { params: { query: { risk } } });
      expect(filtered.data?.items.map((o) => o.id)).toEqual(
        all.filter((o) => o.risk === risk).map((o) => o.id),
      );
    }
  });

  it("pages through a risk-filtered list without repeats or gaps", async () => {
    const admin = suite.server.client(suite.tokens.admin);
    const everything = (
      await admin.GET("/api/v1/objectives", { params: { query: { risk: "off-track" } } })
    ).data?.items.map((o) => o.id);
    expect(everything).toContain("runway");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.GET("/api/v1/objectives", {
        params: { query: { risk: "off-track", limit: 1, ...(cursor ? { cursor } : {}) } },
      });
      seen.push(...(page.data?.items ?? []).map((o) => o.id));
      cursor = page.data?.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything);
  });

  it("keeps another team's private objectives out of a risk filter", async () => {
    const offTrack = await editor().GET("/api/v1/objectives", {
      params: { query: { risk: "off-track" } },
    });
    expect(offTrack.data?.items.map((o) => o.id)).not.toContain("runway");
  });

  it("rejects an unknown risk with 422", async () => {
    const bad = await editor().GET("/api/v1/objectives", {
      params: { query: { risk: "doomed" as never } },
    });
    expect(bad.response.status).toBe(422);
    expect(bad.error?.errors?.[0]?.path).toBe("/risk");
  });

  it("filters KPIs by the light of their latest value", async () => {
    const amber = await editor().GET("/api/v1/kpis", { params: { query: { health: "amber" } } });
    expect(amber.data?.items.map((k) => k.id)).toEqual(["nrr"]);
    const unknown = await editor().GET("/api/v1/kpis", {
      params: { query: { health: "unknown" } },
    });
    expect(unknown.data?.items.map((k) => k.id)).toEqual(["burn"]);
    await suite.server.store.store.importMeasurements([
      { metricId: "burn", at: "2026-08-31T00:00:00.000Z", value: 350 },
    ]);
    const green = await editor().GET("/api/v1/kpis", {
      params: { query: { health: "green", team: "finance" } },
    });
    expect(green.data?.items.map((k) => k.id)).toEqual(["burn"]);
    const red = await editor().GET("/api/v1/kpis", { params: { query: { health: "red" } } });
    expect(red.data?.items).toEqual([]);
  });
});
