import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { toLintJson } from "../../cli/lint/to-lint-json.js";
import { LINT_CONFIG_RULE, lintDocument } from "../../core/lint/index.js";
import type { OkapiDocument } from "../../core/model/index.js";
import { parseOkapiFile } from "../../core/okapi-file/parse-okapi-file.js";
import type { Store } from "../../store/open-store.js";
import { exportVisibleDocument } from "../../store/repositories/visible-document.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import { requireUser, viewerOf } from "../guards.js";
import { fileErrorFields } from "../problem.js";
import { errorResponses, jsonBody } from "../schemas.js";

const Severity = z.enum(["off", "info", "warning", "error"]);
const LintRequest = z
  .strictObject({
    source: z
      .string()
      .optional()
      .openapi({ description: "The okapi file's text, YAML or JSON", example: "version: 1\n" }),
    document: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: "The okapi document as an object" }),
    rules: z
      .record(z.string(), Severity)
      .optional()
      .openapi({
        description: "Severities for this run, by rule id",
        example: { "kr-is-task": "off" },
      }),
  })
  .refine((body) => (body.source === undefined) !== (body.document === undefined), {
    message: "send exactly one of `source` (the file's text) or `document` (an object)",
    path: ["source"],
  })
  .openapi("LintRequest");
const LintFinding = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  path: z.string().openapi({ example: "objectives[0].keyResults[1]" }),
  message: z.string(),
  fix: z.string(),
  parsed: z.unknown().optional().openapi({ description: "How the linter read a key result title" }),
});
const LintReport = z
  .object({
    findings: z.array(LintFinding),
    summary: z.object({
      errors: z.number().int(),
      warnings: z.number().int(),
      infos: z.number().int(),
      total: z.number().int(),
      rules: z.record(z.string(), z.number().int()),
      checked: z.object({
        objectives: z.number().int(),
        keyResults: z.number().int(),
        kpis: z.number().int(),
      }),
      files: z.number().int(),
    }),
  })
  .openapi("LintReport", { description: "Exactly the JSON of `okapi lint --format json`" });

const lintPosted = createRoute({
  method: "post",
  path: "/lint",
  tags: ["lint"],
  request: { body: jsonBody(LintRequest) },
  responses: {
    200: {
      description: "The findings; a document with error findings is still a 200",
      content: { "application/json": { schema: LintReport } },
    },
    ...errorResponses,
  },
});
const lintStored = createRoute({
  method: "get",
  path: "/lint",
  tags: ["lint"],
  responses: {
    200: {
      description: "The findings for the goals in the store that you may see",
      content: { "application/json": { schema: LintReport } },
    },
    ...errorResponses,
  },
});

const EMPTY: OkapiDocument = { version: 1, organization: "Workspace" };

/** Parses posted text, or an object re-serialized so positions can still be reported. */
function readPosted(body: { source?: string | undefined; document?: unknown }): OkapiDocument {
  const text = body.source ?? JSON.stringify(body.document, null, 2);
  const parsed = parseOkapiFile(text, body.source === undefined ? "document" : "source");
  if (parsed.ok) return parsed.document;
  throw new AppError("validation-failed", "the okapi file has errors: fix them, then lint again", {
    errors: fileErrorFields(parsed.errors),
  });
}

/** The CLI's JSON for one linted document; bad rule settings are the request's fault. */
function lintToJson(
  document: OkapiDocument,
  rules?: Record<string, z.infer<typeof Severity>>,
): z.infer<typeof LintReport> {
  const result = lintDocument(document, rules ? { rules } : {});
  const problems = result.findings.filter((finding) => finding.rule === LINT_CONFIG_RULE);
  if (problems.length > 0)
    throw new AppError("validation-failed", "the lint settings are not valid", {
      errors: problems.map((problem) => ({
        // "options.rules.x" is this request's `rules`; "lint.rules.x" the document's own block.
        path: `/${problem.path.replace(/^options\./, "").replaceAll(".", "/")}`,
        message: problem.message,
        fix: problem.fix,
      })),
    });
  // `parsed` is plain JSON; its optional fields are typed `| undefined` by the core.
  return toLintJson([{ file: "workspace", text: "", document, result }]) as z.infer<
    typeof LintReport
  >;
}

/** The goal linter over HTTP: a posted document (no store access: it runs per keystroke) or the store's goals. */
export function registerLintRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(lintPosted, (c) => {
    requireUser(c);
    const body = c.req.valid("json");
    return c.json(lintToJson(readPosted(body), body.rules), 200);
  });
  app.openapi(lintStored, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const document = await exportVisibleDocument(store.db, viewer);
    return c.json(lintToJson(document ?? EMPTY), 200);
  });
}
