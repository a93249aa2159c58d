import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { computeOkrStatus } from "../../core/okr/compute-okr-status.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { requireUser, viewerOf } from "../guards.js";
import { errorResponses, jsonResponse } from "../schemas.js";
import type { VisibleDocumentCache } from "../visible-document-cache.js";
import { AsOfQuery, OkrStatusSchema } from "./status-schemas.js";

const okrStatus = createRoute({
  method: "get",
  path: "/okr-status",
  tags: ["dashboard"],
  summary: "Progress, expected progress, risk and tripwires of every visible objective",
  request: {
    query: AsOfQuery.extend({
      cycle: z.string().optional().openapi({ example: "2026-Q3" }),
      team: z.string().optional(),
    }),
  },
  responses: {
    200: jsonResponse(OkrStatusSchema, "As `okapi status --format json`, with roll-ups"),
    ...errorResponses,
  },
});

/** The computed OKR view the dashboard reads: never stored, so it agrees with the check-ins. */
export function registerOkrStatusRoutes(
  app: OpenAPIHono<AppEnv>,
  documents: VisibleDocumentCache,
): void {
  app.openapi(okrStatus, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const { asOf = requestToday(c), cycle, team } = c.req.valid("query");
    const status = await documents.view(
      viewer,
      `okr-status:${asOf}:${cycle}:${team}`,
      (document) => {
        const objectives = (document?.objectives ?? []).filter((o) => !cycle || o.cycle === cycle);
        return document
          ? computeOkrStatus({ ...document, objectives }, { asOf, ...(team ? { team } : {}) })
          : { asOf, objectives: [], teams: [], cycles: [] };
      },
    );
    return c.json(status, 200);
  });
}
