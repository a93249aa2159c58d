import { lintDocument } from "../lint/index.js";
import { checkDraft } from "./check-draft.js";
import { describeStructure } from "./describe-structure.js";
import {
  baselinesOf,
  type DraftContext,
  type DraftOptions,
  finishDraft,
  prepareDraft,
  proposeCandidates,
  wrongToolDraft,
} from "./draft-decision.js";
import type { Candidate, DecisionDraft, DraftOkr, Reframe, TraceEntry } from "./draft-types.js";
import { emitDraftOkr } from "./emit-draft-okr.js";
import { attachPartners } from "./generate-candidates.js";
import {
  CandidatesAnswer,
  OkrAnswer,
  RedTeamAnswer,
  ReframeAnswer,
  ScoresAnswer,
} from "./model-answers.js";
import { askStep, type ReasoningModel } from "./reasoning-model.js";
import { redTeamCandidates } from "./red-team-candidates.js";
import { reframeDecision } from "./reframe-decision.js";
import { scoreCandidates } from "./score-candidates.js";

const SHORTLIST = 24;

function coverage(ids: readonly string[], context: DraftContext): string | undefined {
  const picked = ids.map((id) => context.byId.get(id));
  if (picked.some((metric) => metric === undefined)) return "use only metric ids from the list";
  const facets = new Set(picked.flatMap((metric) => (metric ? [metric.kind, metric.axis] : [])));
  const missing = ["leading", "lagging", "quality", "quantity"].filter(
    (facet) => !facets.has(facet as never),
  );
  return missing.length > 0
    ? `the set must span leading and lagging, quality and quantity; missing ${missing.join(", ")}`
    : undefined;
}

function everyCandidate(
  items: readonly { metric: string }[],
  candidates: readonly Candidate[],
): string | undefined {
  const answered = new Set(items.map((item) => item.metric));
  const missing = candidates
    .filter((candidate) => !answered.has(candidate.metric))
    .map((candidate) => candidate.metric);
  return missing.length > 0
    ? `answer for every candidate; missing ${missing.join(", ")}`
    : undefined;
}

async function modelCandidates(
  model: ReasoningModel,
  context: DraftContext,
  reframe: Reframe,
  trace: TraceEntry[],
) {
  const offline = proposeCandidates(context, reframe);
  // The offline picks first (they include leading partners ranked lower), then the best of the rest.
  const offlineIds = new Set(offline.map((candidate) => candidate.metric));
  const shortlist = [
    ...context.all.filter((entry) => offlineIds.has(entry.metric.id)),
    ...context.ranked
      .filter((entry) => !offlineIds.has(entry.metric.id))
      .slice(0, SHORTLIST - offlineIds.size),
  ];
  const list = shortlist
    .map(
      ({ metric }) =>
        `${metric.id} (${metric.name}; ${metric.kind}, ${metric.axis}): ${metric.definition}`,
    )
    .join("\n");
  const picked = await askStep(
    model,
    "generate",
    CandidatesAnswer,
    `Decision question: ${reframe.question}\nPick 6-8 metric ids spanning leading and lagging, quality and quantity, from:\n${list}`,
    trace,
    (answer) => coverage(answer.metrics, context),
  );
  if (!picked) return offline;
  const chosen = picked.metrics.flatMap((id) =>
    shortlist.filter((entry) => entry.metric.id === id),
  );
  const scored = scoreCandidates(attachPartners(chosen, context.ranked, context.all), reframe);
  const scores = await askStep(
    model,
    "score",
    ScoresAnswer,
    `Decision question: ${reframe.question}\nScore each metric 0-1 on observability, gameability (higher is worse) and decisionRelevance, with a one-line reason each:\n${scored.map((c) => `${c.metric}: ${c.definition}`).join("\n")}`,
    trace,
    (answer) => everyCandidate(answer.scores, scored),
  );
  const rescored = scored.map((candidate) => {
    const own = scores?.scores.find((item) => item.metric === candidate.metric);
    return own
      ? {
          ...candidate,
          scores: {
            observability: own.observability,
            gameability: own.gameability,
            decisionRelevance: own.decisionRelevance,
          },
          reasons: own.reasons,
        }
      : candidate;
  });
  const offlineRedTeam = redTeamCandidates(rescored, context.byId);
  const redTeam = await askStep(
    model,
    "red-team",
    RedTeamAnswer,
    `For each metric: how would a cynical operator hit it while destroying the business, and which guardrail catches it?\n${offlineRedTeam.map((c) => `${c.metric}: known gaming — ${c.redTeam?.exploit}`).join("\n")}`,
    trace,
    (answer) => everyCandidate(answer.redTeam, offlineRedTeam),
  );
  return offlineRedTeam.map((candidate) => {
    const own = redTeam?.redTeam.find((item) => item.metric === candidate.metric);
    return own
      ? { ...candidate, redTeam: { exploit: own.exploit, guardrail: own.guardrail } }
      : candidate;
  });
}

