import type { OpenAPIHono } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Store } from "../../store/open-store.js";
import type { AppEnv } from "../context.js";
import type { ServerMetrics } from "../middleware/server-metrics.js";

/** Liveness, readiness (the store answers) and Prometheus metrics. */
export function registerOperationsRoutes(
  app: OpenAPIHono<AppEnv>,
  store: Store,
  metrics: ServerMetrics,
): void {
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await store.db.execute(sql`select 1`);
      metrics.storeUp.set({ driver: store.driver }, 1);
      return c.json({ status: "ready", store: store.driver });
    } catch {
      metrics.storeUp.set({ driver: store.driver }, 0);
      return c.json({ status: "unavailable", store: store.driver }, 503);
    }
  });
  app.get("/metrics", async (c) =>
    c.body(await metrics.registry.metrics(), 200, {
      "content-type": metrics.registry.contentType,
    }),
  );
}
