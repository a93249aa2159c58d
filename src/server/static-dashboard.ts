import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./context.js";

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Okapi</title></head>
<body style="font-family: system-ui; max-width: 40rem; margin: 4rem auto">
<h1>Okapi</h1>
<p>The API is running. The dashboard has not been built yet (no <code>web/dist</code>).</p>
<p>API reference: <a href="/api/docs">/api/docs</a> · OpenAPI: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
</body></html>`;

/** Serves the dashboard's static build at `/`, falling back to index.html for client routes. */
export function registerDashboard(app: OpenAPIHono<AppEnv>, webDist: string | undefined): void {
  if (!webDist || !existsSync(join(webDist, "index.html"))) {
    app.get("/", (c) => c.html(PLACEHOLDER));
    return;
  }
  const files = serveStatic({ root: webDist });
  const index = serveStatic({ root: webDist, path: "index.html" });
  // API paths never fall through to the dashboard: they get their own 404 problem.
  app.get("/*", (c, next) => (c.req.path.startsWith("/api/") ? next() : files(c, next)));
  app.get("/*", (c, next) => (c.req.path.startsWith("/api/") ? next() : index(c, next)));
}
