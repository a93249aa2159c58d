import { beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, drivers } from "./api-server.js";
import { useApiServer } from "./use-api-server.js";

const OBJECTIVE = {
  id: "expansion",
  title: "Make mid-market buyers choose us without a discount",
  owner: "maria",
  team: "growth",
  cycle: "2026-Q3",
  keyResults: [
    { id: "mm-win", title: "Raise mid-market win rate from 12% to 25%", from: 12, to: 25 },
    { id: "mm-deals", title: "Grow mid-market pipeline from 10 to 30 deals", from: 10, to: 30 },
  ],
  // A checkpoint long past (fired) and one far ahead (armed).
  killCriteria: [{ by: "2020-01-15" }, { by: "2099-01-01" }],
};

describe.each(drivers)("tripwire decisions on $name", ({ open }) => {
  const suite = useApiServer(open);
  const editor = (): ApiClient => suite.server.client(suite.tokens.editor);

  beforeAll(async () => {
    const created = await editor().POST("/api/v1/objectives", { body: OBJECTIVE });
    expect(created.response.status).toBe(201);
  });

  const path = { id: OBJECTIVE.id };

  it("shows the fired tripwire on the objective and clears decisionRequired once decided", async () => {
    const before = await editor().GET("/api/v1/objectives/{id}", { params: { path } });
    expect(before.data?.decisionRequired).toBe(true);
    expect(before.data?.tripwires?.map((w) => w.state)).toEqual(["fired", "armed"]);
    const decided = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "continue", reason: "win rate is climbing", decidedBy: "maria" },
    });
    expect(decided.response.status).toBe(201);
    expect(decided.data).toMatchObject({
      objective: "expansion",
      tripwire: 1,
      outcome: "continue",
      by: "maria",
      reason: "win rate is climbing",
      recordedBy: "user:editor@example.com",
    });
    const after = await editor().GET("/api/v1/objectives/{id}", { params: { path } });
    expect(after.data?.decisionRequired).toBe(false);
    expect(after.data?.tripwires?.[0]?.decision).toMatchObject({ outcome: "continue" });
  });

  it("answers 409 when no fired tripwire awaits a decision, but revisits a named one", async () => {
    const none = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "stop", reason: "changed my mind", decidedBy: "maria" },
    });
    expect(none.response.status).toBe(409);
    const revisit = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "change", reason: "narrow to DACH", decidedBy: "li", tripwire: 1 },
    });
    expect(revisit.response.status).toBe(201);
  });

  it("keeps every decision in the history, newest first, and in the audit trail", async () => {
    const history = await editor().GET("/api/v1/objectives/{id}/decisions", { params: { path } });
    expect(history.data?.items.map((d) => d.outcome)).toEqual(["change", "continue"]);
    const audit = await suite.server.client(suite.tokens.admin).GET("/api/v1/audit-events", {
      params: { query: { entity: "decision", entityId: "expansion#0" } },
    });
    expect(audit.data?.items[0]).toMatchObject({
      action: "update",
      before: { outcome: "continue" },
      after: { outcome: "change", by: "li" },
      reason: "narrow to DACH",
    });
  });

  it("validates the body: outcome, reason, a known person and an existing tripwire", async () => {
    const bad = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "pause", reason: " " } as never,
    });
    expect(bad.response.status).toBe(422);
    expect((bad.error?.errors ?? []).map((e) => e.path).sort()).toEqual(["/outcome", "/reason"]);
    const nobody = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "stop", reason: "r", decidedBy: "ghost", tripwire: 1 },
    });
    expect(nobody.error?.errors?.[0]).toMatchObject({ path: "/decidedBy" });
    const beyond = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "stop", reason: "r", decidedBy: "maria", tripwire: 3 },
    });
    expect(beyond.error?.errors?.[0]).toMatchObject({ path: "/tripwire" });
  });

  it("lets viewers read the history but not decide (403), and strangers nothing (401)", async () => {
    const viewer = suite.server.client(suite.tokens.viewer);
    expect(
      (await viewer.GET("/api/v1/objectives/{id}/decisions", { params: { path } })).response.status,
    ).toBe(200);
    const refused = await viewer.POST("/api/v1/objectives/{id}/decisions", {
      params: { path },
      body: { outcome: "stop", reason: "r", decidedBy: "maria", tripwire: 1 },
    });
    expect(refused.response.status).toBe(403);
    const anonymous = await suite.server.client().GET("/api/v1/objectives/{id}/decisions", {
      params: { path },
    });
    expect(anonymous.response.status).toBe(401);
  });

  it("hides a team-private objective's decisions from other teams with 404", async () => {
    const finance = suite.server.client(suite.tokens.financeEditor);
    const created = await finance.POST("/api/v1/objectives", {
      body: {
        ...OBJECTIVE,
        id: "runway",
        team: "finance",
        private: true,
        keyResults: [
          { id: "rw-1", title: "Extend runway from 14 to 20 months", from: 14, to: 20 },
          { id: "rw-2", title: "Cut net burn from 600 to 400 kUSD", from: 600, to: 400 },
        ],
      },
    });
    expect(created.response.status).toBe(201);
    const runway = { id: "runway" };
    expect(
      (await editor().GET("/api/v1/objectives/{id}/decisions", { params: { path: runway } }))
        .response.status,
    ).toBe(404);
    const hidden = await editor().POST("/api/v1/objectives/{id}/decisions", {
      params: { path: runway },
      body: { outcome: "stop", reason: "r", decidedBy: "maria" },
    });
    expect(hidden.response.status).toBe(404);
    const own = await finance.POST("/api/v1/objectives/{id}/decisions", {
      params: { path: runway },
      body: { outcome: "stop", reason: "burn too high", decidedBy: "li" },
    });
    expect(own.response.status).toBe(201);
  });
});
