import { describe, expect, it } from "vitest";
import { type ApiClient, drivers } from "./api-server.js";
import { useApiServer } from "./use-api-server.js";

describe.each(drivers)("team and cycle writes on $name", ({ open }) => {
  const suite = useApiServer(open);
  const editor = (): ApiClient => suite.server.client(suite.tokens.editor);

  const auditOf = async (entity: string, entityId: string) =>
    (
      await suite.server.client(suite.tokens.admin).GET("/api/v1/audit-events", {
        params: { query: { entity, entityId } },
      })
    ).data?.items ?? [];

  it("creates, updates with If-Match and deletes a team, each audited", async () => {
    const created = await editor().POST("/api/v1/teams", {
      body: { id: "sales", name: "Sales", lead: "li", parent: "growth" },
    });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get("location")).toBe("/api/v1/teams/sales");
    const read = await editor().GET("/api/v1/teams/{id}", { params: { path: { id: "sales" } } });
    const etag = read.response.headers.get("etag") ?? "";
    expect(etag).toBe(created.response.headers.get("etag"));
    const renamed = await editor().PATCH("/api/v1/teams/{id}", {
      params: { path: { id: "sales" }, header: { "if-match": etag } },
      body: { name: "Sales EMEA" },
    });
    expect(renamed.data).toEqual({ id: "sales", name: "Sales EMEA", lead: "li", parent: "growth" });
    const stale = await editor().DELETE("/api/v1/teams/{id}", {
      params: { path: { id: "sales" }, header: { "if-match": etag } },
    });
    expect(stale.response.status).toBe(412);
    const removed = await editor().DELETE("/api/v1/teams/{id}", {
      params: {
        path: { id: "sales" },
        header: { "if-match": renamed.response.headers.get("etag") ?? "" },
      },
    });
    expect(removed.response.status).toBe(204);
    expect(
      (await editor().GET("/api/v1/teams/{id}", { params: { path: { id: "sales" } } })).response
        .status,
    ).toBe(404);
    const events = await auditOf("team", "sales");
    expect(events.map((e) => e.action)).toEqual(["delete", "update", "create"]);
    expect(events[1]).toMatchObject({
      actor: "user:editor@example.com",
      before: { name: "Sales" },
      after: { name: "Sales EMEA" },
    });
  });

  it("answers 409 for a taken team id, 422 per field, 428 without If-Match", async () => {
    const taken = await editor().POST("/api/v1/teams", { body: { id: "growth", name: "Again" } });
    expect(taken.response.status).toBe(409);
    const bad = await editor().POST("/api/v1/teams", {
      body: { id: "has space", name: "" } as never,
    });
    expect((bad.error?.errors ?? []).map((e) => e.path).sort()).toEqual(["/id", "/name"]);
    const noMatch = await editor().PATCH("/api/v1/teams/{id}", {
      params: { path: { id: "growth" } },
      body: { name: "Growth" },
    });
    expect(noMatch.response.status).toBe(428);
  });

  it("keeps viewers and read-only tokens out of writes (403) and strangers out (401)", async () => {
    const body = { id: "ops", name: "Operations" };
    const viewer = await suite.server.client(suite.tokens.viewer).POST("/api/v1/teams", { body });
    expect(viewer.response.status).toBe(403);
    const readOnly = await suite.server.client(suite.tokens.readOnly).POST("/api/v1/cycles", {
      body: { id: "fy27", start: "2027-01-01", end: "2027-12-31" },
    });
    expect(readOnly.response.status).toBe(403);
    const anonymous = await suite.server.client().POST("/api/v1/teams", { body });
    expect(anonymous.response.status).toBe(401);
  });

  it("declares, reads, changes and deletes a cycle; start must not be after end", async () => {
    const backwards = await editor().POST("/api/v1/cycles", {
      body: { id: "fy27", start: "2027-12-31", end: "2027-01-01" },
    });
    expect(backwards.response.status).toBe(422);
    expect(backwards.error?.errors?.[0]?.path).toBe("/end");
    const created = await editor().POST("/api/v1/cycles", {
      body: { id: "fy27", name: "Fiscal 2027", start: "2027-02-01", end: "2028-01-31" },
    });
    expect(created.response.status).toBe(201);
    const read = await editor().GET("/api/v1/cycles/{id}", { params: { path: { id: "fy27" } } });
    const moved = await editor().PATCH("/api/v1/cycles/{id}", {
      params: {
        path: { id: "fy27" },
        header: { "if-match": read.response.headers.get("etag") ?? "" },
      },
      body: { end: "2028-02-28" },
    });
    expect(moved.data).toMatchObject({ id: "fy27", start: "2027-02-01", end: "2028-02-28" });
    const invalid = await editor().PATCH("/api/v1/cycles/{id}", {
      params: {
        path: { id: "fy27" },
        header: { "if-match": moved.response.headers.get("etag") ?? "" },
      },
      body: { start: "2029-01-01" },
    });
    expect(invalid.response.status).toBe(422);
    const listed = await editor().GET("/api/v1/cycles");
    expect(listed.data?.items.map((c) => c.id)).toEqual(["2026-Q3", "fy27"]);
    const removed = await editor().DELETE("/api/v1/cycles/{id}", {
      params: {
        path: { id: "fy27" },
        header: { "if-match": moved.response.headers.get("etag") ?? "" },
      },
    });
    expect(removed.response.status).toBe(204);
    expect((await auditOf("cycle", "fy27")).map((e) => e.action)).toEqual([
      "delete",
      "update",
      "create",
    ]);
  });

  it("reads a cycle objectives only name, without an ETag since it is not stored", async () => {
    const named = await editor().GET("/api/v1/cycles/{id}", {
      params: { path: { id: "2026-Q3" } },
    });
    expect(named.data).toEqual({ id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" });
    expect(named.response.headers.get("etag")).toBeNull();
    const none = await editor().GET("/api/v1/cycles/{id}", { params: { path: { id: "2031" } } });
    expect(none.response.status).toBe(404);
  });
});
