import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ObjectiveInput } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import {
  createObjective,
  deleteObjective,
  objectiveVersion,
  updateObjective,
} from "../../store/repositories/objectives.js";
import {
  getTrackedObjective,
  listTrackedObjectives,
} from "../../store/repositories/tracked-objectives.js";
import { AppError } from "../app-error.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import {
  actorOf,
  etagOf,
  requireEditor,
  requireIfMatch,
  requireUser,
  throwWriteFailure,
  viewerOf,
} from "../guards.js";
import type { RevisionCache } from "../revision-cache.js";
import {
  createErrorResponses,
  errorResponses,
  IdParam,
  IfMatchHeader,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
  updateErrorResponses,
} from "../schemas.js";
import { Risk, Tripwire } from "./status-schemas.js";

export const Objective = ObjectiveInput.extend({
  private: z.boolean(),
  risk: Risk.optional().openapi({ description: "Computed today; absent for drafts" }),
  decisionRequired: z
    .boolean()
    .optional()
    .openapi({ description: "A tripwire fired and nobody has decided stop, continue or change" }),
  tripwires: z
    .array(Tripwire)
    .optional()
    .openapi({ description: "Each kill criterion evaluated today, in the objective's order" }),
}).openapi("Objective");
const NewObjective = ObjectiveInput.extend({ private: z.boolean().optional() }).openapi(
  "NewObjective",
);
const ObjectivePatch = ObjectiveInput.omit({ id: true, keyResults: true })
  .extend({ private: z.boolean(), reason: z.string().min(1) })
  .partial()
  .openapi("ObjectivePatch");
const ObjectiveQuery = PageQuery.extend({
  team: z.string().optional(),
  cycle: z.string().optional().openapi({ example: "2026-Q3" }),
  owner: z.string().optional(),
  status: z.enum(["draft", "active", "achieved", "missed", "stopped"]).optional(),
  risk: Risk.optional().openapi({ description: "Only objectives at this risk today" }),
});
const Reason = z.object({ reason: z.string().optional() });

const list = createRoute({
  method: "get",
  path: "/objectives",
  tags: ["objectives"],
  request: { query: ObjectiveQuery },
  responses: {
    200: jsonResponse(pageOf(Objective, "ObjectivePage"), "Objectives"),
    ...errorResponses,
  },
});
const get = createRoute({
  method: "get",
  path: "/objectives/{id}",
  tags: ["objectives"],
  request: { params: IdParam },
  responses: {
    200: jsonResponse(Objective, "An objective with its key results"),
    ...errorResponses,
  },
});
const create = createRoute({
  method: "post",
  path: "/objectives",
  tags: ["objectives"],
  request: { body: jsonBody(NewObjective) },
  responses: { 201: jsonResponse(Objective, "Created"), ...createErrorResponses },
});
const update = createRoute({
  method: "patch",
  path: "/objectives/{id}",
  tags: ["objectives"],
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(ObjectivePatch) },
  responses: { 200: jsonResponse(Objective, "Updated"), ...updateErrorResponses },
});
const remove = createRoute({
  method: "delete",
  path: "/objectives/{id}",
  tags: ["objectives"],
  request: { params: IdParam, headers: IfMatchHeader, query: Reason },
  responses: { 204: { description: "Deleted with its key results" }, ...updateErrorResponses },
});

/** Objectives with their key results; key results and check-ins have their own routes. */
export function registerObjectiveRoutes(
  app: OpenAPIHono<AppEnv>,
  store: Store,
  cache: RevisionCache,
): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid("query");
    const viewer = viewerOf(requireUser(c));
    const page = { limit, cursor };
    // Risk is computed from check-ins and KPI values: cached until the goals change.
    const listed = await cache.get(viewer, ["objectives", filter, page], () =>
      listTrackedObjectives(store.db, viewer, filter, page, requestToday(c)),
    );
    return c.json(listed, 200);
  });
  app.openapi(get, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const { id } = c.req.valid("param");
    const found = await cache.get(viewer, ["objective", id], () =>
      getTrackedObjective(store.db, viewer, id, requestToday(c)),
    );
    if (!found) throw new AppError("not-found", "no objective with this id");
    // The ETag covers the stored definition; risk and tripwires are computed for today.
    const { risk: _risk, decisionRequired: _decision, tripwires: _tripwires, ...objective } = found;
    c.header("etag", etagOf(objectiveVersion(objective)));
    return c.json(found, 200);
  });
  app.openapi(create, async (c) => {
    const user = requireEditor(c);
    const { private: isPrivate, ...definition } = c.req.valid("json");
    // Set today unless told otherwise: added mid-cycle, its first check-in is due a week from now.
    const since = definition.since ?? requestToday(c);
    const outcome = await createObjective(
      store.db,
      { ...definition, since, private: isPrivate ?? false },
      { actor: actorOf(user) },
    );
    if (!outcome.ok) throwWriteFailure(outcome, "objective");
    c.header("etag", etagOf(outcome.version));
    c.header("location", `/api/v1/objectives/${definition.id}`);
    return c.json(outcome.value, 201);
  });
  app.openapi(update, async (c) => {
    const user = requireEditor(c);
    const ifMatch = requireIfMatch(c);
    const { reason, ...patch } = c.req.valid("json");
    const outcome = await updateObjective(
      store.db,
      viewerOf(user),
      c.req.valid("param").id,
      patch,
      {
        actor: actorOf(user),
        ifMatch,
        reason,
      },
    );
    if (!outcome.ok) throwWriteFailure(outcome, "objective");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 200);
  });
  app.openapi(remove, async (c) => {
    const user = requireEditor(c);
    const ifMatch = requireIfMatch(c);
    const outcome = await deleteObjective(store.db, viewerOf(user), c.req.valid("param").id, {
      actor: actorOf(user),
      ifMatch,
      reason: c.req.valid("query").reason,
    });
    if (!outcome.ok) throwWriteFailure(outcome, "objective");
    return c.body(null, 204);
  });
}
