import { z } from "zod";
import type { DecisionType } from "../knowledge/metric-knowledge.js";
import type { Direction, MetricAxis, MetricKind } from "../model/primitives.js";
import type { DecisionStructure } from "./read-decision-structure.js";

/** The resource that actually limits the decision (issue 6). */
export const Constraint = z.enum(["cash", "capacity", "demand", "quality", "time"]);
export type Constraint = z.infer<typeof Constraint>;

/** Step 1: the decision question the rest of the loop measures. */
export interface Reframe {
  question: string;
  constraint: Constraint;
  decisionType: DecisionType;
  /** Other decision types the text touches, strongest first. */
  relatedTypes: DecisionType[];
  /** True when the input was a function goal ("improve sales performance"), not a decision. */
  sharpened: boolean;
  /** The push-back shown when the input was sharpened. */
  pushback?: string;
  /** The subject the decision is about, without the "should we". */
  subject: string;
  reason: string;
  /** Action, object, scope, magnitude and the horizon resolved to a period as of `asOf`. */
  structure: DecisionStructure;
}

/** The alternative method when OKRs are the wrong tool (DESIGN.md "Method notes"). */
export interface WrongTool {
  tool: "eisenhower-matrix" | "swot-five-forces" | "north-star-first" | "trial-with-review";
  reason: string;
  instead: string;
}

interface ScoreSet {
  observability: number;
  gameability: number;
  decisionRelevance: number;
}

export interface LeadingPartner {
  metric: string;
  name: string;
  leadWeeks: number;
}

/** Step 2–4: one metric worth considering, with its scores and red-team. */
export interface Candidate {
  metric: string;
  name: string;
  kind: MetricKind;
  axis: MetricAxis;
  definition: string;
  formula: string;
  unit: string;
  direction: Direction;
  source: string;
  /** The workspace KPI id when the workspace already tracks this metric. */
  workspaceKpi?: string;
  leadingPartner?: LeadingPartner;
  retrieval: number;
  scores: ScoreSet;
  reasons: { observability: string; gameability: string; decisionRelevance: string };
  redTeam?: { exploit: string; guardrail: string; guardrailMetric?: string };
}

export interface DraftKeyResult {
  id: string;
  title: string;
  metric: string;
  /** The metric's readable name. */
  name: string;
  from: number | null;
  to: number | null;
  unit: string;
  direction: Direction;
  kind: MetricKind;
  /** Where the baseline comes from: the workspace's data, or to be measured. */
  baseline: string;
}

export interface DraftKillCriterion {
  metric?: string;
  below?: number;
  above?: number;
  by: string;
  note: string;
}

export interface DraftOkr {
  objective: string;
  cycle: string;
  keyResults: DraftKeyResult[];
  leadingIndicators: string[];
  killCriteria: DraftKillCriterion[];
}

export interface TraceEntry {
  step: "reframe" | "wrong-tool" | "generate" | "score" | "red-team" | "emit" | "lint";
  by: "offline" | "model" | "fallback";
  note: string;
}

/** The whole answer of the loop; the JSON of DESIGN.md's `okapi draft`. */
export interface DecisionDraft {
  decision: string;
  reframe: Reframe;
  wrongTool?: WrongTool;
  candidates: Candidate[];
  okr: DraftOkr | null;
  lint: { errors: number; warnings: number; findings: DraftFinding[] };
  trace: TraceEntry[];
}

/** The slice of a lint finding the loop reads. */
export interface DraftFinding {
  rule: string;
  severity: string;
  path: string;
  message: string;
}
