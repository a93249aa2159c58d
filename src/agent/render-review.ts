import type { QuarterlyReview } from "../core/review/quarterly-review-types.js";
import { renderQuarterlyHtml, renderQuarterlyMarkdown } from "../core/review/render-quarterly.js";
import { renderWeeklyHtml } from "../core/review/render-weekly-html.js";
import { renderWeeklyMarkdown } from "../core/review/render-weekly-markdown.js";
import type { WeeklyReview } from "../core/review/weekly-review-types.js";

export type ReviewFormat = "json" | "md" | "html";

export const REVIEW_MEDIA_TYPES: Record<Exclude<ReviewFormat, "json">, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** A weekly or quarterly review as Markdown or printable HTML (JSON is the review itself). */
export function renderReview(
  review: WeeklyReview | QuarterlyReview,
  format: Exclude<ReviewFormat, "json">,
): string {
  if (review.kind === "weekly")
    return format === "md" ? renderWeeklyMarkdown(review) : renderWeeklyHtml(review);
  return format === "md" ? renderQuarterlyMarkdown(review) : renderQuarterlyHtml(review);
}
