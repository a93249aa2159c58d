import { swaggerUI } from "@hono/swagger-ui";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import type { Logger } from "pino";
import type { AppContext } from "../app/app-context.js";
import type { Clock } from "../clock/clock.js";
import type { Store } from "../store/open-store.js";
import { toStoreError } from "../store/store-error.js";
import { AppError } from "./app-error.js";
import type { AuthConfig } from "./auth/auth-config.js";
import { authenticate } from "./auth/authenticate.js";
import type { SetupLink } from "./auth/bootstrap-accounts.js";
import type { AppEnv } from "./context.js";
import { observe } from "./middleware/observe.js";
import { requireJsonBody } from "./middleware/require-json-body.js";
import { ServerMetrics } from "./middleware/server-metrics.js";
import { problemResponse, throwValidation } from "./problem.js";
import { registerApiRoutes } from "./routes/index.js";
import { registerOperationsRoutes } from "./routes/operations.js";
import { registerSetupPage } from "./setup-page.js";
import { registerDashboard } from "./static-dashboard.js";

export interface AppOptions {
  store: Store;
  logger: Logger;
  auth: AuthConfig;
  /** Request bodies larger than this are refused with 413. */
  bodyLimitBytes: number;
  /** The dashboard's static build; a placeholder page is served when it is missing. */
  webDist?: string | undefined;
  setup?: SetupLink | undefined;
  /** What the use-cases run with; the routes call them with it. */
  context: AppContext;
  clock: Clock;
}

export interface App {
  app: OpenAPIHono<AppEnv>;
  metrics: ServerMetrics;
}

function toErrorResponse(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof AppError) return problemResponse(c, error);
  // Hono's own request errors (malformed JSON, for one) are client errors, not bugs.
  if (error instanceof HTTPException && error.status < 500)
    return problemResponse(c, new AppError("bad-request", error.message || "bad request"));
  // Repositories let driver errors through; their SQLSTATE says whether the client is at fault.
  const stored = toStoreError(error);
  if (stored.kind === "unique")
    return problemResponse(c, new AppError("conflict", "this would duplicate an existing item"));
  if (stored.kind === "unavailable")
    return problemResponse(c, new AppError("unavailable", "the database cannot be reached"));
  if (stored.kind === "invalid-value")
    return problemResponse(
      c,
      new AppError(
        "validation-failed",
        "a value cannot be stored (text with a NUL character, or a number or date out of range): correct it and send again",
      ),
    );
  // A body nested thousands of levels deep exhausts the parser's stack: the input's fault.
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return problemResponse(c, new AppError("bad-request", "the body is nested too deeply"));
  // Anything else is a bug: log it with the stack, tell the client only the request id.
  const log = c.get("logger");
  log?.error({ err: error }, "unhandled error");
  return problemResponse(
    c,
    new AppError("internal", `something went wrong (request id ${c.get("requestId")})`),
  );
}

/** The whole HTTP application: API under /api/v1, docs, operations endpoints and the dashboard. */
export function createApp(options: AppOptions): App {
  const metrics = new ServerMetrics();
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throwValidation(result.error, result.target);
    },
  });
  app.use(requestId());
  app.use(async (c, next) => {
    c.set("clock", options.clock);
    await next();
  });
  app.use(observe(options.logger, metrics));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        const response = problemResponse(
          c,
          new AppError(
            "method-not-allowed",
            `${c.req.method} is not supported here; use ${methods.join(", ")}`,
          ),
        );
        response.headers.set("allow", methods.join(", "));
        return response;
      },
    }),
  );
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: () => {
        throw new AppError(
          "payload-too-large",
          `the request body is over ${options.bodyLimitBytes} bytes: send it in parts`,
        );
      },
    }),
  );
  app.use("/api/*", requireJsonBody());
  app.use("/api/*", authenticate(options.store, options.auth));
  registerOperationsRoutes(app, options.store, metrics);
  registerApiRoutes(app, options);
  app.doc31("/api/v1/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Okapi API",
      version: "1",
      description: "KPIs and OKRs over HTTP. Errors are RFC 9457 problem+json.",
    },
    servers: [{ url: "/" }],
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
  });
  app.get("/api/docs", swaggerUI({ url: "/api/v1/openapi.json" }));
  registerSetupPage(app);
  registerDashboard(app, options.webDist);
  app.notFound((c) =>
    problemResponse(c, new AppError("not-found", `nothing at ${c.req.method} ${c.req.path}`)),
  );
  app.onError(toErrorResponse);
  return { app, metrics };
}
