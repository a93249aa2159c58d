import { knownMetric } from "../knowledge/knowledge-base.js";
import { VIABILITY_BOUNDS } from "../thresholds/reasoning.js";
import type { Candidate } from "./draft-types.js";
import type { DecisionStructure, ScopePart } from "./read-decision-structure.js";
import type { DecisionAction } from "./structure-lexicon.js";

/** A target the decision itself states for a metric: "cut churn by 20%", "from 8 hours to 2". */
export type StatedTarget =
  | { kind: "stretch"; stretch: number; text: string }
  | { kind: "from-to"; from: number; to: number; text: string }
  | { kind: "level"; to: number; text: string; bound?: string };

/** How a key result is fitted to the decision in front of it: its scope words and stated target. */
export interface KeyResultFit {
  scope: string;
  target?: StatedTarget;
}

const LOWERING: readonly DecisionAction[] = ["cut", "remove", "freeze"];
const RAISING: readonly DecisionAction[] = [
  "raise",
  "double",
  "expand",
  "launch",
  "hire",
  "invest",
];
const STOPWORDS = new Set([
  "with",
  "from",
  "more",
  "than",
  "that",
  "this",
  "their",
  "into",
  "over",
  "among",
]);

/** Four-letter stems of the words, and acronyms whole ("DSO", "NPS"), for matching a metric. */
function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const acronyms = (text.match(/\b[A-Z]{2,5}\b/g) ?? []).map((word) => word.toLowerCase());
  return new Set([
    ...words.filter((word) => !STOPWORDS.has(word)).map((word) => word.slice(0, 4)),
    ...acronyms,
  ]);
}

/** Volumes come from a scope ("pipeline from EMEA accounts"); rates are measured in it. */
function marketPhrase(scope: readonly ScopePart[], unit: string): string | undefined {
  const regions = scope.filter((part) => part.kind === "region").map((part) => part.text);
  const segments = scope.filter((part) => part.kind === "segment").map((part) => part.text);
  if (regions.length + segments.length === 0) return undefined;
  const words = [...regions, ...segments].join(" ");
  const place = segments.length > 0 ? `${words} accounts` : words;
  return `${unit === "count" || unit === "USD" ? "from" : "in"} ${place}`;
}

/** "from EMEA mid-market accounts", "on the free plan", "with the new support agents". */
export function scopePhrase(
  structure: DecisionStructure,
  candidate: Pick<Candidate, "unit">,
): string {
  const { scope } = structure;
  const parts: string[] = [];
  const market = marketPhrase(scope, candidate.unit);
  if (market) parts.push(market);
  for (const part of scope) {
    // A plan being removed is no longer there to measure on: its effect shows on the rest.
    if (part.kind === "product" && structure.action !== "remove")
      parts.push(
        /\b(?:plan|tier|app)$/i.test(part.text) ? `on the ${part.text}` : `on ${part.text}`,
      );
    if (part.kind === "channel") parts.push(`via ${part.text}`);
    if (part.kind === "team")
      parts.push(structure.action === "hire" ? `with the new ${part.text}` : `in ${part.text}`);
  }
  return parts.join(" ");
}

/** The direction the decision's action pushes its own object, if the action says. */
function pushOf(action: DecisionAction | null): "up" | "down" | undefined {
  if (action && LOWERING.includes(action)) return "down";
  if (action && RAISING.includes(action)) return "up";
  return undefined;
}

/**
 * The decision's magnitude as this metric's target, when the metric is the decision's object
 * (shared word stems) and the magnitude moves it in the metric's good direction. A count ("5
 * more AEs") is the means, never a target.
 */
export function statedTarget(
  structure: DecisionStructure,
  candidate: Pick<Candidate, "name" | "metric" | "direction">,
): StatedTarget | undefined {
  const { magnitude, object } = structure;
  if (!magnitude || !object || candidate.direction === "within-range") return undefined;
  // A price is the lever, not the outcome: "raise prices 20%" does not target any metric +20%.
  if (/\bpric/i.test(object)) return undefined;
  const unscoped = structure.scope.reduce((text, part) => text.replace(part.text, " "), object);
  const wanted = stems(unscoped);
  const aliases = knownMetric(candidate.metric)?.aliases ?? [];
  const own = stems(
    `${candidate.name} ${candidate.metric.replaceAll("-", " ")} ${aliases.join(" ")}`,
  );
  const shared = [...wanted].filter((stem) => own.has(stem)).length;
  // Two shared words when the object has two; an acronym ("SLA", "DSO") helps but is never required.
  const words = [...wanted].filter((stem) => stem.length === 4 && /[a-z]{4}/.test(stem)).length;
  if (shared === 0 || shared < Math.min(2, words)) return undefined;
  const good = candidate.direction === "higher-is-better" ? "up" : "down";
  if (magnitude.kind === "from-to") {
    const moves = magnitude.to > magnitude.from ? "up" : "down";
    return moves === good
      ? { kind: "from-to", from: magnitude.from, to: magnitude.to, text: magnitude.text }
      : undefined;
  }
  if (magnitude.kind === "level")
    return { kind: "level", to: magnitude.value, text: magnitude.text };
  if (magnitude.kind === "count") return undefined;
  const push =
    magnitude.kind === "multiple"
      ? magnitude.factor >= 1
        ? "up"
        : "down"
      : pushOf(structure.action);
  if (push !== good) return undefined;
  const stretch =
    magnitude.kind === "multiple" ? Math.abs(magnitude.factor - 1) : Math.min(magnitude.share, 1);
  return stretch > 0 ? { kind: "stretch", stretch, text: magnitude.text } : undefined;
}

/** Without a stated target, a metric with a scale-free bound aims at the bound (3x coverage). */
function boundTarget(candidate: Pick<Candidate, "metric">): StatedTarget | undefined {
  const bound = VIABILITY_BOUNDS[candidate.metric];
  const to = bound?.below ?? bound?.above;
  return bound && to !== undefined
    ? { kind: "level", to, text: String(to), bound: bound.why }
    : undefined;
}

/** The scope words and stated target of a key result drafted for this decision. */
export function fitKeyResult(
  structure: DecisionStructure,
  candidate: Pick<Candidate, "name" | "metric" | "direction" | "unit">,
): KeyResultFit {
  const target = statedTarget(structure, candidate) ?? boundTarget(candidate);
  return { scope: scopePhrase(structure, candidate), ...(target ? { target } : {}) };
}
