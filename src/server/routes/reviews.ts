import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { REVIEW_MEDIA_TYPES, renderReview } from "../../agent/render-review.js";
import { structureReviewNotes } from "../../agent/structure-review-notes.js";
import { IsoDay } from "../../core/model/index.js";
import type { OkapiDocument } from "../../core/model/okapi-file.js";
import { buildQuarterlyReview } from "../../core/review/build-quarterly-review.js";
import { buildWeeklyReview } from "../../core/review/build-weekly-review.js";
import type { QuarterlyReview } from "../../core/review/quarterly-review-types.js";
import type { WeeklyReview } from "../../core/review/weekly-review-types.js";
import { getReview, listReviews } from "../../store/agent/reviews.js";
import { readSourceFailures } from "../../store/agent/sources.js";
import { hiddenFrom } from "../../store/agent/visible-document.js";
import type { Store } from "../../store/open-store.js";
import type { Principal } from "../../store/repositories/accounts.js";
import { exportVisibleDocument } from "../../store/repositories/visible-document.js";
import { AppError } from "../app-error.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { requireUser, viewerOf } from "../guards.js";
import { errorResponses, IdParam, jsonBody, jsonResponse, PageQuery, pageOf } from "../schemas.js";
import {
  NotesInsightSchema,
  QuarterlyReviewSchema,
  ReviewFormat,
  reviewResponses,
  StoredReviewSummarySchema,
  WeeklyReviewSchema,
} from "./review-schemas.js";

const weekly = createRoute({
  method: "get",
  path: "/reviews/weekly",
  tags: ["reviews"],
  summary: "The weekly business review, generated now",
  request: {
    query: z.object({
      asOf: IsoDay.optional().openapi({
        description: "Review as of this day (default: today, UTC)",
        example: "2026-11-23",
      }),
      format: ReviewFormat,
    }),
  },
  responses: { 200: reviewResponses(WeeklyReviewSchema, "The weekly review"), ...errorResponses },
});
const quarterly = createRoute({
  method: "get",
  path: "/reviews/quarterly",
  tags: ["reviews"],
  summary: "The quarterly review of a cycle, generated now",
  request: {
    query: z.object({
      cycle: z.string().optional().openapi({
        description: "The cycle to review (default: the quarter that ended last)",
        example: "2026-Q3",
      }),
      asOf: IsoDay.optional().openapi({ example: "2026-11-23" }),
      format: ReviewFormat,
    }),
  },
  responses: {
    200: reviewResponses(QuarterlyReviewSchema, "The quarterly review"),
    ...errorResponses,
  },
});
const list = createRoute({
  method: "get",
  path: "/reviews",
  tags: ["reviews"],
  summary: "Reviews the scheduler generated and kept, newest first",
  request: {
    query: PageQuery.extend({ kind: z.enum(["weekly", "quarterly", "kpi-trends"]).optional() }),
  },
  responses: {
    200: jsonResponse(pageOf(StoredReviewSummarySchema, "StoredReviewPage"), "Stored reviews"),
    ...errorResponses,
  },
});
const get = createRoute({
  method: "get",
  path: "/reviews/{id}",
  tags: ["reviews"],
  request: { params: IdParam, query: z.object({ format: ReviewFormat }) },
  responses: {
    200: reviewResponses(
      StoredReviewSummarySchema.extend({ content: z.unknown() }).openapi("StoredReview"),
      "A stored review with its content (JSON), or the content rendered",
    ),
    ...errorResponses,
  },
});
const notes = createRoute({
  method: "post",
  path: "/reviews/notes",
  tags: ["reviews"],
  summary: "Structure free-form review notes, linked to the KPIs and OKRs they mention",
  request: {
    body: jsonBody(
      z
        .object({ text: z.string().min(1, { message: "paste the notes as text" }).max(100_000) })
        .openapi("ReviewNotes"),
    ),
  },
  responses: { 200: jsonResponse(NotesInsightSchema, "The structured notes"), ...errorResponses },
});

async function documentFor(store: Store, user: Principal): Promise<OkapiDocument> {
  const document = await exportVisibleDocument(store.db, viewerOf(user));
  if (!document) throw new AppError("not-found", "nothing has been applied to this workspace yet");
  return document;
}

/** Reviews: weekly and quarterly, generated on request or kept by the scheduler; notes to insight. */
export function registerReviewRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  const send = (
    c: Parameters<Parameters<typeof app.openapi>[1]>[0],
    review: WeeklyReview | QuarterlyReview,
    format: "json" | "md" | "html",
  ) =>
    format === "json"
      ? c.json(review, 200)
      : c.body(renderReview(review, format), 200, { "content-type": REVIEW_MEDIA_TYPES[format] });

  app.openapi(weekly, async (c) => {
    const user = requireUser(c);
    const { asOf, format } = c.req.valid("query");
    const review = buildWeeklyReview(await documentFor(store, user), {
      asOf: asOf ?? requestToday(c),
      sourceFailures: await readSourceFailures(store.db),
    });
    return send(c, review, format) as never;
  });
  app.openapi(quarterly, async (c) => {
    const user = requireUser(c);
    const { asOf, cycle, format } = c.req.valid("query");
    const review = buildQuarterlyReview(await documentFor(store, user), {
      asOf: asOf ?? requestToday(c),
      cycle,
    });
    if (!review)
      throw new AppError(
        "not-found",
        `no cycle "${cycle}": use a quarter such as 2026-Q3 or a declared cycle id`,
      );
    return send(c, review, format) as never;
  });
  app.openapi(list, async (c) => {
    requireUser(c);
    const { limit, cursor, kind } = c.req.valid("query");
    return c.json(await listReviews(store.db, { kind }, { limit, cursor }), 200);
  });
  app.openapi(get, async (c) => {
    const user = requireUser(c);
    const review = await getReview(store.db, c.req.valid("param").id);
    if (!review) throw new AppError("not-found", "no stored review with this id");
    // Stored reviews cover the whole workspace; team-private items must not reach other teams.
    const hidden = await hiddenFrom(store, viewerOf(user));
    if (hidden.kpis.size + hidden.objectives.size > 0)
      throw new AppError(
        "forbidden",
        "this stored review covers team-private goals you cannot see: use GET /api/v1/reviews/weekly?asOf=… for your view",
      );
    const { format } = c.req.valid("query");
    const content = review.content as WeeklyReview | QuarterlyReview;
    if (format !== "json" && (content.kind === "weekly" || content.kind === "quarterly"))
      return send(c, content, format) as never;
    return c.json(review, 200);
  });
  app.openapi(notes, async (c) => {
    const user = requireUser(c);
    const { text } = c.req.valid("json");
    try {
      return c.json(
        await structureReviewNotes(text, await documentFor(store, user), process.env),
        200,
      );
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(
        "unavailable",
        `notes could not be structured: ${(error as Error).message}`,
      );
    }
  });
}
