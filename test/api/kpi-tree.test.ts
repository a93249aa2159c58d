import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "./api-server.js";

const AS_OF = "2026-07-20";

describe.each(drivers)("GET /kpi-tree on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;

  beforeAll(async () => {
    server = await startTestServer(open);
    tokens = await createAccounts(server);
    // A driver below NRR, and a private finance KPI driving it that growth members cannot see.
    const admin = server.client(tokens.admin);
    for (const body of [
      {
        id: "activation",
        name: "Week-2 activation",
        unit: "%",
        parent: "nrr",
        kind: "leading" as const,
      },
      { id: "cash", name: "Cash in bank", parent: "burn", team: "finance", private: true },
    ]) {
      const created = await admin.POST("/api/v1/kpis", { body });
      expect(created.response.status).toBe(201);
    }
  });
  afterAll(() => server.stop());

  it("puts the KPI with the most drivers at the root, each node with its light and value", async () => {
    const { data, response } = await server.client(tokens.viewer).GET("/api/v1/kpi-tree", {
      params: { query: { asOf: AS_OF } },
    });
    expect(response.status).toBe(200);
    expect(data?.asOf).toBe(AS_OF);
    expect(data?.northStar).toBe("nrr");
    const nrr = data?.roots[0];
    expect(nrr).toMatchObject({ id: "nrr", status: "amber", value: 103.5, at: "2026-06-30" });
    expect(nrr?.drivers.map((d) => [d.id, d.status, d.kind])).toEqual([
      ["activation", "unknown", "leading"],
    ]);
    expect(data?.roots.map((r) => r.id)).toEqual(["nrr", "burn"]);
    expect(data?.loops).toEqual([]);
  });

  it("hides private KPIs from people outside their team", async () => {
    const growth = await server.client(tokens.viewer).GET("/api/v1/kpi-tree");
    const burn = growth.data?.roots.find((r) => r.id === "burn");
    expect(burn?.drivers).toEqual([]);
    const finance = await server.client(tokens.financeEditor).GET("/api/v1/kpi-tree");
    const burnForFinance = finance.data?.roots.find((r) => r.id === "burn");
    expect(burnForFinance?.drivers.map((d) => d.id)).toEqual(["cash"]);
  });

  it("answers 401 without credentials and 422 for an as-of that is not a day", async () => {
    const anonymous = await server.client().GET("/api/v1/kpi-tree");
    expect(anonymous.response.status).toBe(401);
    const bad = await server.client(tokens.viewer).GET("/api/v1/kpi-tree", {
      params: { query: { asOf: "soon" } },
    });
    expect(bad.response.status).toBe(422);
    expect(JSON.stringify(bad.error)).toContain("asOf");
  });
});
