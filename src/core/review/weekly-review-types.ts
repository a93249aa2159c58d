import type { RangeLight, SignalRule } from "../kpi/kpi-types.js";
import type { Health, Risk } from "../okr/okr-types.js";

/** A measurement's annotation: who explained the variance and why it moved (docs/method-notes.md, "Variance explained by its owner"). */
export interface ReviewAnnotation {
  at: string;
  note: string;
  by?: string;
}

/** One red or signalling KPI: what changed, why it matters, what to test next. */
export interface ReviewKpi {
  id: string;
  name: string;
  unit?: string;
  owner?: string;
  team?: string;
  status: RangeLight;
  value?: number;
  at?: string;
  /**
   * The value one period of the KPI's cadence before asOf (a week for daily and weekly KPIs, a
   * month or a quarter otherwise): the latest point on or before that day.
   */
  previousValue?: number;
  change?: number;
  /** Ongoing run-rule signals; `favourable` says whether the move helps the KPI. */
  signals: { rule: SignalRule; at: string; message: string; favourable: boolean }[];
  trend?: "rising" | "falling" | "flat";
  /** The latest annotated measurement of the last four weeks, shown beside the number. */
  annotation?: ReviewAnnotation;
  /** The connector feeding this KPI is failing: the value is stale. */
  sourceFailing?: { kind: string; message: string; since: string };
  whatChanged: string;
  whyItMatters: string;
  whatToTestNext: string;
  /** Objectives that move or watch this KPI (a key result's kpi, or a leading indicator). */
  touchedObjectives: { id: string; title: string; via: "key-result" | "leading-indicator" }[];
  /** KPIs that list this one as their guardrail, and this KPI's own guardrails with their light. */
  guardrailOf: string[];
  guardrails: { id: string; status: RangeLight }[];
}

/** An objective's progress and confidence this week against last week. */
export interface ReviewObjective {
  id: string;
  title: string;
  team?: string;
  owner?: string;
  cycle: string;
  progress: number | null;
  progressLastWeek: number | null;
  expected: number;
  /** Mean confidence (0–10) of the key results' latest check-ins, now and a week ago. */
  confidence: number | null;
  confidenceLastWeek: number | null;
  risk: Risk;
  health: Health;
}

export interface ReviewAtRisk {
  id: string;
  title: string;
  owner?: string;
  risk: Exclude<Risk, "on-track">;
  reasons: { code: string; message: string; keyResult?: string; keyResultTitle?: string }[];
}

/** A tripwire fired and nobody recorded stop, continue or change. */
interface ReviewDecision {
  objective: string;
  title: string;
  owner?: string;
  tripwires: string[];
}

export interface ReviewStaleOwner {
  owner: string;
  name: string;
  keyResults: { id: string; title: string; objective: string; lastCheckin: string | null }[];
}

export type Quadrant = "sustainable" | "pointed-nowhere" | "overheating" | "both-bad" | "no-data";

/** KPI health × OKR progress per team and for the company (docs/method-notes.md, "The operating quadrant"). */
export interface ReviewQuadrant {
  team: string;
  name: string;
  quadrant: Quadrant;
  label: string;
  kpis: { healthy: number; unhealthy: number };
  /** From `countObjectivesByRisk`, the same count as the headline's. */
  objectives: { onTrack: number; atRisk: number; offTrack: number };
}

/** The weekly business review as JSON; Markdown and HTML are rendered from it. */
export interface WeeklyReview {
  kind: "weekly";
  organization: string;
  asOf: string;
  /** The ISO week the review covers, e.g. 2026-W48. */
  period: string;
  since: string;
  headline: string;
  kpis: ReviewKpi[];
  objectives: ReviewObjective[];
  atRisk: ReviewAtRisk[];
  decisions: ReviewDecision[];
  staleCheckins: ReviewStaleOwner[];
  quadrants: ReviewQuadrant[];
}
