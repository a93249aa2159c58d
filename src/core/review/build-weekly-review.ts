import { analyzeWorkspace } from "../kpi/analyze-workspace.js";
import { periodDays, periodNoun } from "../kpi/kpi-dates.js";
import type { RangeLight } from "../kpi/kpi-types.js";
import type { Kpi } from "../model/kpi.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import type { Cadence } from "../model/primitives.js";
import type { ObjectiveTrackingStatus } from "../okr/assess-objective.js";
import { computeOkrStatus } from "../okr/compute-okr-status.js";
import { addDays } from "../okr/measure-days.js";
import { ANNOTATION_RECENT_DAYS, REVIEW_LOOKBACK_DAYS } from "../thresholds/review.js";
import { classifyQuadrant } from "./classify-quadrant.js";
import { collectStaleCheckins } from "./collect-stale-checkins.js";
import { countObjectivesByRisk } from "./count-objectives-by-risk.js";
import { describeReviewKpi } from "./describe-review-kpi.js";
import { findKpiLinks } from "./find-kpi-links.js";
import { firstOwner } from "./first-owner.js";
import { isoWeekKey } from "./period-key.js";
import type {
  ReviewAnnotation,
  ReviewAtRisk,
  ReviewKpi,
  ReviewObjective,
  WeeklyReview,
} from "./weekly-review-types.js";

/** A failing data source, by the metric it feeds (read from the store by the caller). */
export interface SourceFailureInfo {
  kind: string;
  message: string;
  since: string;
}

export interface WeeklyReviewOptions {
  asOf: string;
  sourceFailures?: ReadonlyMap<string, SourceFailureInfo>;
}

const STATUS_ORDER: Record<RangeLight, number> = { red: 0, amber: 1, unknown: 2, green: 3 };

function valueOnOrBefore(kpi: Kpi, day: string): number | undefined {
  let found: { at: string; value: number } | undefined;
  for (const point of kpi.measurements ?? [])
    if (point.at.slice(0, 10) <= day && (!found || point.at >= found.at)) found = point;
  return found?.value;
}

/**
 * The value one period of the KPI's cadence before the review, for "what changed": a monthly KPI
 * against last month, not against a week ago (which is usually the same monthly value). Daily and
 * weekly KPIs compare with a week ago, the review's own rhythm.
 */
function previousPeriod(kpi: Kpi, cadence: Cadence, asOf: string) {
  const weekly = cadence === "daily" || cadence === "weekly";
  const since = addDays(asOf, -(weekly ? REVIEW_LOOKBACK_DAYS : Math.round(periodDays(cadence))));
  return {
    previousValue: valueOnOrBefore(kpi, since),
    since,
    period: weekly ? "week" : periodNoun(cadence, 1),
  };
}

function recentAnnotation(kpi: Kpi, asOf: string): ReviewAnnotation | undefined {
  const from = addDays(asOf, -ANNOTATION_RECENT_DAYS);
  let found: ReviewAnnotation | undefined;
  for (const point of kpi.measurements ?? []) {
    const day = point.at.slice(0, 10);
    if (!point.note || day <= from || day > asOf) continue;
    if (!found || point.at >= found.at)
      found = { at: point.at, note: point.note, ...(point.by !== undefined && { by: point.by }) };
  }
  return found;
}

