import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/app-context.js";
import { recordCheckin } from "../../app/record-checkin.js";
import { CheckinInput, KeyResultInput } from "../../core/model/index.js";
import {
  getKeyResult,
  keyResultDefinition,
  updateKeyResult,
} from "../../store/repositories/key-results.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
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
import {
  errorResponses,
  IdParam,
  IfMatchHeader,
  jsonBody,
  jsonResponse,
  updateErrorResponses,
} from "../schemas.js";

const Checkin = CheckinInput.extend({}).openapi("Checkin");
const KeyResult = KeyResultInput.omit({ checkins: true })
  .extend({ objective: z.string() })
  .openapi("KeyResult");
const KeyResultPatch = KeyResultInput.omit({ id: true, checkins: true })
  .extend({
    reason: z.string().min(1).openapi({ description: "Why; required when from, to or band moves" }),
  })
  .partial()
  .openapi("KeyResultPatch");
const NewCheckin = CheckinInput.omit({ blockers: true })
  .extend({ blockers: z.array(z.string()).optional() })
  .openapi("NewCheckin");
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const get = createRoute({
  method: "get",
  path: "/key-results/{id}",
  tags: ["objectives"],
  request: { params: IdParam },
  responses: { 200: jsonResponse(KeyResult, "A key result"), ...errorResponses },
});
const update = createRoute({
  method: "patch",
  path: "/key-results/{id}",
  tags: ["objectives"],
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(KeyResultPatch) },
  responses: { 200: jsonResponse(KeyResult, "Updated"), ...updateErrorResponses },
});
const listCheckins = createRoute({
  method: "get",
  path: "/key-results/{id}/checkins",
  tags: ["objectives"],
  request: { params: IdParam },
  responses: {
    200: json(
      z.object({ items: z.array(Checkin) }),
      "Check-ins, oldest first (corrections applied)",
    ),
    ...errorResponses,
  },
});
const addCheckin = createRoute({
  method: "post",
  path: "/key-results/{id}/checkins",
  tags: ["objectives"],
  request: { params: IdParam, body: jsonBody(NewCheckin) },
  responses: {
    201: json(
      z.object({ checkin: Checkin, corrected: z.boolean() }),
      "Recorded; a second check-in on the same day corrects the first",
    ),
    ...errorResponses,
  },
});

/** Key results: definition updates (target moves need a reason) and weekly check-ins. */
export function registerKeyResultRoutes(app: OpenAPIHono<AppEnv>, context: AppContext): void {
  const { store } = context;
  app.openapi(get, async (c) => {
    const kr = await getKeyResult(store.db, viewerOf(requireUser(c)), c.req.valid("param").id);
    if (!kr) throw new AppError("not-found", "no key result with this id");
    const definition = keyResultDefinition(kr);
    c.header("etag", etagOf(versionOf(definition)));
    return c.json(definition, 200);
  });
  app.openapi(update, async (c) => {
    const user = requireEditor(c);
    const ifMatch = requireIfMatch(c);
    const { reason, ...patch } = c.req.valid("json");
    const outcome = await updateKeyResult(
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
    if (!outcome.ok) throwWriteFailure(outcome, "key result");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 200);
  });
  app.openapi(listCheckins, async (c) => {
    const kr = await getKeyResult(store.db, viewerOf(requireUser(c)), c.req.valid("param").id);
    if (!kr) throw new AppError("not-found", "no key result with this id");
    return c.json({ items: kr.checkins ?? [] }, 200);
  });
  app.openapi(addCheckin, async (c) => {
    const user = requireEditor(c);
    const { id } = c.req.valid("param");
    if (!(await getKeyResult(store.db, viewerOf(user), id)))
      throw new AppError("not-found", "no key result with this id");
    const body = c.req.valid("json");
    const outcome = await recordCheckin(context, {
      keyResultId: id,
      ...body,
      by: body.by ?? user.person,
      actor: actorOf(user),
    });
    if (!outcome.ok && outcome.reason === "unknown-person")
      throw new AppError("validation-failed", "`by` is not a person of the workspace", {
        errors: [{ path: "/by", message: "use a person id (GET /api/v1/people lists them)" }],
      });
    if (!outcome.ok) throw new AppError("not-found", "no key result with this id");
    return c.json({ checkin: outcome.checkin, corrected: outcome.corrected }, 201);
  });
}
