import { z } from "zod";
import { partOf } from "../lint/evaluate/evaluate-kinds.js";
import { draftDecision } from "./draft-decision.js";
import type { DecisionDraft } from "./draft-types.js";

const EvaluationDecision = z.strictObject({
  area: z.string().min(1),
  decision: z.string().min(1),
  asOf: z.iso.date(),
  scope: z.array(z.string().min(1)).optional(),
  period: z.string().optional(),
  wrongTool: z.boolean().optional(),
  notKr: z.array(z.string()).optional(),
  numericKill: z.boolean().optional(),
});
export type EvaluationDecision = z.infer<typeof EvaluationDecision>;

/** The evaluation set (src/core/reasoning/fixtures/decisions.json). */
const EvaluationSet = z.object({ note: z.string(), decisions: z.array(EvaluationDecision).min(1) });

/** Validates the evaluation set file. */
export function loadEvaluationSet(data: unknown): EvaluationDecision[] {
  return EvaluationSet.parse(data).decisions;
}

const PROPERTIES = [
  "wrong-tool",
  "no-past-dates",
  "period",
  "scope-in-krs",
  "direction",
  "numeric-kill",
] as const;
export type Property = (typeof PROPERTIES)[number];

/** Whether a draft has one property; undefined when the item does not ask for it. */
function check(
  item: EvaluationDecision,
  draft: DecisionDraft,
  property: Property,
): boolean | undefined {
  const okr = draft.okr;
  const expectsOkr = item.wrongTool !== true;
  if (property === "wrong-tool") return (okr === null) === !expectsOkr;
  if (!expectsOkr || !okr) return undefined;
  const period = draft.reframe.structure.horizon.period;
  switch (property) {
    case "no-past-dates":
      return okr.killCriteria.every(
        (kill) => kill.by >= item.asOf && kill.by >= period.start && kill.by <= period.end,
      );
    case "period":
      return item.period === undefined ? undefined : okr.cycle === item.period;
    case "scope-in-krs":
      return item.scope === undefined
        ? undefined
        : okr.keyResults.every((kr) =>
            (item.scope ?? []).every((word) => kr.title.toLowerCase().includes(word.toLowerCase())),
          );
    case "direction":
      return item.notKr === undefined
        ? undefined
        : okr.keyResults.every((kr) => !(item.notKr ?? []).includes(kr.metric));
    case "numeric-kill":
      return item.numericKill === undefined
        ? undefined
        : okr.killCriteria.some((kill) => kill.metric !== undefined) === item.numericKill;
  }
}

export interface PropertyScore {
  passed: number;
  asked: number;
  rate: number;
  failures: string[];
}

/** Pass rates per property on the tuning and held-out parts (held out by a hash of the text). */
export function evaluateDrafts(
  items: readonly EvaluationDecision[],
): Record<"tuning" | "held-out", Record<Property, PropertyScore>> {
  const empty = () =>
    Object.fromEntries(
      PROPERTIES.map((p) => [p, { passed: 0, asked: 0, rate: 1, failures: [] }]),
    ) as unknown as Record<Property, PropertyScore>;
  const result = { tuning: empty(), "held-out": empty() };
  for (const item of items) {
    const draft = draftDecision(item.decision, { asOf: item.asOf });
    const part = result[partOf(item.decision)];
    for (const property of PROPERTIES) {
      const passed = check(item, draft, property);
      if (passed === undefined) continue;
      const score = part[property];
      score.asked += 1;
      if (passed) score.passed += 1;
      else score.failures.push(item.decision);
      score.rate = score.passed / score.asked;
    }
  }
  return result;
}
