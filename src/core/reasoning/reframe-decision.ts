import { classifyDecision } from "./classify-decision.js";
import { SHARPEN_BY_TYPE } from "./decision-lexicon.js";
import type { Reframe } from "./draft-types.js";
import { readDecisionStructure } from "./read-decision-structure.js";

/** "an expansion", "a pricing": the article is chosen by the sound of the first letter. */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

const DECISION_OPENERS =
  /^(should|shall|do|does|can|could|will|would|is|are|must)\s+(we|i|our|the|it)\b|^(whether|is it worth|go or no-go|decide)\b/i;
const GOAL_VERBS =
  /^(improve|increase|grow|boost|optimi[sz]e|enhance|drive|maximi[sz]e|reduce|lower|cut|fix|better|make)\b/i;

/** The words after "should we" or a goal verb: what the decision is about. */
function extractSubject(text: string): string {
  const trimmed = text.trim().replace(/[?.!]+$/, "");
  const withoutOpener = trimmed
    .replace(/^(should|shall|do|does|can|could|will|would|must)\s+(we|i)\s+/i, "")
    .replace(/^(whether|decide whether|decide if)\s+(to\s+|we\s+(should\s+)?)?/i, "")
    .replace(GOAL_VERBS, "")
    .replace(/^\s*(our|the|my)\s+/i, "")
    .trim();
  return withoutOpener || trimmed;
}

/**
 * Step 1: turns a decision, or a vague function goal it pushes back on, into a decision
 * question with its constraint, decision type and structure (the horizon read as of `asOf`).
 * @example reframeDecision("improve sales performance", "2026-12-04").sharpened // true
 */
export function reframeDecision(text: string, asOf: string): Reframe {
  const cleaned = text.trim().replace(/\s+/g, " ");
  const classification = classifyDecision(cleaned);
  const subject = extractSubject(cleaned);
  const isDecision =
    DECISION_OPENERS.test(cleaned) || (/\?$/.test(cleaned) && !GOAL_VERBS.test(cleaned));
  const base = {
    constraint: classification.constraint,
    decisionType: classification.decisionType,
    relatedTypes: classification.relatedTypes,
    subject,
    structure: readDecisionStructure(cleaned, asOf),
  };
  if (isDecision) {
    const question = /\?$/.test(cleaned) ? cleaned : `${cleaned}?`;
    return {
      ...base,
      question: question.charAt(0).toUpperCase() + question.slice(1),
      sharpened: false,
      reason: `Read as ${withArticle(classification.decisionType)} decision limited by ${classification.constraint}.`,
    };
  }
  return {
    ...base,
    question: SHARPEN_BY_TYPE[classification.decisionType].replaceAll("{subject}", subject),
    sharpened: true,
    pushback: `"${cleaned}" is a direction, not a decision: it names no choice, no trade-off and no point at which we would stop. Measuring it would produce a dashboard, not a decision.`,
    reason: `A function goal, sharpened into the ${classification.decisionType} decision behind it; the likely constraint is ${classification.constraint}.`,
  };
}
