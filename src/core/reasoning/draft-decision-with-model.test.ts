import { describe, expect, it } from "vitest";
import { draftDecision } from "./draft-decision.js";
import { draftDecisionWithModel } from "./draft-decision-with-model.js";
import type { ReasoningModel } from "./reasoning-model.js";

const AS_OF = "2026-05-20";
const DECISION = "Do we raise Pro prices 20% next quarter?";

/** A scripted model: answers per step from a queue, recording what it was asked. */
function scriptedModel(answers: Record<string, unknown[]>) {
  const asked: string[] = [];
  const model: ReasoningModel = {
    async ask({ step }) {
      asked.push(step);
      const queue = answers[step] ?? [];
      if (queue.length === 0) throw new Error(`no answer scripted for ${step}`);
      return queue.shift();
    },
  };
  return { model, asked };
}

describe("draftDecisionWithModel", () => {
  it("uses the model's valid answers for each step and says so in the trace", async () => {
    const offline = draftDecision(DECISION, { asOf: AS_OF });
    const ids = offline.candidates.map((c) => c.metric);
    const { model } = scriptedModel({
      reframe: [
        {
          question: "Should we raise Pro prices 20% in Q3?",
          constraint: "demand",
          decisionType: "pricing",
        },
      ],
      generate: [{ metrics: ids }],
      score: [
        {
          scores: ids.map((metric) => ({
            metric,
            observability: 0.5,
            gameability: 0.5,
            decisionRelevance: 0.5,
            reasons: { observability: "o", gameability: "g", decisionRelevance: "d" },
          })),
        },
      ],
      "red-team": [
        {
          redTeam: ids.map((metric) => ({
            metric,
            exploit: `game ${metric}`,
            guardrail: `guard ${metric}`,
          })),
        },
      ],
      emit: [
        {
          objective: "Charge what the product is worth while keeping customers loyal",
          keyResultMetrics: ids.slice(0, 3),
        },
      ],
    });
    const draft = await draftDecisionWithModel(DECISION, { asOf: AS_OF }, model);
    expect(draft.reframe.question).toBe("Should we raise Pro prices 20% in Q3?");
    expect(draft.reframe.constraint).toBe("demand");
    expect(draft.candidates.every((c) => c.scores.observability === 0.5)).toBe(true);
    expect(draft.candidates[0]?.redTeam?.exploit).toBe(`game ${ids[0]}`);
    expect(draft.okr?.objective).toBe(
      "Charge what the product is worth while keeping customers loyal",
    );
    expect(draft.trace.filter((t) => t.by === "model").map((t) => t.step)).toEqual([
      "reframe",
      "generate",
      "score",
      "red-team",
      "emit",
    ]);
  });

  it("repairs an invalid answer once by asking again with the problem", async () => {
    const { model, asked } = scriptedModel({
      reframe: [
        { question: "x", constraint: "money" },
        {
          question: "Should we raise Pro prices in Q3?",
          constraint: "cash",
          decisionType: "pricing",
        },
      ],
    });
    const draft = await draftDecisionWithModel(DECISION, { asOf: AS_OF }, model);
    expect(asked.filter((step) => step === "reframe")).toHaveLength(2);
    expect(draft.reframe.question).toBe("Should we raise Pro prices in Q3?");
    expect(draft.trace[0]?.note).toMatch(/after one repair/);
  });

  it("falls back to the offline engine after a failed repair, with a note per step", async () => {
    const { model } = scriptedModel({
      reframe: [{ nonsense: true }, { still: "nonsense" }],
      generate: [
        { metrics: ["not-a-metric", "x", "y", "z", "w", "v"] },
        { metrics: ["nope", "x", "y", "z", "w", "v"] },
      ],
    });
    const draft = await draftDecisionWithModel(DECISION, { asOf: AS_OF }, model);
    const offline = draftDecision(DECISION, { asOf: AS_OF });
    expect(draft.candidates).toEqual(offline.candidates);
    expect(draft.okr).toEqual(offline.okr);
    const fallbacks = draft.trace.filter((t) => t.by === "fallback").map((t) => t.step);
    expect(fallbacks).toEqual(["reframe", "generate", "emit"]);
  });

  it("rejects a candidate set that does not span both kinds and both axes", async () => {
    const leadingOnly = [
      "activation-rate",
      "product-adoption-rate",
      "time-to-first-value",
      "onboarding-completion-rate",
      "stickiness-ratio",
      "task-success-rate",
    ];
    const { model } = scriptedModel({
      generate: [{ metrics: leadingOnly }, { metrics: leadingOnly }],
    });
    const draft = await draftDecisionWithModel(DECISION, { asOf: AS_OF }, model);
    expect(draft.trace.find((t) => t.step === "generate")?.note).toMatch(
      /span leading and lagging|only metric ids/,
    );
  });
});
