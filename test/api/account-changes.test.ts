import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiClient,
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "./api-server.js";

describe.each(drivers)("PATCH /users/{id} on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;
  let admin: ApiClient;
  const idOf = async (email: string) => {
    const { data } = await admin.GET("/api/v1/users");
    return data?.items.find((u) => u.email === email)?.id ?? "";
  };

  beforeAll(async () => {
    server = await startTestServer(open);
    tokens = await createAccounts(server);
    admin = server.client(tokens.admin);
  });
  afterAll(() => server.stop());

  it("demotes an editor to viewer: their next write is refused, and the change is audited", async () => {
    const id = await idOf("editor@example.com");
    const changed = await admin.PATCH("/api/v1/users/{id}", {
      params: { path: { id } },
      body: { role: "viewer", teams: ["growth", "finance"] },
    });
    expect(changed.data).toMatchObject({ role: "viewer", teams: ["finance", "growth"] });
    const write = await server.client(tokens.editor).POST("/api/v1/people", {
      body: { id: "sam", name: "Sam" },
    });
    expect(write.response.status).toBe(403);
    const audit = await admin.GET("/api/v1/audit-events", {
      params: { query: { entity: "user", entityId: id } },
    });
    expect(audit.data?.items[0]).toMatchObject({
      action: "update",
      before: { role: "editor" },
      after: { role: "viewer" },
    });
  });

  it("refuses to demote the last admin with a 409 that says what to do", async () => {
    const id = await idOf("admin@example.com");
    const refused = await admin.PATCH("/api/v1/users/{id}", {
      params: { path: { id } },
      body: { role: "editor" },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.detail).toContain("make another account admin first");
  });

  it("is for admins only, answers an unknown id with 404 and an unknown field with 422", async () => {
    const id = await idOf("viewer@example.com");
    const asEditor = await server.client(tokens.financeEditor).PATCH("/api/v1/users/{id}", {
      params: { path: { id } },
      body: { role: "admin" },
    });
    expect(asEditor.response.status).toBe(403);
    const missing = await admin.PATCH("/api/v1/users/{id}", {
      params: { path: { id: "nobody" } },
      body: { role: "viewer" },
    });
    expect(missing.response.status).toBe(404);
    const unknown = await admin.PATCH("/api/v1/users/{id}", {
      params: { path: { id } },
      body: { password: "x" } as never,
    });
    expect(unknown.response.status).toBe(422);
  });
});
