import {
  confidenceText,
  percent,
  subjectOf,
  valueWithUnit,
  withLastWeek,
} from "./format-review-values.js";
import type { WeeklyReview } from "./weekly-review-types.js";

/** Markdown cells cannot hold a raw pipe or newline. */
const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The weekly business review as Markdown, section by section in the JSON's order. */
export function renderWeeklyMarkdown(review: WeeklyReview): string {
  const out: string[] = [
    `# Weekly business review — ${review.organization}, ${review.period}`,
    "",
    `As of ${review.asOf} (changes since ${review.since}). ${review.headline}`,
    "",
    "## KPIs that need attention",
    "",
  ];
  if (review.kpis.length === 0)
    out.push("No KPI is red, signalling or fed by a failing source.", "");
  for (const kpi of review.kpis) {
    const stale = kpi.sourceFailing
      ? ` — **stale: source failing** (${kpi.sourceFailing.message})`
      : "";
    out.push(`### ${kpi.name} — ${valueWithUnit(kpi.value, kpi.unit)} (${kpi.status})${stale}`, "");
    if (kpi.annotation)
      out.push(
        `> ${kpi.annotation.note} — ${kpi.annotation.by ?? "owner"}, ${kpi.annotation.at.slice(0, 10)}`,
        "",
      );
    out.push(
      `- **What changed:** ${kpi.whatChanged}`,
      `- **Why it matters:** ${kpi.whyItMatters}`,
      `- **What to test next:** ${kpi.whatToTestNext}`,
    );
    if (kpi.guardrails.length)
      out.push(`- Guardrails: ${kpi.guardrails.map((g) => `${g.id} (${g.status})`).join(", ")}`);
    out.push("");
  }
  out.push("## OKR progress and confidence", "");
  out.push(
    "| objective | team | progress | expected | confidence | risk |",
    "| --- | --- | --- | --- | --- | --- |",
  );
  for (const o of review.objectives)
    out.push(
      `| ${cell(o.title)} | ${o.team ?? ""} | ${withLastWeek(o.progress, o.progressLastWeek, percent)} | ${percent(o.expected)} | ${withLastWeek(o.confidence, o.confidenceLastWeek, confidenceText)} | ${o.risk} |`,
    );
  out.push("", "## At-risk goals", "");
  if (review.atRisk.length === 0) out.push("None.");
  for (const goal of review.atRisk) {
    out.push(`- **${goal.title}** (${goal.risk}${goal.owner ? `, ${goal.owner}` : ""})`);
    for (const reason of goal.reasons) out.push(`  - ${subjectOf(reason)}${reason.message}`);
  }
  out.push("", "## Decisions required", "");
  if (review.decisions.length === 0) out.push("No tripwire is waiting for a decision.");
  for (const d of review.decisions)
    out.push(
      `- **${d.title}**${d.owner ? ` (${d.owner})` : ""}: ${d.tripwires.join("; ")} — stop, continue or change?`,
    );
  out.push("", "## Stale check-ins", "");
  if (review.staleCheckins.length === 0) out.push("Every key result was checked in on time.");
  for (const owner of review.staleCheckins)
    out.push(
      `- **${owner.name}**: ${owner.keyResults
        .map(
          (kr) =>
            `${kr.title} (${kr.lastCheckin ? `last ${kr.lastCheckin.slice(0, 10)}` : "never"})`,
        )
        .join("; ")}`,
    );
  out.push(
    "",
    "## Operating quadrant",
    "",
    "| team | quadrant | KPIs healthy | OKRs on track / at risk / off track |",
    "| --- | --- | --- | --- |",
  );
  for (const q of review.quadrants)
    out.push(
      `| ${cell(q.name)} | ${cell(q.label)} | ${q.kpis.healthy}/${q.kpis.healthy + q.kpis.unhealthy} | ${q.objectives.onTrack} / ${q.objectives.atRisk} / ${q.objectives.offTrack} |`,
    );
  return `${out.join("\n")}\n`;
}
