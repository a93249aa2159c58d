import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { DecisionOutcome, IsoDay } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import { listDecisions } from "../../store/repositories/decisions.js";
import { assessStoredObjectives } from "../../store/repositories/objective-status.js";
import { getObjective, type ObjectiveResource } from "../../store/repositories/objectives.js";
import { getPerson } from "../../store/repositories/people.js";
import { recordDecision } from "../../store/tracking/record-decision.js";
import { AppError } from "../app-error.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { actorOf, requireEditor, requireUser, viewerOf } from "../guards.js";
import { errorResponses, IdParam, jsonBody, jsonResponse, problem } from "../schemas.js";

const Decision = z
  .object({
    objective: z.string(),
    tripwire: z.number().int().openapi({ description: "The kill criterion's number, from 1" }),
    outcome: z.enum(["stop", "continue", "change"]),
    by: z.string().openapi({ description: "The person who decided" }),
    at: z.string(),
    reason: z.string(),
    recordedBy: z.string().openapi({ description: "The account that recorded it" }),
    recordedAt: z.string(),
  })
  .openapi("Decision");
const NewDecision = z
  .strictObject({
    outcome: DecisionOutcome,
    reason: z.string().trim().min(1, { message: "say why: the evidence the decision rests on" }),
    decidedBy: z
      .string()
      .optional()
      .openapi({ description: "A person id; defaults to the caller's linked person" }),
    tripwire: z.number().int().min(1).optional().openapi({
      description:
        "Which kill criterion (from 1); defaults to the first fired one awaiting a decision",
    }),
    at: IsoDay.optional().openapi({ description: "The day it was decided; today by default" }),
  })
  .openapi("NewDecision");

const history = createRoute({
  method: "get",
  path: "/objectives/{id}/decisions",
  tags: ["objectives"],
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(Decision) }), "Every decision, newest first"),
    ...errorResponses,
  },
});
const decide = createRoute({
  method: "post",
  path: "/objectives/{id}/decisions",
  tags: ["objectives"],
  request: { params: IdParam, body: jsonBody(NewDecision) },
  responses: {
    201: jsonResponse(Decision, "Recorded; the objective no longer requires this decision"),
    409: problem("No fired tripwire awaits a decision and none was named"),
    ...errorResponses,
  },
});

/** The first fired tripwire nobody has decided on yet, as a position from 0. */
async function awaitingDecision(
  store: Store,
  objective: ObjectiveResource,
  asOf: string,
): Promise<number> {
  const status = (await assessStoredObjectives(store.db, [objective], asOf)).get(objective.id);
  const position = (status?.tripwires ?? []).findIndex(
    (wire) => wire.state === "fired" && wire.decision === undefined,
  );
  if (position < 0)
    throw new AppError(
      "conflict",
      "no fired tripwire of this objective awaits a decision: name one with `tripwire` to revisit it",
    );
  return position;
}

/** The stop/continue/change calls fired tripwires demand, and their history. */
export function registerDecisionRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(history, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await getObjective(store.db, viewerOf(requireUser(c)), id)))
      throw new AppError("not-found", "no objective with this id");
    return c.json({ items: await listDecisions(store.db, id) }, 200);
  });
  app.openapi(decide, async (c) => {
    const user = requireEditor(c);
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const objective = await getObjective(store.db, viewerOf(user), id);
    if (!objective) throw new AppError("not-found", "no objective with this id");
    const by = body.decidedBy ?? user.person;
    if (!by || !(await getPerson(store.db, by)))
      throw new AppError("validation-failed", "a decision is taken by a person of the workspace", {
        errors: [{ path: "/decidedBy", message: by ? `no person "${by}"` : "required" }],
      });
    const count = objective.killCriteria?.length ?? 0;
    if (body.tripwire !== undefined && body.tripwire > count)
      throw new AppError("validation-failed", `this objective has ${count} kill criteria`, {
        errors: [{ path: "/tripwire", message: `between 1 and ${count}` }],
      });
    const position =
      body.tripwire === undefined
        ? await awaitingDecision(store, objective, requestToday(c))
        : body.tripwire - 1;
    const decision = {
      outcome: body.outcome,
      by,
      at: body.at ?? requestToday(c),
      reason: body.reason,
    };
    const outcome = await recordDecision(store.db, {
      objectiveId: id,
      tripwire: position,
      decision,
      actor: actorOf(user),
    });
    if (!outcome.ok) throw new AppError("not-found", "the objective or tripwire is gone");
    const [recorded] = await listDecisions(store.db, id);
    if (!recorded) throw new Error("a recorded decision is missing from the audit trail");
    c.header("location", `/api/v1/objectives/${id}/decisions`);
    return c.json(recorded, 201);
  });
}
