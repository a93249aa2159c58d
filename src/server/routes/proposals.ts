import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Store } from "../../store/open-store.js";
import {
  createProposal,
  decideProposal,
  getProposal,
  listProposals,
} from "../../store/repositories/proposals.js";
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
} from "../guards.js";
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

const Status = z.enum(["open", "accepted", "dismissed"]);
// The kinds the KPI health analysis files (src/core/kpi/propose-*.ts).
const Kind = z.enum(["recovery-okr", "promote-to-kpi", "retire-kpi"]);
const Proposal = z
  .object({
    id: z.string(),
    kind: z.string(),
    subject: z.string().openapi({ description: "The KPI or key result the proposal is about" }),
    payload: z.unknown(),
    status: Status,
    decidedBy: z.string().optional(),
    decidedAt: z.string().optional(),
    createdAt: z.string(),
  })
  .openapi("Proposal");
const NewProposal = z
  .object({ kind: Kind, subject: z.string().min(1), payload: z.record(z.string(), z.unknown()) })
  .openapi("NewProposal");
const Decision = z
  .object({ status: z.enum(["accepted", "dismissed"]), reason: z.string().min(1).optional() })
  .openapi("ProposalDecision");

const list = createRoute({
  method: "get",
  path: "/proposals",
  tags: ["proposals"],
  request: { query: PageQuery.extend({ status: Status.optional(), kind: Kind.optional() }) },
  responses: {
    200: jsonResponse(pageOf(Proposal, "ProposalPage"), "Proposals"),
    ...errorResponses,
  },
});
const get = createRoute({
  method: "get",
  path: "/proposals/{id}",
  tags: ["proposals"],
  request: { params: IdParam },
  responses: { 200: jsonResponse(Proposal, "A proposal"), ...errorResponses },
});
const create = createRoute({
  method: "post",
  path: "/proposals",
  tags: ["proposals"],
  request: { body: jsonBody(NewProposal) },
  responses: { 201: jsonResponse(Proposal, "Filed"), ...createErrorResponses },
});
const decide = createRoute({
  method: "patch",
  path: "/proposals/{id}",
  tags: ["proposals"],
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(Decision) },
  responses: {
    200: jsonResponse(Proposal, "Decided"),
    ...updateErrorResponses,
    409: createErrorResponses[409],
  },
});

/** Proposals (KPI → OKR, OKR → KPI, retirement): a person accepts or dismisses each one. */
export function registerProposalRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(list, async (c) => {
    requireUser(c);
    const { limit, cursor, ...filter } = c.req.valid("query");
    return c.json(await listProposals(store.db, filter, { limit, cursor }), 200);
  });
  app.openapi(get, async (c) => {
    requireUser(c);
    const proposal = await getProposal(store.db, c.req.valid("param").id);
    if (!proposal) throw new AppError("not-found", "no proposal with this id");
    c.header("etag", etagOf(versionOf(proposal)));
    return c.json(proposal, 200);
  });
  app.openapi(create, async (c) => {
    const user = requireEditor(c);
    const outcome = await createProposal(store.db, c.req.valid("json"), { actor: actorOf(user) });
    if (!outcome.ok) throwWriteFailure(outcome, "proposal");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 201);
  });
  app.openapi(decide, async (c) => {
    const user = requireEditor(c);
    const ifMatch = requireIfMatch(c);
    const { status, reason } = c.req.valid("json");
    const outcome = await decideProposal(store.db, c.req.valid("param").id, status, {
      actor: actorOf(user),
      ifMatch,
      reason,
    });
    if (!outcome.ok) throwWriteFailure(outcome, "proposal");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 200);
  });
}
