import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { CycleInput, TeamInput } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import { type AuditFilter, listAuditEvents } from "../../store/repositories/audit.js";
import { cycleWrites, teamWrites } from "../../store/repositories/directory-writes.js";
import { getCycle, getTeam, listCycles, listTeams } from "../../store/repositories/teams.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import { etagOf, requireEditor, requireUser, viewerOf } from "../guards.js";
import type { RevisionCache } from "../revision-cache.js";
import { errorResponses, IdParam, jsonResponse, PageQuery, pageOf } from "../schemas.js";
import { registerGuardedRoutes } from "./guarded-routes.js";

const Team = TeamInput.extend({}).openapi("Team");
const TeamPatch = TeamInput.omit({ id: true }).partial().openapi("TeamPatch");
const Cycle = z.object(CycleInput.shape).openapi("Cycle");
const CyclePatch = z.object(CycleInput.shape).omit({ id: true }).partial().openapi("CyclePatch");
const AuditEvent = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    entity: z.string(),
    entityId: z.string(),
    action: z.enum(["create", "update", "delete"]),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().optional(),
  })
  .openapi("AuditEvent");
const Light = z.enum(["green", "amber", "red", "unknown"]);
const Summary = z
  .object({
    counts: z.object({
      people: z.number(),
      teams: z.number(),
      kpis: z.number(),
      objectives: z.number(),
      keyResults: z.number(),
    }),
    kpiStatus: z.object({
      green: z.number(),
      amber: z.number(),
      red: z.number(),
      unknown: z.number(),
    }),
    kpis: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: Light,
        value: z.number().optional(),
        at: z.string().optional(),
      }),
    ),
    objectives: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        cycle: z.string().optional(),
        team: z.string().optional(),
        keyResults: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            latest: z
              .object({ at: z.string(), value: z.number(), confidence: z.number().optional() })
              .optional(),
          }),
        ),
      }),
    ),
  })
  .openapi("Summary");

const teams = createRoute({
  method: "get",
  path: "/teams",
  tags: ["directory"],
  request: { query: PageQuery },
  responses: { 200: jsonResponse(pageOf(Team, "TeamPage"), "Teams"), ...errorResponses },
});
const team = createRoute({
  method: "get",
  path: "/teams/{id}",
  tags: ["directory"],
  request: { params: IdParam },
  responses: { 200: jsonResponse(Team, "A team"), ...errorResponses },
});
const cycles = createRoute({
  method: "get",
  path: "/cycles",
  tags: ["directory"],
  responses: {
    200: jsonResponse(z.object({ items: z.array(Cycle) }), "Declared and referenced cycles"),
    ...errorResponses,
  },
});
const cycle = createRoute({
  method: "get",
  path: "/cycles/{id}",
  tags: ["directory"],
  request: { params: IdParam },
  responses: {
    200: jsonResponse(Cycle, "A cycle; declared ones carry an ETag for updates"),
    ...errorResponses,
  },
});
const audit = createRoute({
  method: "get",
  path: "/audit-events",
  tags: ["audit"],
  request: {
    query: PageQuery.extend({
      entity: z.string().optional().openapi({ example: "kpi" }),
      entityId: z.string().optional(),
      actor: z.string().optional(),
    }),
  },
  responses: {
    200: jsonResponse(pageOf(AuditEvent, "AuditEventPage"), "Newest first"),
    ...errorResponses,
  },
});
const summary = createRoute({
  method: "get",
  path: "/summary",
  tags: ["dashboard"],
  request: { query: z.object({ cycle: z.string().optional() }) },
  responses: { 200: jsonResponse(Summary, "The dashboard's first screen"), ...errorResponses },
});

/** Read-only directory resources: teams, cycles, the audit trail and the dashboard summary. */
export function registerDirectoryRoutes(
  app: OpenAPIHono<AppEnv>,
  store: Store,
  cache: RevisionCache,
): void {
  app.openapi(teams, async (c) => {
    requireUser(c);
    return c.json(await listTeams(store.db, c.req.valid("query")), 200);
  });
  app.openapi(team, async (c) => {
    requireUser(c);
    const found = await getTeam(store.db, c.req.valid("param").id);
    if (!found) throw new AppError("not-found", "no team with this id");
    c.header("etag", etagOf(versionOf(found)));
    return c.json(found, 200);
  });
  app.openapi(cycles, async (c) => {
    requireUser(c);
    return c.json({ items: await listCycles(store.db) }, 200);
  });
  app.openapi(cycle, async (c) => {
    requireUser(c);
    const { id } = c.req.valid("param");
    const declared = await getCycle(store.db, id);
    if (declared) {
      c.header("etag", etagOf(versionOf(declared)));
      return c.json(declared, 200);
    }
    // A cycle only named by objectives (`2026-Q3`) resolves but is not stored: no ETag.
    const named = (await listCycles(store.db)).find((item) => item.id === id);
    if (!named) throw new AppError("not-found", "no cycle with this id: POST /cycles declares one");
    return c.json(named, 200);
  });
  registerGuardedRoutes(app, store, {
    path: "/teams",
    tag: "directory",
    name: "team",
    item: Team,
    patch: TeamPatch,
    writes: teamWrites,
    guard: requireEditor,
  });
  registerGuardedRoutes(app, store, {
    path: "/cycles",
    tag: "directory",
    name: "cycle",
    item: Cycle,
    patch: CyclePatch,
    writes: cycleWrites,
    guard: requireEditor,
  });
  app.openapi(audit, async (c) => {
    const user = requireUser(c);
    // Audit events carry before/after snapshots, private items included: admins only.
    if (user.role !== "admin") throw new AppError("forbidden", "the audit trail is for admins");
    const { limit, cursor, ...filter } = c.req.valid("query");
    return c.json(await listAuditEvents(store.db, filter as AuditFilter, { limit, cursor }), 200);
  });
  app.openapi(summary, async (c) => {
    const viewer = viewerOf(requireUser(c));
    return c.json(await cache.summarize(viewer, c.req.valid("query")), 200);
  });
}
