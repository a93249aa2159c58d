import { formatNumber } from "../../core/kpi/format-number.js";
import { buildWeeklyReview } from "../../core/review/build-weekly-review.js";
import type { WeeklyReview } from "../../core/review/weekly-review-types.js";
import { saveReview } from "../../store/agent/reviews.js";
import { readSourceFailures } from "../../store/agent/sources.js";
import { type JobWork, requireDocument } from "../job-context.js";

/** The Slack digest of a weekly review: the headline and the KPIs that need attention. */
function digestOf(review: WeeklyReview): string {
  const lines = [`*${review.headline}*`];
  for (const kpi of review.kpis.slice(0, 5))
    lines.push(
      `• ${kpi.name}: ${kpi.value === undefined ? "—" : formatNumber(kpi.value)} (${kpi.status})${kpi.sourceFailing ? " — stale: source failing" : ""}`,
    );
  if (review.decisions.length)
    lines.push(`Decisions required: ${review.decisions.map((d) => d.title).join("; ")}`);
  return lines.join("\n");
}

/** Weekly: generates the business review, keeps it, and posts its digest when Slack is set up. */
export const generateWeeklyReview: JobWork = async ({ store, day, notifier }) => {
  const document = await requireDocument(store);
  const review = buildWeeklyReview(document, {
    asOf: day,
    sourceFailures: await readSourceFailures(store.db),
  });
  const stored = await saveReview(store.db, {
    kind: "weekly",
    period: review.period,
    asOf: review.asOf,
    content: review,
  });
  const posted = notifier.configured ? await notifier.post(digestOf(review)) : undefined;
  if (posted && !posted.ok)
    throw new Error(`review ${stored.id} kept, but the Slack digest failed: ${posted.error}`);
  return {
    review: stored.id,
    period: review.period,
    kpis: review.kpis.length,
    posted: Boolean(posted),
  };
};
