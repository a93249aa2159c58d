import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../context.js";
import type { AppOptions } from "../create-app.js";
import { throwValidation } from "../problem.js";
import { registerAuthRoutes } from "./auth.js";
import { registerDirectoryRoutes } from "./directory.js";
import { registerKeyResultRoutes } from "./key-results.js";
import { registerKpiRoutes } from "./kpis.js";
import { registerMeasurementRoutes } from "./measurements.js";
import { registerObjectiveRoutes } from "./objectives.js";
import { registerPeopleRoutes } from "./people.js";
import { registerProposalRoutes } from "./proposals.js";
import { registerUserRoutes } from "./users.js";
import { registerWebhookRoutes } from "./webhooks.js";
import { registerWorkspaceRoutes } from "./workspace.js";

/** Every resource of the API, mounted under /api/v1. */
export function registerApiRoutes(app: OpenAPIHono<AppEnv>, options: AppOptions): void {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throwValidation(result.error, result.target);
    },
  });
  const { store } = options;
  registerAuthRoutes(api, store, options.auth, options.setup);
  registerUserRoutes(api, store);
  registerPeopleRoutes(api, store);
  registerDirectoryRoutes(api, store);
  registerKpiRoutes(api, store);
  registerMeasurementRoutes(api, store, options.webhooks);
  registerObjectiveRoutes(api, store);
  registerKeyResultRoutes(api, store, options.webhooks);
  registerProposalRoutes(api, store);
  registerWorkspaceRoutes(api, store);
  registerWebhookRoutes(api, store);
  app.route("/api/v1", api);
}
