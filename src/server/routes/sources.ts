import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { addSource, SourceInput, SourceInputError } from "../../agent/sources/add-source.js";
import type { AppContext } from "../../app/app-context.js";
import { pullSource } from "../../app/pull-source.js";
import { PullConnectorName } from "../../connectors/pull-connectors.js";
import { deleteSource, getSource, listSources, publicSource } from "../../store/agent/sources.js";
import { hiddenFrom } from "../../store/agent/visible-document.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import {
  actorOf,
  etagOf,
  requireAdmin,
  requireEditor,
  requireUser,
  throwWriteFailure,
  viewerOf,
} from "../guards.js";
import { throwValidation } from "../problem.js";
import {
  createErrorResponses,
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
} from "../schemas.js";

const Source = z
  .object({
    id: z.string(),
    metric: z.string().openapi({ description: "The KPI or key result the source feeds" }),
    kind: PullConnectorName,
    config: z.unknown().openapi({ description: "The connector's query (never a secret)" }),
    credentialsRef: z.string().optional(),
    hasStoredCredentials: z.boolean(),
    cadence: z.enum(["daily", "weekly", "monthly"]),
    status: z.enum(["healthy", "failing", "never-run"]),
    lastRunAt: z.string().optional(),
    lastSuccessAt: z.string().optional(),
    error: z
      .object({ kind: z.string(), message: z.string(), since: z.string() })
      .optional()
      .openapi({ description: "stale: source failing — the last error and when failures began" }),
  })
  .openapi("Source");
const NewSource = z
  .object({
    id: z.string(),
    metric: z.string(),
    kind: PullConnectorName,
    config: z.record(z.string(), z.unknown()),
    credentialsRef: z.string().optional(),
    credentials: z
      .record(z.string(), z.string())
      .optional()
      .openapi({ description: "Stored encrypted (OKAPI_SECRET_KEY); never returned" }),
    cadence: z.enum(["daily", "weekly", "monthly"]).optional(),
  })
  .openapi("NewSource");
const RunResult = z
  .object({
    ok: z.boolean(),
    value: z.number().optional(),
    at: z.string().optional(),
    attempts: z.number(),
    failure: z.object({ kind: z.string(), message: z.string() }).optional(),
    source: Source,
  })
  .openapi("SourceRun");

const list = createRoute({
  method: "get",
  path: "/sources",
  tags: ["sources"],
  responses: {
    200: jsonResponse(z.object({ items: z.array(Source) }), "Data sources"),
    ...errorResponses,
  },
});
const create = createRoute({
  method: "post",
  path: "/sources",
  tags: ["sources"],
  request: { body: jsonBody(NewSource) },
  responses: { 201: jsonResponse(Source, "Added"), ...createErrorResponses },
});
const remove = createRoute({
  method: "delete",
  path: "/sources/{id}",
  tags: ["sources"],
  request: { params: IdParam },
  responses: { 204: { description: "Removed (its measurements stay)" }, ...errorResponses },
});
const run = createRoute({
  method: "post",
  path: "/sources/{id}/run",
  tags: ["sources"],
  summary: "Pull the source now; a failure marks its metric stale and writes no value",
  request: { params: IdParam },
  responses: { 200: jsonResponse(RunResult, "The pull's outcome"), ...errorResponses },
});

/** Data sources bound to KPIs and key results: credentials go in, never come out. */
export function registerSourceRoutes(app: OpenAPIHono<AppEnv>, context: AppContext): void {
  const { store } = context;
  app.openapi(list, async (c) => {
    const user = requireUser(c);
    // A source of another team's private KPI would reveal that the KPI exists.
    const hidden = (await hiddenFrom(store, viewerOf(user))).metrics;
    const items = (await listSources(store.db))
      .filter((source) => !hidden.has(source.metric))
      .map(publicSource) as z.infer<typeof Source>[];
    return c.json({ items }, 200);
  });
  app.openapi(create, async (c) => {
    const user = requireAdmin(c);
    const parsed = SourceInput.safeParse(c.req.valid("json"));
    if (!parsed.success) throwValidation(parsed.error, "json");
    let outcome: Awaited<ReturnType<typeof addSource>>;
    try {
      outcome = await addSource(store, parsed.data, { actor: actorOf(user), env: process.env });
    } catch (error) {
      if (error instanceof SourceInputError) throw new AppError("validation-failed", error.message);
      throw error;
    }
    if (!outcome.ok) throwWriteFailure(outcome, "source");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value as z.infer<typeof Source>, 201);
  });
  app.openapi(remove, async (c) => {
    const user = requireAdmin(c);
    const outcome = await deleteSource(store.db, c.req.valid("param").id, actorOf(user));
    if (!outcome.ok) throwWriteFailure(outcome, "source");
    return c.body(null, 204);
  });
  app.openapi(run, async (c) => {
    requireEditor(c);
    const id = c.req.valid("param").id;
    const source = await getSource(store.db, id);
    if (!source) throw new AppError("not-found", "no source with this id");
    const clock = c.get("clock");
    const result = await pullSource(context, source, {
      env: process.env,
      now: () => clock.now(),
    });
    const after = publicSource((await getSource(store.db, id)) ?? source);
    c.header("etag", etagOf(versionOf(after)));
    return c.json(
      {
        ok: result.ok,
        attempts: result.attempts,
        ...(result.ok
          ? { value: result.value, at: result.at }
          : { failure: { kind: result.failure.kind, message: result.failure.message } }),
        source: after as z.infer<typeof Source>,
      },
      200,
    );
  });
}
