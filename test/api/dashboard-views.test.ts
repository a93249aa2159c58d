import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiClient,
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "./api-server.js";

const AS_OF = "2026-07-20";

describe.each(drivers)("dashboard views on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(open);
    tokens = await createAccounts(server);
    api = server.client(tokens.viewer);
  });
  afterAll(() => server.stop());

  describe("GET /okr-status", () => {
    it("computes progress from the latest check-in: 34 → 38 of 34 → 60 is 4/26 done", async () => {
      const { data } = await api.GET("/api/v1/okr-status", { params: { query: { asOf: AS_OF } } });
      const objective = data?.objectives.find((o) => o.id === "onboarding");
      const adoption = objective?.keyResults.find((kr) => kr.id === "adoption");
      expect(adoption?.progress).toBeCloseTo(4 / 26, 5);
      expect(adoption?.current).toEqual({ value: 38, at: "2026-07-14", source: "checkin" });
      expect(objective?.cycle).toEqual({ id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" });
      expect(data?.cycles.map((c) => c.id)).toEqual(["2026-Q3"]);
    });

    it("changes the risk after a check-in, because status is computed on every read", async () => {
      const before = await api.GET("/api/v1/okr-status", { params: { query: { asOf: AS_OF } } });
      const risk = (d: typeof before.data) =>
        d?.objectives.find((o) => o.id === "onboarding")?.keyResults.find((k) => k.id === "ttv");
      expect(risk(before.data)?.current).toBeNull();
      const editor = server.client(tokens.editor);
      const posted = await editor.POST("/api/v1/key-results/{id}/checkins", {
        params: { path: { id: "ttv" } },
        body: { at: "2026-07-19", value: 6, confidence: 9 },
      });
      expect(posted.response.status).toBe(201);
      const after = await api.GET("/api/v1/okr-status", { params: { query: { asOf: AS_OF } } });
      expect(risk(after.data)?.current).toEqual({ value: 6, at: "2026-07-19", source: "checkin" });
      expect(risk(after.data)?.progress).toBeCloseTo(8 / 9, 5);
    });

    it("filters by cycle and answers an unknown cycle with no objectives", async () => {
      const { data } = await api.GET("/api/v1/okr-status", {
        params: { query: { asOf: AS_OF, cycle: "2031-Q1" } },
      });
      expect(data?.objectives).toEqual([]);
    });

    it("rejects an as-of that is not a day with a 422 naming the field", async () => {
      const bad = await api.GET("/api/v1/okr-status", { params: { query: { asOf: "soon" } } });
      expect(bad.response.status).toBe(422);
      expect(bad.error?.errors?.[0]?.path).toContain("asOf");
    });

    it("asks for a sign-in without credentials", async () => {
      const anonymous = await server.client().GET("/api/v1/okr-status");
      expect(anonymous.response.status).toBe(401);
    });
  });

  describe("GET /kpi-health and /kpis/{id}/health", () => {
    it("reads NRR 103.5 as amber (healthy from 105, red below 95) with its latest points", async () => {
      const { data } = await api.GET("/api/v1/kpi-health", {
        params: { query: { asOf: AS_OF, points: 2 } },
      });
      const nrr = data?.items.find((k) => k.kpi === "nrr");
      expect(nrr?.status).toBe("amber");
      expect(nrr?.name).toBe("Net revenue retention");
      expect(nrr?.points).toEqual([
        { at: "2026-05-31", value: 103 },
        { at: "2026-06-30", value: 103.5 },
      ]);
    });

    it("hides a finance-private KPI from a growth viewer", async () => {
      const admin = server.client(tokens.admin);
      const get = await admin.GET("/api/v1/kpis/{id}", { params: { path: { id: "burn" } } });
      const patched = await admin.PATCH("/api/v1/kpis/{id}", {
        params: {
          path: { id: "burn" },
          header: { "if-match": get.response.headers.get("etag") ?? "" },
        },
        body: { private: true },
      });
      expect(patched.response.status).toBe(200);
      const viewed = await api.GET("/api/v1/kpis/{id}/health", {
        params: { path: { id: "burn" } },
      });
      expect(viewed.response.status).toBe(404);
      const asAdmin = await admin.GET("/api/v1/kpis/{id}/health", {
        params: { path: { id: "burn" } },
      });
      expect(asAdmin.data?.status).toBe("unknown");
    });

    it("returns one KPI's whole series up to the as-of day", async () => {
      const { data } = await api.GET("/api/v1/kpis/{id}/health", {
        params: { path: { id: "nrr" }, query: { asOf: "2026-06-01" } },
      });
      expect(data?.points.map((p) => p.at)).toEqual(["2026-04-30", "2026-05-31"]);
      expect(data?.range.value).toBe(103);
    });

    it("answers an unknown KPI with a 404 problem", async () => {
      const missing = await api.GET("/api/v1/kpis/{id}/health", {
        params: { path: { id: "nope" } },
      });
      expect(missing.response.status).toBe(404);
      expect(missing.error?.detail).toContain("nope");
    });
  });

  describe("GET /objectives/{id}/findings", () => {
    it("returns the linter's findings about one objective, with paths relative to it", async () => {
      const { data } = await api.GET("/api/v1/objectives/{id}/findings", {
        params: { path: { id: "onboarding" } },
      });
      const rules = data?.items.map((f) => f.rule) ?? [];
      expect(rules).toContain("missing-kill-criteria");
      expect(data?.items.every((f) => !f.path.startsWith("objectives["))).toBe(true);
    });

    it("answers an unknown objective with a 404 problem", async () => {
      const missing = await api.GET("/api/v1/objectives/{id}/findings", {
        params: { path: { id: "nope" } },
      });
      expect(missing.response.status).toBe(404);
    });
  });
});
