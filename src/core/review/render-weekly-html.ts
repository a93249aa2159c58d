import {
  confidenceText,
  percent,
  subjectOf,
  valueWithUnit,
  withLastWeek,
} from "./format-review-values.js";
import { el, page, table, text } from "./render-review-html.js";
import type { WeeklyReview } from "./weekly-review-types.js";

function kpiSection(kpi: WeeklyReview["kpis"][number]): string {
  const stale = kpi.sourceFailing
    ? ` — stale: source failing (${text(kpi.sourceFailing.message)})`
    : "";
  return el("section", [
    el("h3", [
      `${text(kpi.name)} — `,
      el("span", `${text(valueWithUnit(kpi.value, kpi.unit))} (${kpi.status})`, kpi.status),
      stale,
    ]),
    kpi.annotation
      ? el(
          "blockquote",
          `${text(kpi.annotation.note)} — ${text(kpi.annotation.by ?? "owner")}, ${text(kpi.annotation.at.slice(0, 10))}`,
        )
      : "",
    el("ul", [
      el("li", `<strong>What changed:</strong> ${text(kpi.whatChanged)}`),
      el("li", `<strong>Why it matters:</strong> ${text(kpi.whyItMatters)}`),
      el("li", `<strong>What to test next:</strong> ${text(kpi.whatToTestNext)}`),
    ]),
  ]);
}

/** The weekly business review as a printable HTML page (escaped: names and notes are user input). */
export function renderWeeklyHtml(review: WeeklyReview): string {
  const title = `Weekly business review — ${review.organization}, ${review.period}`;
  return page(title, [
    el("h1", text(title)),
    el("p", text(`As of ${review.asOf} (changes since ${review.since}). ${review.headline}`)),
    el("h2", "KPIs that need attention"),
    ...(review.kpis.length
      ? review.kpis.map(kpiSection)
      : [el("p", "No KPI is red, signalling or fed by a failing source.")]),
    el("h2", "OKR progress and confidence"),
    table(
      ["objective", "team", "progress", "expected", "confidence", "risk"],
      review.objectives.map((o) => [
        text(o.title),
        text(o.team ?? ""),
        text(withLastWeek(o.progress, o.progressLastWeek, percent)),
        text(percent(o.expected)),
        text(withLastWeek(o.confidence, o.confidenceLastWeek, confidenceText)),
        text(o.risk),
      ]),
    ),
    el("h2", "At-risk goals"),
    el(
      "ul",
      review.atRisk.map((g) =>
        el("li", [
          `<strong>${text(g.title)}</strong> (${text(g.risk)})`,
          el(
            "ul",
            g.reasons.map((r) => el("li", text(`${subjectOf(r)}${r.message}`))),
          ),
        ]),
      ),
    ),
    el("h2", "Decisions required"),
    el(
      "ul",
      review.decisions.map((d) =>
        el(
          "li",
          `<strong>${text(d.title)}</strong>: ${text(d.tripwires.join("; "))} — stop, continue or change?`,
        ),
      ),
    ),
    el("h2", "Stale check-ins"),
    el(
      "ul",
      review.staleCheckins.map((o) =>
        el(
          "li",
          `<strong>${text(o.name)}</strong>: ${text(o.keyResults.map((kr) => `${kr.title} (${kr.lastCheckin ? `last ${kr.lastCheckin.slice(0, 10)}` : "never"})`).join("; "))}`,
        ),
      ),
    ),
    el("h2", "Operating quadrant"),
    table(
      ["team", "quadrant", "KPIs healthy", "OKRs on track / at risk / off track"],
      review.quadrants.map((q) => [
        text(q.name),
        text(q.label),
        `${q.kpis.healthy}/${q.kpis.healthy + q.kpis.unhealthy}`,
        `${q.objectives.onTrack} / ${q.objectives.atRisk} / ${q.objectives.offTrack}`,
      ]),
    ),
  ]);
}
