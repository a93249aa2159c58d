import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, drivers, startTestServer, type TestServer } from "./api-server.js";

/** The refusal every write path gives an item that would be private without a team. */
function expectTeamRequired(response: { status: number }, body: unknown): void {
  expect(response.status).toBe(422);
  expect(body).toMatchObject({
    errors: [{ path: "/team", message: expect.stringMatching(/needs a team/) }],
  });
}

describe.each(drivers)("a private KPI or objective needs a team, on $name", ({ open }) => {
  let server: TestServer;
  let editor: TestServer["client"] extends (t: string) => infer C ? C : never;

  beforeAll(async () => {
    server = await startTestServer(open);
    editor = server.client((await createAccounts(server)).editor);
    const created = await editor.POST("/api/v1/kpis", {
      body: {
        id: "nps",
        name: "Net promoter score",
        direction: "higher-is-better",
        owner: "maria",
        healthy: { min: 30 },
      },
    });
    expect(created.response.status).toBe(201);
  });
  afterAll(() => server.stop());

  /** PATCHes the team-less KPI with the ETag it has now. */
  async function patchNps(body: { private: boolean; team?: string }) {
    const before = await editor.GET("/api/v1/kpis/{id}", { params: { path: { id: "nps" } } });
    return editor.PATCH("/api/v1/kpis/{id}", {
      params: {
        path: { id: "nps" },
        header: { "if-match": before.response.headers.get("etag") ?? "" },
      },
      body,
    });
  }

  it("refuses to create a private KPI or objective without a team", async () => {
    const kpi = await editor.POST("/api/v1/kpis", {
      body: { id: "csat", name: "CSAT", direction: "higher-is-better", owner: "li", private: true },
    });
    expectTeamRequired(kpi.response, kpi.error);
    const objective = await editor.POST("/api/v1/objectives", {
      body: {
        id: "calm",
        title: "Make support calm",
        owner: "li",
        cycle: "2026-Q3",
        keyResults: [],
        private: true,
      },
    });
    expectTeamRequired(objective.response, objective.error);
  });

  it("refuses a PATCH that makes a KPI without a team private, and keeps it public", async () => {
    const patched = await patchNps({ private: true });
    expectTeamRequired(patched.response, patched.error);
    const after = await editor.GET("/api/v1/kpis/{id}", { params: { path: { id: "nps" } } });
    expect(after.data).toMatchObject({ private: false });
  });

  it("refuses a PATCH that makes an objective without a team private", async () => {
    const created = await editor.POST("/api/v1/objectives", {
      body: {
        id: "calm",
        title: "Make support calm",
        owner: "li",
        cycle: "2026-Q3",
        keyResults: [],
      },
    });
    expect(created.response.status).toBe(201);
    const patched = await editor.PATCH("/api/v1/objectives/{id}", {
      params: {
        path: { id: "calm" },
        // The ETag of the create is the one to send (an empty key-result list included).
        header: { "if-match": created.response.headers.get("etag") ?? "" },
      },
      body: { private: true },
    });
    expectTeamRequired(patched.response, patched.error);
  });

  it("accepts the same PATCH once the KPI has a team", async () => {
    const patched = await patchNps({ private: true, team: "growth" });
    expect(patched.response.status).toBe(200);
    expect(patched.data).toMatchObject({ private: true, team: "growth" });
  });
});
