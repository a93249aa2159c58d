import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { Id, IsoDay, KeyResultInput } from "../../core/model/index.js";
import { draftDecision } from "../../core/reasoning/draft-decision.js";
import { acceptDraft } from "../../store/drafts/accept-draft.js";
import {
  createDraft,
  dismissDraft,
  getDraft,
  listDrafts,
} from "../../store/drafts/draft-records.js";
import type { Store } from "../../store/open-store.js";
import { getPerson } from "../../store/repositories/people.js";
import { getTeam } from "../../store/repositories/teams.js";
import { exportVisibleDocument } from "../../store/repositories/visible-document.js";
import { AppError } from "../app-error.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { actorOf, requireEditor, requireUser, throwWriteFailure } from "../guards.js";
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
  problem,
} from "../schemas.js";
import { DecisionDraftSchema } from "./draft-schemas.js";
import { Kpi } from "./kpis.js";
import { Objective } from "./objectives.js";

const Draft = z
  .object({
    id: z.string(),
    decision: z.string(),
    team: z.string().optional(),
    status: z.enum(["open", "accepted", "dismissed"]),
    createdAt: z.string(),
    createdBy: z.string(),
    result: DecisionDraftSchema,
    decidedBy: z.string().optional(),
    decidedAt: z.string().optional(),
    objective: z
      .string()
      .optional()
      .openapi({ description: "The objective an accepted draft created" }),
  })
  .openapi("Draft");
const NewDraft = z
  .strictObject({
    decision: z
      .string()
      .trim()
      .min(3, {
        message: 'state the decision, e.g. "Should we expand into mid-market EMEA in H2?"',
      })
      .max(2000),
    team: Id.optional().openapi({ description: "The team the draft OKR is for" }),
    asOf: IsoDay.optional().openapi({ description: "The day it is drafted for; today by default" }),
  })
  .openapi("NewDraft");
const DraftAcceptance = z
  .strictObject({
    objective: z
      .strictObject({
        id: Id.optional(),
        title: z.string().min(1).optional(),
        owner: Id.optional(),
        team: Id.optional(),
        cycle: z.string().min(1).optional(),
        keyResults: z
          .array(KeyResultInput.extend({ id: Id.optional() }))
          .min(1)
          .optional()
          .openapi({ description: "Replaces the draft's key results" }),
      })
      .optional(),
  })
  .openapi("DraftAcceptance");
const AcceptedDraft = z
  .object({ draft: Draft, objective: Objective, kpis: z.array(Kpi) })
  .openapi("AcceptedDraft");
const DraftQuery = PageQuery.extend({
  status: z.enum(["open", "accepted", "dismissed"]).optional(),
});

const create = createRoute({
  method: "post",
  path: "/drafts",
  tags: ["drafts"],
  request: { body: jsonBody(NewDraft) },
  responses: { 201: jsonResponse(Draft, "Drafted and stored"), ...errorResponses },
});
const list = createRoute({
  method: "get",
  path: "/drafts",
  tags: ["drafts"],
  request: { query: DraftQuery },
  responses: { 200: jsonResponse(pageOf(Draft, "DraftPage"), "Newest first"), ...errorResponses },
});
const get = createRoute({
  method: "get",
  path: "/drafts/{id}",
  tags: ["drafts"],
  request: { params: IdParam },
  responses: { 200: jsonResponse(Draft, "A draft"), ...errorResponses },
});
const accept = createRoute({
  method: "post",
  path: "/drafts/{id}/accept",
  tags: ["drafts"],
  request: {
    params: IdParam,
    body: { ...jsonBody(DraftAcceptance), required: false },
  },
  responses: {
    201: jsonResponse(AcceptedDraft, "The objective and proposed KPIs, created in one transaction"),
    409: problem("The draft was already accepted or dismissed, or an id is taken"),
    ...errorResponses,
  },
});
const dismiss = createRoute({
  method: "post",
  path: "/drafts/{id}/dismiss",
  tags: ["drafts"],
  request: { params: IdParam },
  responses: {
    200: jsonResponse(Draft, "Dismissed; nothing was created"),
    409: problem("The draft was already accepted or dismissed"),
    ...errorResponses,
  },
});

/** 422 unless every referenced person and team exists. */
async function checkReferences(
  store: Store,
  refs: { path: string; kind: "person" | "team"; id: string | undefined }[],
): Promise<void> {
  const errors = [];
  for (const ref of refs) {
    if (ref.id === undefined) continue;
    const found =
      ref.kind === "person" ? await getPerson(store.db, ref.id) : await getTeam(store.db, ref.id);
    if (!found) errors.push({ path: ref.path, message: `no ${ref.kind} "${ref.id}"` });
  }
  if (errors.length > 0)
    throw new AppError("validation-failed", "the request names what does not exist", { errors });
}

/** The decision engine over HTTP: drafts are stored, then accepted (creating goals) or dismissed. */
export function registerDraftRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(create, async (c) => {
    const user = requireEditor(c);
    const { decision, team, asOf } = c.req.valid("json");
    await checkReferences(store, [{ path: "/team", kind: "team", id: team }]);
    // Drafts are shared with everyone: baselines come only from KPIs that are not team-private.
    const workspace = await exportVisibleDocument(store.db, { admin: false, teams: [] });
    const result = draftDecision(decision, {
      asOf: asOf ?? requestToday(c),
      ...(workspace ? { workspace } : {}),
      ...(team ? { team } : {}),
    });
    const draft = await createDraft(store.db, { decision, team, result }, { actor: actorOf(user) });
    c.header("location", `/api/v1/drafts/${draft.id}`);
    return c.json(draft, 201);
  });
  app.openapi(list, async (c) => {
    requireUser(c);
    const { limit, cursor, status } = c.req.valid("query");
    const page = await listDrafts(store.db, { status }, { limit, cursor });
    return c.json(page, 200);
  });
  app.openapi(get, async (c) => {
    requireUser(c);
    const draft = await getDraft(store.db, c.req.valid("param").id);
    if (!draft) throw new AppError("not-found", "no draft with this id");
    return c.json(draft, 200);
  });
  app.openapi(accept, async (c) => {
    const user = requireEditor(c);
    const edits = (c.req.valid("json") as z.infer<typeof DraftAcceptance> | undefined)?.objective;
    await checkReferences(store, [
      { path: "/objective/owner", kind: "person", id: edits?.owner },
      { path: "/objective/team", kind: "team", id: edits?.team },
    ]);
    const owner = edits?.owner ?? user.person;
    const outcome = await acceptDraft(
      store.db,
      c.req.valid("param").id,
      { ...edits, ...(owner ? { owner } : {}), since: requestToday(c) },
      { actor: actorOf(user) },
    );
    if (!outcome.ok) throwWriteFailure(outcome, "draft");
    c.header("location", `/api/v1/objectives/${outcome.value.objective.id}`);
    return c.json(outcome.value, 201);
  });
  app.openapi(dismiss, async (c) => {
    const user = requireEditor(c);
    const outcome = await dismissDraft(store.db, c.req.valid("param").id, { actor: actorOf(user) });
    if (!outcome.ok) throwWriteFailure(outcome, "draft");
    return c.json(outcome.value, 200);
  });
}
