import { metricKnowledge } from "../knowledge/knowledge-base.js";
import { lintDocument } from "../lint/index.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { MIN_CANDIDATES, MIN_RETRIEVAL_WITHOUT_TYPE } from "../thresholds/reasoning.js";
import { buildMetricIndex } from "./build-metric-index.js";
import { checkDraft, type DraftLinter } from "./check-draft.js";
import { fightsTheDecision, pushOnMetric } from "./decision-pushes.js";
import { firstSignalOf } from "./decision-signals.js";
import { describeStructure } from "./describe-structure.js";
import { detectWrongTool } from "./detect-wrong-tool.js";
import type { Candidate, DecisionDraft, DraftOkr, Reframe, TraceEntry } from "./draft-types.js";
import { emitDraftOkr } from "./emit-draft-okr.js";
import { generateCandidates } from "./generate-candidates.js";
import { type RankedMetric, rankMetrics } from "./rank-metrics.js";
import { redTeamCandidates } from "./red-team-candidates.js";
import { reframeDecision } from "./reframe-decision.js";
import { type MetricDocument, resolveWorkspaceMetrics } from "./resolve-workspace-metrics.js";
import { scoreCandidates } from "./score-candidates.js";

export interface DraftOptions {
  /** The day the draft is made (YYYY-MM-DD): picks the cycle and the kill dates. */
  asOf: string;
  /** The workspace whose KPIs and measurements supply candidates and baselines. */
  workspace?: OkapiDocument;
  team?: string;
  /** The goal linter; `lintDocument` unless a caller injects another. */
  lint?: DraftLinter;
}

/** The parts of the loop shared by the offline engine and the model-driven one. */
export interface DraftContext {
  decision: string;
  options: DraftOptions;
  metrics: MetricDocument[];
  byId: Map<string, MetricDocument>;
  ranked: RankedMetric[];
  all: RankedMetric[];
}

/** Builds the metric set and the search ranking for a decision. */
export function prepareDraft(
  decision: string,
  reframe: Reframe,
  options: DraftOptions,
): DraftContext {
  const metrics = resolveWorkspaceMetrics(
    metricKnowledge(),
    options.workspace?.kpis ?? [],
    options.asOf,
  );
  const scored = rankMetrics(metrics, buildMetricIndex(metrics), decision, reframe);
  // A strong text match earns a place without a type match; a weak one only with it.
  const ranked = scored.filter(
    (entry) => entry.typeMatch || entry.retrieval >= MIN_RETRIEVAL_WITHOUT_TYPE,
  );
  const rankedIds = new Set(scored.map((entry) => entry.metric.id));
  const rest = metrics
    .filter((metric) => !rankedIds.has(metric.id))
    .map((metric) => ({ metric, retrieval: 0, rank: 0 }));
  const all = [...scored, ...rest];
  return {
    decision,
    options,
    metrics,
    byId: new Map(metrics.map((metric) => [metric.id, metric])),
    ranked: ranked.length >= MIN_CANDIDATES ? ranked : all,
    all,
  };
}

/** Steps 2–4 offline: generate, score, red-team. */
export function proposeCandidates(context: DraftContext, reframe: Reframe): Candidate[] {
  const selected = generateCandidates(
    context.ranked,
    context.all,
    firstSignalOf(reframe.structure),
  );
  return redTeamCandidates(scoreCandidates(selected, reframe), context.byId);
}

/** Step 5 offline plus the lint check and repair. */
export function finishDraft(
  context: DraftContext,
  reframe: Reframe,
  candidates: Candidate[],
  trace: TraceEntry[],
  okr: DraftOkr = emitDraftOkr(
    candidates,
    baselinesOf(context),
    reframe,
    reframe.structure.horizon.period,
    context.options.asOf,
  ),
): DecisionDraft {
  const { lint = lintDocument, team } = context.options;
  const checked = checkDraft(okr, team, lint);
  const errors = checked.findings.filter((finding) => finding.severity === "error").length;
  const warnings = checked.findings.filter((finding) => finding.severity === "warning").length;
  const repaired = checked.repairs.length > 0 ? `; repaired: ${checked.repairs.join("; ")}` : "";
  trace.push({
    step: "lint",
    by: "offline",
    note: `goal linter: ${errors} errors, ${warnings} warnings${repaired}`,
  });
  return {
    decision: context.decision,
    reframe,
    candidates,
    okr: checked.okr,
    lint: { errors, warnings, findings: checked.findings },
    trace,
  };
}

