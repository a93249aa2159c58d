import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiClient,
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "./api-server.js";

describe.each(drivers)("API resources on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(open);
    tokens = await createAccounts(server);
    api = server.client(tokens.editor);
  });
  afterAll(() => server.stop());

  describe("people", () => {
    it("creates, reads with an ETag, updates with If-Match and deletes a person", async () => {
      const created = await api.POST("/api/v1/people", {
        body: { id: "sam", name: "Sam Doe", email: "sam@example.com" },
      });
      expect(created.response.status).toBe(201);
      expect(created.response.headers.get("location")).toBe("/api/v1/people/sam");
      const read = await api.GET("/api/v1/people/{id}", { params: { path: { id: "sam" } } });
      const etag = read.response.headers.get("etag") ?? "";
      expect(read.data).toEqual({ id: "sam", name: "Sam Doe", email: "sam@example.com" });
      const updated = await api.PATCH("/api/v1/people/{id}", {
        params: { path: { id: "sam" }, header: { "if-match": etag } },
        body: { name: "Samantha Doe" },
      });
      expect(updated.data?.name).toBe("Samantha Doe");
      expect(updated.response.headers.get("etag")).not.toBe(etag);
      const removed = await api.DELETE("/api/v1/people/{id}", {
        params: {
          path: { id: "sam" },
          header: { "if-match": updated.response.headers.get("etag") ?? "" },
        },
      });
      expect(removed.response.status).toBe(204);
      const gone = await api.GET("/api/v1/people/{id}", { params: { path: { id: "sam" } } });
      expect(gone.response.status).toBe(404);
      expect(gone.response.headers.get("content-type")).toBe("application/problem+json");
    });

    it("answers a taken id with 409", async () => {
      const taken = await api.POST("/api/v1/people", { body: { id: "maria", name: "Another" } });
      expect(taken.response.status).toBe(409);
      expect(taken.error).toMatchObject({ status: 409, title: "Conflict" });
    });

    it("lists every field that fails validation with its path", async () => {
      const bad = await api.POST("/api/v1/people", {
        body: { id: "has space", name: "", email: "nope" } as never,
      });
      expect(bad.response.status).toBe(422);
      const paths = (bad.error?.errors ?? []).map((e) => e.path).sort();
      expect(paths).toEqual(["/email", "/id", "/name"]);
    });

    it("pages through people with a cursor, each person once", async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.GET("/api/v1/people", {
          params: { query: { limit: 1, ...(cursor ? { cursor } : {}) } },
        });
        seen.push(...(page.data?.items ?? []).map((p) => p.id));
        cursor = page.data?.nextCursor;
      } while (cursor);
      expect(seen).toEqual(["li", "maria"]);
    });
  });

  describe("KPIs", () => {
    it("filters the list by team and owner", async () => {
      const growth = await api.GET("/api/v1/kpis", { params: { query: { team: "growth" } } });
      expect(growth.data?.items.map((k) => k.id)).toEqual(["nrr"]);
      const byLi = await api.GET("/api/v1/kpis", { params: { query: { owner: "li" } } });
      expect(byLi.data?.items.map((k) => k.id)).toEqual(["burn"]);
    });

    it("refuses an update without If-Match (428) and with a stale one (412)", async () => {
      const path = { id: "nrr" };
      const missing = await api.PATCH("/api/v1/kpis/{id}", {
        params: { path },
        body: { description: "x" },
      });
      expect(missing.response.status).toBe(428);
      const stale = await api.PATCH("/api/v1/kpis/{id}", {
        params: { path, header: { "if-match": '"not-the-version"' } },
        body: { description: "x" },
      });
      expect(stale.response.status).toBe(412);
      expect(stale.response.headers.get("etag")).toBeTruthy();
    });

    it("loses no update when two people edit from the same ETag", async () => {
      const read = await api.GET("/api/v1/kpis/{id}", { params: { path: { id: "nrr" } } });
      const etag = read.response.headers.get("etag") ?? "";
      const edit = (description: string) =>
        api.PATCH("/api/v1/kpis/{id}", {
          params: { path: { id: "nrr" }, header: { "if-match": etag } },
          body: { description },
        });
      const results = await Promise.all([edit("first"), edit("second")]);
      const statuses = results.map((r) => r.response.status).sort();
      expect(statuses).toEqual([200, 412]);
      const winner = results.find((r) => r.response.status === 200)?.data?.description;
      const after = await api.GET("/api/v1/kpis/{id}", { params: { path: { id: "nrr" } } });
      expect(after.data?.description).toBe(winner);
    });

    it("requires a reason to move a KPI's range and records it in the audit trail", async () => {
      const read = await api.GET("/api/v1/kpis/{id}", { params: { path: { id: "burn" } } });
      const header = { "if-match": read.response.headers.get("etag") ?? "" };
      const noReason = await api.PATCH("/api/v1/kpis/{id}", {
        params: { path: { id: "burn" }, header },
        body: { healthy: { max: 450 } },
      });
      expect(noReason.response.status).toBe(422);
      expect(noReason.error?.errors?.[0]?.path).toBe("/reason");
      const withReason = await api.PATCH("/api/v1/kpis/{id}", {
        params: { path: { id: "burn" }, header },
        body: { healthy: { max: 450 }, reason: "new hiring plan approved" },
      });
      expect(withReason.response.status).toBe(200);
      const audit = await server.client(tokens.admin).GET("/api/v1/audit-events", {
        params: { query: { entity: "kpi", entityId: "burn" } },
      });
      const event = audit.data?.items[0];
      expect(event).toMatchObject({
        action: "update",
        actor: "user:editor@example.com",
        reason: "new hiring plan approved",
        before: { healthy: { max: 400 } },
        after: { healthy: { max: 450 } },
      });
    });

    it("creates a KPI and deletes it, each with an audit event", async () => {
      const created = await api.POST("/api/v1/kpis", {
        body: { id: "nps", name: "Net promoter score", team: "growth", healthy: { min: 40 } },
      });
      expect(created.response.status).toBe(201);
      expect(created.data).toMatchObject({ id: "nps", private: false });
      const removed = await api.DELETE("/api/v1/kpis/{id}", {
        params: {
          path: { id: "nps" },
          header: { "if-match": created.response.headers.get("etag") ?? "" },
        },
      });
      expect(removed.response.status).toBe(204);
      const audit = await server.client(tokens.admin).GET("/api/v1/audit-events", {
        params: { query: { entityId: "nps" } },
      });
      expect(audit.data?.items.map((e) => e.action)).toEqual(["delete", "create"]);
    });
  });

  describe("measurements", () => {
    it("adds one point, then many in one request, and reads the range back in order", async () => {
      const one = await api.POST("/api/v1/kpis/{id}/measurements", {
        params: { path: { id: "nrr" } },
        body: { at: "2026-07-31", value: 104 },
      });
      expect(one.data).toEqual({ added: 1 });
      const items = Array.from({ length: 30 }, (_, i) => ({
        at: `2026-08-${String(i + 1).padStart(2, "0")}`,
        value: 100 + i,
      }));
      const bulk = await api.POST("/api/v1/kpis/{id}/measurements", {
        params: { path: { id: "nrr" } },
        body: { items },
      });
      expect(bulk.data).toEqual({ added: 30 });
      const range = await api.GET("/api/v1/kpis/{id}/measurements", {
        params: { path: { id: "nrr" }, query: { from: "2026-07-01", to: "2026-08-10" } },
      });
      expect(range.data?.points.map((p) => p.at)[0]).toBe("2026-07-31");
      expect(range.data?.points).toHaveLength(11);
    });

    it("downsamples to at most the requested points, keeping each bucket's mean and extremes", async () => {
      const series = await api.GET("/api/v1/kpis/{id}/measurements", {
        params: { path: { id: "nrr" }, query: { from: "2026-08-01", points: 3 } },
      });
      const points = series.data?.points ?? [];
      expect(points).toHaveLength(3);
      expect(points[0]).toMatchObject({ value: 104.5, min: 100, max: 109, count: 10 });
    });

    it("rejects a measurement with a bad date", async () => {
      const bad = await api.POST("/api/v1/kpis/{id}/measurements", {
        params: { path: { id: "nrr" } },
        body: { at: "2026-02-30", value: 1 },
      });
      expect(bad.response.status).toBe(422);
    });
  });

  describe("objectives, key results and check-ins", () => {
    it("filters objectives by cycle and lists the implied cycle", async () => {
      const q3 = await api.GET("/api/v1/objectives", { params: { query: { cycle: "2026-Q3" } } });
      expect(q3.data?.items.map((o) => o.id)).toEqual(["onboarding"]);
      const q4 = await api.GET("/api/v1/objectives", { params: { query: { cycle: "2026-Q4" } } });
      expect(q4.data?.items).toEqual([]);
      const cycles = await api.GET("/api/v1/cycles");
      expect(cycles.data?.items).toContainEqual({
        id: "2026-Q3",
        start: "2026-07-01",
        end: "2026-09-30",
      });
    });

    it("needs a reason to move a key result's target, and a title that agrees with it", async () => {
      const read = await api.GET("/api/v1/key-results/{id}", {
        params: { path: { id: "adoption" } },
      });
      expect(read.data?.objective).toBe("onboarding");
      const header = { "if-match": read.response.headers.get("etag") ?? "" };
      const noReason = await api.PATCH("/api/v1/key-results/{id}", {
        params: { path: { id: "adoption" }, header },
        body: { to: 55 },
      });
      expect(noReason.response.status).toBe(422);
      const contradicting = await api.PATCH("/api/v1/key-results/{id}", {
        params: { path: { id: "adoption" }, header },
        body: { to: 55, reason: "pricing change shrank the segment" },
      });
      expect(contradicting.response.status).toBe(422);
      expect(contradicting.error?.errors?.[0]).toMatchObject({ path: "/to" });
      const renamed = await api.PATCH("/api/v1/key-results/{id}", {
        params: { path: { id: "adoption" }, header },
        body: {
          to: 55,
          title: "Increase 90-day adoption from 34% to 55%",
          reason: "pricing change shrank the segment",
        },
      });
      expect(renamed.data?.to).toBe(55);
    });

    it("records a check-in, and a second one on the same day as a correction", async () => {
      const first = await api.POST("/api/v1/key-results/{id}/checkins", {
        params: { path: { id: "adoption" } },
        body: { at: "2026-07-21", value: 40, confidence: 6 },
      });
      expect(first.data?.corrected).toBe(false);
      const second = await api.POST("/api/v1/key-results/{id}/checkins", {
        params: { path: { id: "adoption" } },
        body: { at: "2026-07-21", value: 41, confidence: 6 },
      });
      expect(second.data?.corrected).toBe(true);
      const list = await api.GET("/api/v1/key-results/{id}/checkins", {
        params: { path: { id: "adoption" } },
      });
      expect(list.data?.items.map((c) => c.value)).toEqual([38, 41]);
    });

    it("creates an objective with its key results and updates its status", async () => {
      const created = await api.POST("/api/v1/objectives", {
        body: {
          id: "expansion",
          title: "Become the obvious choice for mid-market teams",
          owner: "maria",
          team: "growth",
          cycle: "2026-Q4",
          keyResults: [{ id: "mm-logos", title: "Win 12 mid-market logos", from: 0, to: 12 }],
        },
      });
      expect(created.response.status).toBe(201);
      const updated = await api.PATCH("/api/v1/objectives/{id}", {
        params: {
          path: { id: "expansion" },
          header: { "if-match": created.response.headers.get("etag") ?? "" },
        },
        body: { status: "active" },
      });
      expect(updated.data).toMatchObject({ status: "active", keyResults: [{ id: "mm-logos" }] });
      const clash = await api.POST("/api/v1/objectives", {
        body: {
          id: "other",
          title: "Something else entirely here",
          keyResults: [{ id: "mm-logos", title: "x" }],
        },
      });
      expect(clash.response.status).toBe(409);
    });
  });

  describe("proposals", () => {
    it("files a proposal, accepts it once with If-Match, and refuses a second decision (409)", async () => {
      const filed = await api.POST("/api/v1/proposals", {
        body: { kind: "recovery-okr", subject: "nrr", payload: { objective: "Win back renewals" } },
      });
      expect(filed.response.status).toBe(201);
      const id = filed.data?.id ?? "";
      const open = await api.GET("/api/v1/proposals", { params: { query: { status: "open" } } });
      expect(open.data?.items.map((p) => p.id)).toContain(id);
      const header = { "if-match": filed.response.headers.get("etag") ?? "" };
      const accepted = await api.PATCH("/api/v1/proposals/{id}", {
        params: { path: { id }, header },
        body: { status: "accepted", reason: "the renewal dip is real" },
      });
      expect(accepted.data).toMatchObject({
        status: "accepted",
        decidedBy: "user:editor@example.com",
      });
      const again = await api.PATCH("/api/v1/proposals/{id}", {
        params: {
          path: { id },
          header: { "if-match": accepted.response.headers.get("etag") ?? "" },
        },
        body: { status: "dismissed" },
      });
      expect(again.response.status).toBe(409);
    });
  });

  describe("workspace and summary", () => {
    it("exports the workspace as an okapi file and applies one back", async () => {
      const admin = server.client(tokens.admin);
      const exported = await admin.GET("/api/v1/workspace");
      expect(exported.data).toMatchObject({ version: 1, organization: "Acme" });
      const applied = await admin.PUT("/api/v1/workspace", {
        body: { ...(exported.data ?? {}), organization: "Acme Inc" },
        params: { query: { dryRun: "true" } },
      });
      expect(applied.error).toBeUndefined();
      expect(applied.data).toMatchObject({ dryRun: true });
    });

    it("applies YAML and reports each error of a bad file with its line and column", async () => {
      const response = await fetch(`${server.url}/api/v1/workspace`, {
        method: "PUT",
        headers: { authorization: `Bearer ${tokens.admin}`, "content-type": "application/yaml" },
        body: "version: 1\norganization: Acme\npeople:\n  - { id: ana, name: Ana, emial: a@x.io }\n",
      });
      expect(response.status).toBe(422);
      const problem = (await response.json()) as {
        errors: { line: number; column: number; path: string }[];
      };
      expect(problem.errors[0]).toMatchObject({ line: 4, path: "people[0].emial" });
      expect(problem.errors[0]?.column).toBeGreaterThan(0);
    });

    it("summarizes counts, KPI lights and the latest check-in of each key result", async () => {
      const summary = await api.GET("/api/v1/summary", { params: { query: { cycle: "2026-Q3" } } });
      expect(summary.data?.counts.kpis).toBe(2);
      const nrr = summary.data?.kpis.find((k) => k.id === "nrr");
      expect(nrr?.status).toBe("green");
      const adoption = summary.data?.objectives[0]?.keyResults.find((kr) => kr.id === "adoption");
      expect(adoption?.latest).toMatchObject({ at: "2026-07-21", value: 41 });
    });
  });

  describe("HTTP semantics", () => {
    it("answers a body that is not JSON with 415", async () => {
      const response = await fetch(`${server.url}/api/v1/people`, {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.editor}`, "content-type": "text/plain" },
        body: "id=x",
      });
      expect(response.status).toBe(415);
    });

    it("answers malformed JSON with a problem, never a stack trace", async () => {
      const response = await fetch(`${server.url}/api/v1/people`, {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.editor}`, "content-type": "application/json" },
        body: "{not json",
      });
      const text = await response.text();
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(text).not.toMatch(/at .*\.js:\d+/);
    });

    it("answers an unsupported method with 405 and the allowed ones", async () => {
      const response = await fetch(`${server.url}/api/v1/kpis`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${tokens.editor}` },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
    });
  });
});