async function modelOkr(
  model: ReasoningModel,
  context: DraftContext,
  reframe: Reframe,
  candidates: Candidate[],
  trace: TraceEntry[],
): Promise<DraftOkr | undefined> {
  const cycle = reframe.structure.horizon.period;
  const build = (answer: { objective: string; keyResultMetrics: string[] }): DraftOkr => {
    const chosen = candidates.filter((candidate) =>
      answer.keyResultMetrics.includes(candidate.metric),
    );
    const base = emitDraftOkr(
      chosen.length >= 2
        ? [...chosen, ...candidates.filter((c) => !chosen.includes(c) && c.kind === "leading")]
        : candidates,
      baselinesOf(context),
      reframe,
      cycle,
      context.options.asOf,
    );
    return { ...base, objective: answer.objective };
  };
  const lint = context.options.lint ?? lintDocument;
  const answer = await askStep(
    model,
    "emit",
    OkrAnswer,
    `Decision question: ${reframe.question}\nWrite a qualitative objective (4-18 words, no numbers, a change in state, not a deliverable) and pick 2-4 key result metric ids, at least one leading, from: ${candidates.map((c) => `${c.metric} (${c.kind})`).join(", ")}`,
    trace,
    (value) => {
      if (!value.keyResultMetrics.every((id) => candidates.some((c) => c.metric === id)))
        return "use only candidate metric ids";
      const errors = checkDraft(build(value), context.options.team, lint).findings.filter(
        (f) => f.severity === "error",
      );
      return errors.length > 0
        ? `the goal linter rejected the draft: ${errors.map((f) => `${f.rule} at ${f.path}: ${f.message}`).join("; ")}`
        : undefined;
    },
  );
  return answer ? build(answer) : undefined;
}

/**
 * The loop with a language model: each step asks the model for structured output grounded in the
 * knowledge base, validated by zod, repaired once, and otherwise answered by the offline engine.
 */
export async function draftDecisionWithModel(
  decision: string,
  options: DraftOptions,
  model: ReasoningModel,
): Promise<DecisionDraft> {
  const trace: TraceEntry[] = [];
  const offline = reframeDecision(decision, options.asOf);
  const answer = await askStep(
    model,
    "reframe",
    ReframeAnswer,
    `Turn this into one decision question (push back if it is a vague function goal), name the constraint and the decision type:\n${decision}`,
    trace,
  );
  const reframe: Reframe = answer
    ? {
        ...offline,
        question: answer.question,
        constraint: answer.constraint,
        decisionType: answer.decisionType,
        ...(answer.pushback ? { pushback: answer.pushback } : {}),
      }
    : offline;
  trace.push({ step: "reframe", by: "offline", note: describeStructure(reframe.structure) });
  const wrong = wrongToolDraft(decision, reframe, trace);
  if (wrong) return wrong;
  const context = prepareDraft(decision, reframe, options);
  const candidates = await modelCandidates(model, context, reframe, trace);
  const okr = await modelOkr(model, context, reframe, candidates, trace);
  return okr
    ? finishDraft(context, reframe, candidates, trace, okr)
    : finishDraft(context, reframe, candidates, trace);
}
