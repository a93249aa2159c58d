import { DecisionType } from "../knowledge/metric-knowledge.js";
import { CONSTRAINT_STEMS, DECISION_TYPE_STEMS, DEFAULT_CONSTRAINT } from "./decision-lexicon.js";
import { Constraint } from "./draft-types.js";
import { countStems, normalizeText } from "./find-stems.js";

export interface Classification {
  decisionType: DecisionType;
  relatedTypes: DecisionType[];
  constraint: Constraint;
  matched: number;
}

/** Classifies a decision's type and its constraint from the words it uses (ties: enum order). */
export function classifyDecision(text: string): Classification {
  const normalized = normalizeText(text);
  const ranked = DecisionType.options
    .map((type, order) => ({
      type,
      order,
      hits: countStems(normalized, DECISION_TYPE_STEMS[type]),
    }))
    .filter((entry) => entry.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order);
  const decisionType = ranked[0]?.type ?? "efficiency";
  const constraint = pickConstraint(normalized, decisionType);
  return {
    decisionType,
    relatedTypes: ranked.slice(1, 3).map((entry) => entry.type),
    constraint,
    matched: ranked[0]?.hits ?? 0,
  };
}

function pickConstraint(normalized: string, decisionType: DecisionType): Constraint {
  const fallback = DEFAULT_CONSTRAINT[decisionType];
  // The type's usual constraint wins ties: "raise prices" names cash words but is a demand bet.
  const ranked = Constraint.options
    .map((constraint) => ({
      constraint,
      hits:
        countStems(normalized, CONSTRAINT_STEMS[constraint]) + (constraint === fallback ? 1 : 0),
    }))
    .sort((a, b) => b.hits - a.hits);
  return ranked[0]?.constraint ?? fallback;
}