/** The candidates kept out of the KRs because the decision itself pushes them the other way. */
function describeFights(reframe: Reframe, candidates: readonly Candidate[]): string {
  const fights = candidates.filter((candidate) => fightsTheDecision(reframe.structure, candidate));
  if (fights.length === 0) return "";
  const names = fights
    .map((c) => `${c.name} (the decision pushes it ${pushOnMetric(reframe.structure, c.metric)})`)
    .join(", ");
  return `; not KRs: ${names}`;
}

/** Baselines by metric id: the latest workspace value of the KPI tracking the metric. */
export function baselinesOf(context: DraftContext): Map<string, number> {
  return new Map(
    context.metrics.flatMap((metric) =>
      metric.baseline === undefined ? [] : [[metric.id, metric.baseline]],
    ),
  );
}

/** The wrong-tool answer: no candidates, no OKR, the method to use instead. */
export function wrongToolDraft(
  decision: string,
  reframe: Reframe,
  trace: TraceEntry[],
): DecisionDraft | undefined {
  const wrongTool = detectWrongTool(decision);
  if (!wrongTool) return undefined;
  trace.push({
    step: "wrong-tool",
    by: "offline",
    note: `${wrongTool.reason} ${wrongTool.instead}`,
  });
  return {
    decision,
    reframe,
    wrongTool,
    candidates: [],
    okr: null,
    lint: { errors: 0, warnings: 0, findings: [] },
    trace,
  };
}

/**
 * The offline reasoning loop: reframe, generate, score, red-team, emit, lint. Deterministic:
 * the same decision, workspace and `asOf` give the same draft.
 * @example draftDecision("Do we raise Pro prices 20% next quarter?", { asOf: "2026-06-01" })
 */
export function draftDecision(decision: string, options: DraftOptions): DecisionDraft {
  const trace: TraceEntry[] = [];
  const reframe = reframeDecision(decision, options.asOf);
  trace.push({
    step: "reframe",
    by: "offline",
    note: `${reframe.pushback ? `${reframe.pushback} ` : ""}${reframe.reason} ${describeStructure(reframe.structure)}`,
  });
  const wrong = wrongToolDraft(decision, reframe, trace);
  if (wrong) return wrong;
  const context = prepareDraft(decision, reframe, options);
  const candidates = proposeCandidates(context, reframe);
  trace.push({
    step: "generate",
    by: "offline",
    note: `${candidates.length} candidates from ${context.metrics.length} metrics (BM25 + ${reframe.decisionType} boost${options.workspace ? " + workspace KPIs" : ""})`,
  });
  trace.push({
    step: "score",
    by: "offline",
    note: "observability from cadence and source, gameability from the knowledge base, relevance from decision type, retrieval and kind",
  });
  trace.push({
    step: "red-team",
    by: "offline",
    note: `exploit and guardrail for each of ${candidates.length} candidates`,
  });
  const cycle = reframe.structure.horizon.period;
  const okr = emitDraftOkr(candidates, baselinesOf(context), reframe, cycle, options.asOf);
  const measured = okr.keyResults.filter((kr) => kr.from !== null).length;
  trace.push({
    step: "emit",
    by: "offline",
    note: `${okr.keyResults.length} key results for ${cycle.id} (${measured} with a baseline), ${okr.killCriteria.length} kill criteria${describeFights(reframe, candidates)}`,
  });
  return finishDraft(context, reframe, candidates, trace, okr);
}
