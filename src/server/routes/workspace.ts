import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { parseOkapiFile } from "../../core/okapi-file/parse-okapi-file.js";
import type { Store } from "../../store/open-store.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import { actorOf, etagOf, requireAdmin, requireUser } from "../guards.js";
import { fileErrorFields } from "../problem.js";
import { errorResponses } from "../schemas.js";

const OkapiFile = z
  .record(z.string(), z.unknown())
  .openapi("OkapiFile", { description: "A whole okapi file (version 1), as in okapi.yaml" });
const ApplyReport = z
  .object({
    dryRun: z.boolean(),
    created: z.record(z.string(), z.array(z.string())),
    changed: z.record(z.string(), z.array(z.string())),
    unchanged: z.record(z.string(), z.number()),
    measurements: z.object({ added: z.number(), updated: z.number() }),
  })
  .openapi("ApplyReport");

const exportRoute = createRoute({
  method: "get",
  path: "/workspace",
  tags: ["workspace"],
  responses: {
    200: {
      description: "The workspace as an okapi file",
      content: { "application/json": { schema: OkapiFile } },
    },
    ...errorResponses,
  },
});
const applyRoute = createRoute({
  method: "put",
  path: "/workspace",
  tags: ["workspace"],
  request: {
    query: z.object({
      dryRun: z
        .enum(["true", "false"])
        .optional()
        .openapi({ description: "Report what would change without writing" }),
    }),
    body: {
      required: true,
      content: {
        "application/json": { schema: OkapiFile },
        "application/yaml": { schema: z.string() },
      },
    },
  },
  responses: {
    200: { description: "Applied", content: { "application/json": { schema: ApplyReport } } },
    ...errorResponses,
  },
});

/** The whole workspace as one okapi file: export it, or apply one (upsert, one transaction). */
export function registerWorkspaceRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(exportRoute, async (c) => {
    const user = requireUser(c);
    // Team-private items would leak through a whole-workspace export: admins only.
    if (user.role !== "admin")
      throw new AppError("forbidden", "exporting the whole workspace is for admins");
    const document = await store.exportDocument();
    if (!document)
      throw new AppError("not-found", "nothing has been applied to this workspace yet");
    c.header("etag", etagOf(versionOf(document)));
    return c.json(document as Record<string, unknown>, 200);
  });
  app.openapi(applyRoute, async (c) => {
    const user = requireAdmin(c);
    const text = await c.req.text();
    const parsed = parseOkapiFile(text, "workspace");
    if (!parsed.ok)
      throw new AppError("validation-failed", "the okapi file has errors: nothing was applied", {
        errors: fileErrorFields(parsed.errors),
      });
    const report = await store.applyDocument(parsed.document, {
      dryRun: c.req.query("dryRun") === "true",
      actor: actorOf(user),
    });
    return c.json(report, 200);
  });
}
