import { describe, expect, it } from "vitest";
import { draftDecision } from "../../src/core/reasoning/draft-decision.js";
import { exportVisibleDocument } from "../../src/store/repositories/visible-document.js";
import { testToday } from "../test-today.js";
import { type ApiClient, drivers } from "./api-server.js";
import { useApiServer } from "./use-api-server.js";

const DECISION = "Should we expand into mid-market in EMEA in H2?";
const AS_OF = "2026-07-01";

describe.each(drivers)("decision-engine drafts on $name", ({ open }) => {
  const suite = useApiServer(open);
  const editor = (): ApiClient => suite.server.client(suite.tokens.editor);

  const draft = async (decision = DECISION, team?: string) => {
    const created = await editor().POST("/api/v1/drafts", {
      body: { decision, asOf: AS_OF, ...(team ? { team } : {}) },
    });
    expect(created.response.status).toBe(201);
    return created.data as NonNullable<typeof created.data>;
  };

  it("stores the draft with exactly the JSON of `okapi draft --format json` as its result", async () => {
    const created = await draft(DECISION, "growth");
    expect(created).toMatchObject({
      decision: DECISION,
      team: "growth",
      status: "open",
      createdBy: "user:editor@example.com",
    });
    const workspace = await exportVisibleDocument(suite.server.store.store.db, {
      admin: false,
      teams: [],
    });
    const expected = draftDecision(DECISION, {
      asOf: AS_OF,
      team: "growth",
      ...(workspace ? { workspace } : {}),
    });
    expect(created.result).toEqual(JSON.parse(JSON.stringify(expected)));
    const read = await editor().GET("/api/v1/drafts/{id}", {
      params: { path: { id: created.id } },
    });
    expect(read.data).toEqual(created);
  });

  it("lists drafts newest first with a cursor and a status filter", async () => {
    const first = await draft("Do we raise Pro prices 20% next quarter?");
    const second = await draft("Should we hire a second support team in Manila?");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await editor().GET("/api/v1/drafts", {
        params: { query: { limit: 1, status: "open", ...(cursor ? { cursor } : {}) } },
      });
      seen.push(...(page.data?.items ?? []).map((d) => d.id));
      cursor = page.data?.nextCursor;
    } while (cursor);
    expect(seen.indexOf(second.id)).toBeLessThan(seen.indexOf(first.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("accepts a draft into an objective and proposed KPIs, all marked drafted-from, once", async () => {
    const created = await draft(DECISION, "growth");
    const accepted = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: created.id } },
      body: { objective: { owner: "maria" } },
    });
    expect(accepted.response.status).toBe(201);
    const { objective, kpis, draft: after } = accepted.data ?? ({} as never);
    const marker = { decision: DECISION, draft: created.id };
    expect(after).toMatchObject({ status: "accepted", objective: objective.id });
    expect(objective).toMatchObject({
      title: created.result.okr?.objective,
      owner: "maria",
      team: "growth",
      cycle: created.result.okr?.cycle,
      draftedFrom: marker,
    });
    expect(objective.keyResults?.length).toBe(created.result.okr?.keyResults.length);
    expect(objective.killCriteria?.length).toBe(created.result.okr?.killCriteria.length);
    expect(kpis.length).toBeGreaterThan(0);
    for (const kpi of kpis) expect(kpi).toMatchObject({ status: "proposed", draftedFrom: marker });
    expect(objective.leadingIndicators ?? []).toEqual(
      expect.arrayContaining(kpis.map((kpi) => kpi.id)),
    );
    const stored = await editor().GET("/api/v1/objectives/{id}", {
      params: { path: { id: objective.id } },
    });
    expect(stored.data?.draftedFrom).toEqual(marker);
    // Set today, so its first check-in is due a week from now rather than weeks ago.
    expect(stored.data?.since).toBe(testToday());
    const again = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: created.id } },
    });
    expect(again.response.status).toBe(409);
    const audit = await suite.server.client(suite.tokens.admin).GET("/api/v1/audit-events", {
      params: { query: { entity: "objective", entityId: objective.id } },
    });
    expect(audit.data?.items[0]).toMatchObject({
      action: "create",
      actor: "user:editor@example.com",
    });
  });

  it("applies the person's edits and renames key results whose ids are taken", async () => {
    const one = await draft("Do we raise Pro prices 20% next quarter?");
    const two = await draft("Do we raise Pro prices 20% next quarter?");
    const first = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: one.id } },
      body: { objective: { id: "pricing", owner: "li", cycle: "2026-Q4" } },
    });
    expect(first.data?.objective).toMatchObject({ id: "pricing", owner: "li", cycle: "2026-Q4" });
    const second = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: two.id } },
      body: {
        objective: {
          title: "Make Pro worth its new price to the customers who stay",
          keyResults: [
            { title: "Keep Pro logo churn from 2% to under 1.5%", from: 2, to: 1.5, unit: "%" },
            { title: "Raise Pro ARPA from 120 to 150 USD", from: 120, to: 150, unit: "USD" },
          ],
        },
      },
    });
    expect(second.response.status).toBe(201);
    const krs = second.data?.objective.keyResults ?? [];
    expect(krs.map((kr) => kr.title)).toEqual([
      "Keep Pro logo churn from 2% to under 1.5%",
      "Raise Pro ARPA from 120 to 150 USD",
    ]);
    const firstIds = new Set((first.data?.objective.keyResults ?? []).map((kr) => kr.id));
    for (const kr of krs) expect(firstIds.has(kr.id)).toBe(false);
    // The same draft again: its key result ids are taken, so they are prefixed, and the
    // metric tripwire follows its renamed key result.
    const three = await draft("Do we raise Pro prices 20% next quarter?");
    const third = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: three.id } },
    });
    const objective = third.data?.objective;
    const ids = (objective?.keyResults ?? []).map((kr) => kr.id);
    for (const id of ids) expect(firstIds.has(id)).toBe(false);
    const draftIds = (three.result.okr?.keyResults ?? []).map((kr) => kr.id);
    for (const [i, id] of draftIds.entries())
      expect(ids[i]).toBe(firstIds.has(id) ? `${objective?.id}-${id}` : id);
    expect(draftIds.some((id) => firstIds.has(id))).toBe(true);
    for (const criterion of objective?.killCriteria ?? [])
      if (criterion.metric) expect(ids).toContain(criterion.metric);
  });

  it("rolls everything back when the objective id is taken (409) and leaves the draft open", async () => {
    const created = await draft("Should we launch a self-serve plan for small teams?");
    const clash = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: created.id } },
      body: { objective: { id: "onboarding" } },
    });
    expect(clash.response.status).toBe(409);
    const still = await editor().GET("/api/v1/drafts/{id}", {
      params: { path: { id: created.id } },
    });
    expect(still.data?.status).toBe("open");
    const proposed = await editor().GET("/api/v1/kpis", {
      params: { query: { status: "proposed" } },
    });
    const fromThisDraft = (proposed.data?.items ?? []).filter(
      (kpi) => kpi.draftedFrom?.draft === created.id,
    );
    expect(fromThisDraft).toEqual([]);
  });

  it("dismisses an open draft once; a decided draft cannot be dismissed", async () => {
    const created = await draft("Should we open a support hub in Lisbon?");
    const dismissed = await editor().POST("/api/v1/drafts/{id}/dismiss", {
      params: { path: { id: created.id } },
    });
    expect(dismissed.data).toMatchObject({
      status: "dismissed",
      decidedBy: "user:editor@example.com",
    });
    const twice = await editor().POST("/api/v1/drafts/{id}/dismiss", {
      params: { path: { id: created.id } },
    });
    expect(twice.response.status).toBe(409);
    const accept = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: created.id } },
    });
    expect(accept.response.status).toBe(409);
  });

  it("validates the decision, the team and the edits with field paths", async () => {
    const short = await editor().POST("/api/v1/drafts", { body: { decision: "x" } });
    expect(short.response.status).toBe(422);
    expect(short.error?.errors?.[0]?.path).toBe("/decision");
    const team = await editor().POST("/api/v1/drafts", {
      body: { decision: DECISION, team: "nope" },
    });
    expect(team.error?.errors?.[0]?.path).toBe("/team");
    const created = await draft();
    const owner = await editor().POST("/api/v1/drafts/{id}/accept", {
      params: { path: { id: created.id } },
      body: { objective: { owner: "ghost" } },
    });
    expect(owner.response.status).toBe(422);
    expect(owner.error?.errors?.[0]?.path).toBe("/objective/owner");
    const missing = await editor().GET("/api/v1/drafts/{id}", { params: { path: { id: "nope" } } });
    expect(missing.response.status).toBe(404);
  });

  it("lets viewers read drafts but not create, accept or dismiss them", async () => {
    const viewer = suite.server.client(suite.tokens.viewer);
    expect((await viewer.GET("/api/v1/drafts")).response.status).toBe(200);
    expect(
      (await viewer.POST("/api/v1/drafts", { body: { decision: DECISION } })).response.status,
    ).toBe(403);
    const created = await draft();
    const path = { id: created.id };
    expect(
      (await viewer.POST("/api/v1/drafts/{id}/accept", { params: { path } })).response.status,
    ).toBe(403);
    expect(
      (await viewer.POST("/api/v1/drafts/{id}/dismiss", { params: { path } })).response.status,
    ).toBe(403);
    expect((await suite.server.client().GET("/api/v1/drafts")).response.status).toBe(401);
  });

  it("takes baselines only from KPIs everyone may see: drafts are shared", async () => {
    const decision = "Should we invest in customer success to lift net revenue retention?";
    const tracked = (d: { result: { candidates: { workspaceKpi?: string }[] } }) =>
      d.result.candidates.map((c) => c.workspaceKpi).filter(Boolean);
    expect(tracked(await draft(decision))).toContain("nrr");
    const admin = suite.server.client(suite.tokens.admin);
    const nrr = await admin.GET("/api/v1/kpis/{id}", { params: { path: { id: "nrr" } } });
    await admin.PATCH("/api/v1/kpis/{id}", {
      params: {
        path: { id: "nrr" },
        header: { "if-match": nrr.response.headers.get("etag") ?? "" },
      },
      body: { private: true },
    });
    expect(tracked(await draft(decision))).not.toContain("nrr");
  });

  it("round-trips the drafted-from marker through export and apply", async () => {
    const admin = suite.server.client(suite.tokens.admin);
    const exported = await admin.GET("/api/v1/workspace");
    const document = exported.data as { objectives?: { draftedFrom?: unknown }[] };
    expect(document.objectives?.some((o) => o.draftedFrom)).toBe(true);
    const applied = await admin.PUT("/api/v1/workspace", {
      params: { query: { dryRun: "true" } },
      body: exported.data as never,
    });
    expect(applied.data?.created).toEqual({});
    expect(applied.data?.changed).toEqual({});
  });
});
