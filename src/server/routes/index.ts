import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../context.js";
import type { AppOptions } from "../create-app.js";
import { requireUser } from "../guards.js";
import { throwValidation } from "../problem.js";
import { RevisionCache } from "../revision-cache.js";
import { VisibleDocumentCache } from "../visible-document-cache.js";
import { registerAuthRoutes } from "./auth.js";
import { registerDecisionRoutes } from "./decisions.js";
import { registerDirectoryRoutes } from "./directory.js";
import { registerDraftRoutes } from "./drafts.js";
import { registerJobRoutes } from "./jobs.js";
import { registerKeyResultRoutes } from "./key-results.js";
import { registerKpiHealthRoutes } from "./kpi-health.js";
import { registerKpiTreeRoutes } from "./kpi-tree.js";
import { registerKpiRoutes } from "./kpis.js";
import { registerLintRoutes } from "./lint.js";
import { registerMeasurementRoutes } from "./measurements.js";
import { registerObjectiveFindingRoutes } from "./objective-findings.js";
import { registerObjectiveRoutes } from "./objectives.js";
import { registerOkrStatusRoutes } from "./okr-status.js";
import { registerPeopleRoutes } from "./people.js";
import { registerProposalRoutes } from "./proposals.js";
import { registerReviewRoutes } from "./reviews.js";
import { registerSourceRoutes } from "./sources.js";
import { registerUserRoutes } from "./users.js";
import { registerWebhookRoutes } from "./webhooks.js";
import { registerWorkspaceRoutes } from "./workspace.js";

/** Routes used before one has a session: they validate a body from anyone. */
const ANONYMOUS_PATHS = new Set(["/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/setup"]);

/** Every resource of the API, mounted under /api/v1. */
export function registerApiRoutes(app: OpenAPIHono<AppEnv>, options: AppOptions): void {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      // Authentication before validation: an anonymous caller learns nothing of a body's shape.
      if (!ANONYMOUS_PATHS.has(c.req.path)) requireUser(c);
      throwValidation(result.error, result.target);
    },
  });
  const { store } = options;
  const cache = new RevisionCache(store, options.clock);
  api.use(cache.clearAfterWrites());
  // The computed views (OKR status, KPI health, findings) share one export per revision.
  const documents = new VisibleDocumentCache(store);
  api.use(documents.clearAfterWrites());
  registerAuthRoutes(api, store, options.auth, options.setup);
  registerUserRoutes(api, store);
  registerPeopleRoutes(api, store);
  registerDirectoryRoutes(api, store, cache);
  registerKpiHealthRoutes(api, documents);
  registerKpiRoutes(api, store);
  registerKpiTreeRoutes(api, store);
  registerMeasurementRoutes(api, options.context);
  registerObjectiveRoutes(api, store, cache);
  registerOkrStatusRoutes(api, documents);
  registerObjectiveFindingRoutes(api, documents);
  registerKeyResultRoutes(api, options.context);
  registerProposalRoutes(api, store);
  registerReviewRoutes(api, store);
  registerJobRoutes(api, store);
  registerSourceRoutes(api, options.context);
  registerWorkspaceRoutes(api, store);
  registerWebhookRoutes(api, store);
  registerLintRoutes(api, store);
  registerDecisionRoutes(api, store);
  registerDraftRoutes(api, store);
  app.route("/api/v1", api);
}
