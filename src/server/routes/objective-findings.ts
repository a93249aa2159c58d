import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { lintDocument } from "../../core/lint/index.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import { requireUser, viewerOf } from "../guards.js";
import { errorResponses, IdParam, jsonResponse } from "../schemas.js";
import type { VisibleDocumentCache } from "../visible-document-cache.js";

const ObjectiveFinding = z
  .object({
    rule: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    path: z.string().openapi({ example: "keyResults[1]" }),
    message: z.string(),
    fix: z.string(),
  })
  .openapi("ObjectiveFinding");

const findings = createRoute({
  method: "get",
  path: "/objectives/{id}/findings",
  tags: ["lint"],
  summary: "The linter's findings about one objective and its key results",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(ObjectiveFinding) }),
      "Findings; `path` is relative to the objective (empty for the objective itself)",
    ),
    ...errorResponses,
  },
});

/** Lints the visible workspace and keeps what concerns one objective (the linter reads it in context). */
export function registerObjectiveFindingRoutes(
  app: OpenAPIHono<AppEnv>,
  documents: VisibleDocumentCache,
): void {
  app.openapi(findings, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const { id } = c.req.valid("param");
    const { document, findings } = await documents.view(viewer, "lint", (d) => ({
      document: d,
      findings: d ? lintDocument(d).findings : [],
    }));
    const index = document?.objectives?.findIndex((o) => o.id === id) ?? -1;
    if (!document || index < 0) throw new AppError("not-found", `no objective "${id}"`);
    const prefix = `objectives[${index}]`;
    const items = findings
      .filter(
        (f) =>
          f.path === prefix || f.path.startsWith(`${prefix}.`) || f.path.startsWith(`${prefix}[`),
      )
      .map(({ rule, severity, path, message, fix }) => ({
        rule,
        severity,
        path: path.slice(prefix.length).replace(/^\./, ""),
        message,
        fix,
      }));
    return c.json({ items }, 200);
  });
}