function meanConfidence(objective: ObjectiveTrackingStatus | undefined): number | null {
  const values = (objective?.keyResults ?? []).flatMap((kr) =>
    kr.confidence === null ? [] : [kr.confidence],
  );
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function headlineOf(review: Omit<WeeklyReview, "headline">): string {
  const red = review.kpis.filter((k) => k.status === "red").length;
  const failing = review.kpis.filter((k) => k.sourceFailing).length;
  const { offTrack, total } = countObjectivesByRisk(review.objectives.map((o) => o.risk));
  const parts = [
    `${red} red KPI${red === 1 ? "" : "s"}`,
    `${review.kpis.length - red} more signalling or stale`,
    `${offTrack} of ${total} objectives off track`,
    `${review.decisions.length} decision${review.decisions.length === 1 ? "" : "s"} required`,
  ];
  if (failing) parts.push(`${failing} source${failing === 1 ? "" : "s"} failing`);
  return `Week ${review.period}: ${parts.join(", ")}.`;
}

/**
 * The weekly business review: each red or signalling KPI with what changed, why it
 * matters and what to test next; OKR progress and confidence against last week; at-risk goals;
 * decisions required; stale check-ins by owner; the operating quadrant per team.
 * @example buildWeeklyReview(document, { asOf: "2026-11-23" }).kpis[0].id // "activation-w2"
 */
export function buildWeeklyReview(
  document: OkapiDocument,
  options: WeeklyReviewOptions,
): WeeklyReview {
  const asOf = options.asOf.slice(0, 10);
  const since = addDays(asOf, -REVIEW_LOOKBACK_DAYS);
  const failures = options.sourceFailures ?? new Map<string, SourceFailureInfo>();
  const kpis = (document.kpis ?? []).filter((kpi) => kpi.status !== "retired");
  const { analyses } = analyzeWorkspace(document, { asOf });
  const lights = new Map<string, RangeLight>(analyses.map((a) => [a.kpi, a.status]));
  const names = new Map(kpis.map((kpi) => [kpi.id, kpi.name]));
  const people = new Map((document.people ?? []).map((p) => [p.id, p.name]));

  const now = computeOkrStatus(document, { asOf });
  const lastWeek = new Map(
    computeOkrStatus(document, { asOf: since }).objectives.map((o) => [o.id, o]),
  );
  const live = now.objectives.filter((o) => o.cycle.start <= asOf && asOf <= o.cycle.end);
  const liveIds = new Set(live.map((o) => o.id));
  const definitions = new Map((document.objectives ?? []).map((o) => [o.id, o]));

  const reviewKpis: ReviewKpi[] = analyses
    .filter((a) => a.status === "red" || a.signals.some((s) => s.ongoing) || failures.has(a.kpi))
    .flatMap((analysis) => {
      const kpi = kpis.find((k) => k.id === analysis.kpi);
      if (!kpi) return [];
      const owner = firstOwner(kpi.owner);
      return [
        describeReviewKpi({
          kpi,
          analysis,
          links: findKpiLinks(kpi, document, liveIds),
          ...previousPeriod(kpi, analysis.cadence, asOf),
          annotation: recentAnnotation(kpi, asOf),
          sourceFailing: failures.get(kpi.id),
          lights,
          names,
          ownerName: owner ? people.get(owner) : undefined,
        }),
      ];
    })
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        Number(Boolean(b.sourceFailing)) - Number(Boolean(a.sourceFailing)) ||
        b.signals.filter((s) => !s.favourable).length -
          a.signals.filter((s) => !s.favourable).length ||
        a.id.localeCompare(b.id),
    );

  const objectives: ReviewObjective[] = live.map((o) => {
    const before = lastWeek.get(o.id);
    const owner = firstOwner(definitions.get(o.id)?.owner);
    return {
      id: o.id,
      title: o.title,
      ...(o.team !== null && { team: o.team }),
      ...(owner !== undefined && { owner }),
      cycle: o.cycle.id,
      progress: o.progress,
      progressLastWeek: before?.progress ?? null,
      expected: o.expected,
      confidence: meanConfidence(o),
      confidenceLastWeek: meanConfidence(before),
      risk: o.risk,
      health: o.health,
    };
  });

  const atRisk: ReviewAtRisk[] = live.flatMap((o) => {
    if (o.risk === "on-track") return [];
    const owner = firstOwner(definitions.get(o.id)?.owner);
    const seen = new Set<string>();
    const reasons = o.reasons
      .filter((r) => r.risk !== "on-track")
      .filter((r) => !seen.has(r.message) && Boolean(seen.add(r.message)))
      .map((r) => ({
        code: r.code,
        message: r.message,
        ...(r.keyResult !== undefined && { keyResult: r.keyResult }),
        ...(r.keyResultTitle !== undefined && { keyResultTitle: r.keyResultTitle }),
      }));
    return [
      { id: o.id, title: o.title, ...(owner !== undefined && { owner }), risk: o.risk, reasons },
    ];
  });

  const decisions = now.objectives
    .filter((o) => o.decisionRequired)
    .map((o) => {
      const owner = firstOwner(definitions.get(o.id)?.owner);
      return {
        objective: o.id,
        title: o.title,
        ...(owner !== undefined && { owner }),
        tripwires: o.tripwires
          .filter((w) => w.state === "fired" && !w.decision)
          .map((w) => w.message),
      };
    });

  const teams = (document.teams ?? []).map((t) => ({ id: t.id, name: t.name }));
  const quadrants = [
    classifyQuadrant(
      { id: "company", name: document.organization },
      analyses.map((a) => a.status),
      live.map((o) => o.risk),
    ),
    ...teams.map((team) =>
      classifyQuadrant(
        team,
        kpis.filter((k) => k.team === team.id).map((k) => lights.get(k.id) ?? "unknown"),
        live.filter((o) => o.team === team.id).map((o) => o.risk),
      ),
    ),
  ];

  const review = {
    kind: "weekly" as const,
    organization: document.organization,
    asOf,
    period: isoWeekKey(asOf),
    since,
    kpis: reviewKpis,
    objectives,
    atRisk,
    decisions,
    staleCheckins: collectStaleCheckins(document, live, asOf),
    quadrants,
  };
  return { ...review, headline: headlineOf(review) };
}
