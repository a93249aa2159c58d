import type { KpiAnalysis } from "../../core/kpi/analyze-kpi.js";
import { periodNoun } from "../../core/kpi/kpi-dates.js";
import type { SeriesPoint } from "../../core/kpi/kpi-types.js";
import type { LeadLag } from "../../core/kpi/measure-lead-lag.js";
import { MAX_LAG_WEEKS, MIN_LEADLAG_WEEKS, SPARKLINE_POINTS } from "../../core/thresholds/kpi.js";
import { renderSparkline } from "./render-sparkline.js";

const round = (value: number) => String(Number(value.toPrecision(4)));

/** The terminal view of `okapi kpi analyze`: status line, sparkline, limits, trend, signals, proposals. */
export function renderAnalysisText(
  name: string,
  analysis: KpiAnalysis,
  points: readonly SeriesPoint[],
): string[] {
  const { range, limits, trend } = analysis;
  const lines: string[] = [];
  const where =
    range.distance === undefined || range.distance === 0
      ? "inside the healthy band"
      : `${round(range.distance)} ${range.toward === "up" ? "below" : "above"} the healthy band`;
  lines.push(
    range.value === undefined
      ? `${name}: no data`
      : `${name}: ${analysis.status} — ${round(range.value)} on ${range.at} (${analysis.status === "unknown" ? "no range given" : where}, since ${range.since})`,
  );
  const tail = points.slice(-SPARKLINE_POINTS);
  if (tail.length > 1)
    lines.push(
      `  ${renderSparkline(tail.map((p) => p.value))}  last ${tail.length} points, ${tail[0]?.at} … ${tail.at(-1)?.at}`,
    );
  if (limits)
    lines.push(
      `limits${analysis.seasonal ? " (against last year)" : ""}: centre ${round(limits.center)}, natural process limits ${round(limits.lower)} … ${round(limits.upper)} (baseline ${limits.baselineFrom} … ${limits.baselineTo})`,
    );
  if (trend)
    lines.push(
      `trend: ${trend.direction}, ${round(trend.slope)} per ${periodNoun(trend.per, 1)} (95% CI ${round(trend.lower)} … ${round(trend.upper)}) over ${trend.periods} points; ${trend.outOfRangePeriods} review period(s) in a row out of range`,
    );
  lines.push(analysis.signals.length ? "signals:" : "signals: none — the variation is noise");
  for (const signal of analysis.signals)
    lines.push(`  ${signal.at}  ${signal.rule}  ${signal.message}`);
  for (const proposal of analysis.proposals) {
    if (proposal.kind === "retire-kpi") lines.push(`proposal: retire — ${proposal.rationale}`);
    else {
      lines.push(`proposal: OKR — ${proposal.objective} (${proposal.rationale})`);
      for (const kr of proposal.keyResults) lines.push(`  KR: ${kr.title}`);
      lines.push(`  guardrail: ${proposal.guardrails.join(", ")}`);
    }
  }
  return lines;
}

/** The terminal view of `okapi kpi leadlag`: the verdict, then |r| per lag as bars. */
export function renderLeadLagText(leading: string, lagging: string, result: LeadLag): string[] {
  if (result.reason === "too-short")
    return [
      `cannot tell: only ${result.weeks} overlapping weeks of changes; give both series at least ${MAX_LAG_WEEKS + MIN_LEADLAG_WEEKS + 1} weeks`,
    ];
  const verdict = {
    leads: `${leading} leads ${lagging} by ${result.bestLagWeeks} weeks`,
    coincident: `${leading} moves with ${lagging} in the same week: it does not lead`,
    "not-significant": `${leading} does not lead ${lagging}: no lag stands out from noise`,
  }[result.reason];
  const lines = [
    `${verdict} (r = ${round(result.correlation)} at ${result.bestLagWeeks} weeks; significant beyond ±${round(result.threshold)}, ${result.weeks} weekly changes)`,
  ];
  for (const lag of result.lags) {
    const bar = "█".repeat(Math.round(Math.abs(lag.correlation) * 30));
    const mark = lag.lagWeeks === result.bestLagWeeks ? " ◀" : "";
    lines.push(
      `  ${String(lag.lagWeeks).padStart(2)} w  ${lag.correlation >= 0 ? "+" : "-"}${bar}${mark}`,
    );
  }
  return lines;
}
