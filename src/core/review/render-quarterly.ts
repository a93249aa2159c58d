import { formatNumber } from "../kpi/format-number.js";
import type { QuarterlyReview } from "./quarterly-review-types.js";
import { el, page, table, text } from "./render-review-html.js";

const score = (value: number | null): string => (value === null ? "—" : formatNumber(value));

/** The quarterly review as Markdown. */
export function renderQuarterlyMarkdown(review: QuarterlyReview): string {
  const out = [
    `# Quarterly review — ${review.organization}, ${review.cycle.name ?? review.period}`,
    "",
    `${review.cycle.start} to ${review.cycle.end}. Portfolio score ${score(review.portfolio.score)}: ${review.portfolio.succeeded} of ${review.portfolio.objectives} objectives succeeded.${review.portfolio.note ? ` ${review.portfolio.note}` : ""}`,
    "",
    "## Grades",
    "",
    "| objective | team | type | score | success |",
    "| --- | --- | --- | --- | --- |",
    ...review.objectives.map(
      (o) =>
        `| ${o.title.replaceAll("|", "\\|")} | ${o.team ?? ""} | ${o.type} | ${score(o.score)} | ${o.success ? "yes" : "no"} |`,
    ),
    "",
    "## Teams",
    "",
    ...review.teams.map(
      (t) =>
        `- ${t.id}: ${score(t.score)} (${t.succeeded}/${t.objectives} succeeded)${t.note ? ` — ${t.note}` : ""}`,
    ),
    "",
    "## Retros",
    "",
    ...(review.objectives.some((o) => o.retro)
      ? review.objectives.flatMap((o) => (o.retro ? [`- **${o.title}:** ${o.retro}`] : []))
      : ["No retro written yet."]),
    "",
    "## Carried over",
    "",
    ...(review.carriedOver.length
      ? review.carriedOver.map((c) => `- ${c.from} → ${c.to} (${c.cycle})`)
      : ["Nothing carried over."]),
    ...(review.unfinished.length
      ? [
          "",
          `Unfinished and not carried over (decide: carry forward or let go): ${review.unfinished.join(", ")}`,
        ]
      : []),
    "",
    "## KPI promotions",
    "",
    ...(review.promotions.length
      ? review.promotions.map((p) => `- ${p.keyResult}: ${p.rationale}`)
      : ["None."]),
    "",
    "## New OKR proposals from KPI gaps",
    "",
    ...(review.newOkrProposals.length
      ? review.newOkrProposals.map((p) => `- **${p.objective}** (${p.kpi}): ${p.rationale}`)
      : ["None."]),
  ];
  return `${out.join("\n")}\n`;
}

/** The quarterly review as a printable HTML page. */
export function renderQuarterlyHtml(review: QuarterlyReview): string {
  const title = `Quarterly review — ${review.organization}, ${review.cycle.name ?? review.period}`;
  const list = (items: readonly string[], empty: string) =>
    items.length
      ? el(
          "ul",
          items.map((i) => el("li", text(i))),
        )
      : el("p", text(empty));
  return page(title, [
    el("h1", text(title)),
    el(
      "p",
      text(
        `${review.cycle.start} to ${review.cycle.end}. Portfolio score ${score(review.portfolio.score)}: ${review.portfolio.succeeded} of ${review.portfolio.objectives} objectives succeeded.${review.portfolio.note ? ` ${review.portfolio.note}` : ""}`,
      ),
    ),
    el("h2", "Grades"),
    table(
      ["objective", "team", "type", "score", "success"],
      review.objectives.map((o) => [
        text(o.title),
        text(o.team ?? ""),
        text(o.type),
        score(o.score),
        o.success ? "yes" : "no",
      ]),
    ),
    el("h2", "Retros"),
    list(
      review.objectives.flatMap((o) => (o.retro ? [`${o.title}: ${o.retro}`] : [])),
      "No retro written yet.",
    ),
    el("h2", "Carried over"),
    list(
      review.carriedOver.map((c) => `${c.from} → ${c.to} (${c.cycle})`),
      "Nothing carried over.",
    ),
    el("h2", "KPI promotions"),
    list(
      review.promotions.map((p) => `${p.keyResult}: ${p.rationale}`),
      "None.",
    ),
    el("h2", "New OKR proposals from KPI gaps"),
    list(
      review.newOkrProposals.map((p) => `${p.objective} (${p.kpi}): ${p.rationale}`),
      "None.",
    ),
  ]);
}
