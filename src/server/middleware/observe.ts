import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "pino";
import type { AppEnv } from "../context.js";
import type { ServerMetrics } from "./server-metrics.js";

/** Gives each request an id and a child logger, then logs and times it when it ends. */
export function observe(logger: Logger, metrics: ServerMetrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.get("requestId");
    const log = logger.child({ requestId });
    c.set("logger", log);
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routePath(c, -1) || "unmatched";
    const status = c.res.status;
    metrics.observe(c.req.method, route, status, seconds);
    const line = {
      method: c.req.method,
      path: c.req.path,
      route,
      status,
      ms: Math.round(seconds * 10_000) / 10,
      user: c.get("principal")?.email,
    };
    if (status >= 500) log.error(line, "request failed");
    else log.info(line, "request");
  };
}
