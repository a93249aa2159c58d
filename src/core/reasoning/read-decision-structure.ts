import { type Horizon, resolveHorizon } from "./resolve-horizon.js";
import {
  ACTION_VERBS,
  type DecisionAction,
  SCOPE_WORDS,
  type ScopeKind,
} from "./structure-lexicon.js";

export interface ScopePart {
  kind: ScopeKind;
  text: string;
}

/** How much the decision moves its object: "by 20%", "5 more", "from 8 hours to 2", "double". */
export type Magnitude =
  | { kind: "relative"; text: string; share: number }
  | { kind: "count"; text: string; count: number }
  | { kind: "from-to"; text: string; from: number; to: number; unit: string }
  | { kind: "level"; text: string; value: number; unit: string }
  | { kind: "multiple"; text: string; factor: number };

/** The parts of a decision the draft is about (issue: "read the decision's structure"). */
export interface DecisionStructure {
  action: DecisionAction | null;
  /** The verb as written ("move off", "sunset"). */
  verb: string | null;
  object: string | null;
  scope: ScopePart[];
  magnitude: Magnitude | null;
  horizon: Horizon;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Word-bounded; a word with a capital ("US", "Pro") must match its case, so "us" and "pro" do not. */
function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w-])`, /[A-Z]/.test(word) ? "g" : "gi");
}

const ACTIONS = (Object.entries(ACTION_VERBS) as [DecisionAction, readonly string[]][]).flatMap(
  ([action, verbs]) => verbs.map((verb) => ({ action, verb, pattern: wordPattern(verb) })),
);

function findAction(text: string): { action: DecisionAction; verb: string; end: number } | null {
  let best: { action: DecisionAction; verb: string; start: number; end: number } | null = null;
  for (const { action, verb, pattern } of ACTIONS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (!match) continue;
    const start = match.index;
    const better =
      !best || start < best.start || (start === best.start && verb.length > best.verb.length);
    if (better) best = { action, verb: match[0], start, end: start + match[0].length };
  }
  return best;
}

const OBJECT_STOP =
  /\s(?:in|by|for|to|from|next|this|before|after|until|so|and|or|while|with|within|at|during|because|if|instead|than|over)\s|[,;?!.]|\s\$?\d/i;

function findObject(text: string, after: number): string | null {
  const rest = ` ${text.slice(after)}`
    .replace(/^\s+or\s+\w+\s/i, " ")
    .replace(/^\s+(?:into|in|to|on|off|out|up|from)\s/i, " ")
    .replace(/^\s+(?:\d[\d,]*\s+)?(?:more|new|additional|extra)\s/i, " ")
    .replace(/^\s+(?:the|our|a|an|its|their|all)\s/i, " ")
    .replace(/^\s+\$?\d[\d,.]*\s*%?\s/, " ");
  const stop = OBJECT_STOP.exec(rest);
  const object = (stop ? rest.slice(0, stop.index) : rest).trim();
  return object.length > 0 ? object : null;
}

const SCOPE_ENTRIES = (Object.entries(SCOPE_WORDS) as [ScopeKind, readonly string[]][])
  .flatMap(([kind, words]) => words.map((word) => ({ kind, word, pattern: wordPattern(word) })))
  // Longer phrases first, so "enterprise plan" is a product before "enterprise" is a segment.
  .sort((a, b) => b.word.length - a.word.length);

function findScope(text: string): ScopePart[] {
  const taken: [number, number][] = [];
  const found: (ScopePart & { at: number })[] = [];
  for (const { kind, pattern } of SCOPE_ENTRIES) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      if (!found.some((part) => part.text.toLowerCase() === match[0].toLowerCase()))
        found.push({ kind, text: match[0], at: start });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ kind, text }) => ({ kind, text }));
}

const NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
const UNIT = "\\s*(%|hours?|hrs?|days?|minutes?|mins?|weeks?|months?|seconds?|ms|k|m)?";
const FROM_TO = new RegExp(`\\bfrom \\$?${NUMBER}${UNIT} to \\$?${NUMBER}${UNIT}`, "i");
const BY_SHARE = new RegExp(`\\bby ${NUMBER}\\s*(?:%|percent)`, "i");
const LEVEL = new RegExp(`\\b(?:to|a|an|at) \\$?${NUMBER}${UNIT}`, "i");
const SHARE = new RegExp(`(?<![\\w.])${NUMBER}\\s*(?:%|percent)`, "i");
const COUNT = new RegExp(`\\b${NUMBER} (?:more|new|additional|extra)\\b`, "i");
const MULTIPLE = /\b(double|triple|quadruple|halve)\b/i;

function toNumber(text: string): number {
  return Number(text.replaceAll(",", ""));
}

function unitOf(raw: string | undefined): string {
  if (!raw) return "";
  const lower = raw.toLowerCase();
  if (lower === "%") return "%";
  if (/^h/.test(lower)) return "hours";
  if (/^d/.test(lower)) return "days";
  if (/^mi/.test(lower)) return "minutes";
  if (/^w/.test(lower)) return "weeks";
  if (/^mo/.test(lower)) return "months";
  if (/^s/.test(lower)) return "seconds";
  return lower;
}

function findMagnitude(text: string): Magnitude | null {
  const fromTo = FROM_TO.exec(text);
  if (fromTo?.[1] && fromTo[3])
    return {
      kind: "from-to",
      text: fromTo[0].trim(),
      from: toNumber(fromTo[1]),
      to: toNumber(fromTo[3]),
      unit: unitOf(fromTo[2] ?? fromTo[4]),
    };
  const byShare = BY_SHARE.exec(text);
  if (byShare?.[1])
    return { kind: "relative", text: byShare[0], share: toNumber(byShare[1]) / 100 };
  const count = COUNT.exec(text);
  if (count?.[1]) return { kind: "count", text: count[0], count: toNumber(count[1]) };
  const level = LEVEL.exec(text);
  if (level?.[1] && level[2])
    return {
      kind: "level",
      text: level[0].trim(),
      value: toNumber(level[1]),
      unit: unitOf(level[2]),
    };
  const share = SHARE.exec(text);
  if (share?.[1]) return { kind: "relative", text: share[0], share: toNumber(share[1]) / 100 };
  const multiple = MULTIPLE.exec(text);
  if (multiple?.[1]) {
    const factor = { double: 2, triple: 3, quadruple: 4, halve: 0.5 }[
      multiple[1].toLowerCase() as "double"
    ];
    return { kind: "multiple", text: multiple[0], factor };
  }
  return null;
}

const OPENER =
  /^(?:(?:should|shall|do|does|can|could|will|would|must)\s+(?:we|i)\s+|(?:is it worth|decide whether to|decide if we should|whether to|whether we should)\s+)/i;

/**
 * Reads the decision's action, object, scope, magnitude and horizon. Pure: the horizon is
 * resolved as of `asOf`, never to a period that is over.
 * @example readDecisionStructure("Should we expand into mid-market EMEA in H2?", "2026-12-04").horizon.period.id // "2027-H2"
 */
export function readDecisionStructure(decision: string, asOf: string): DecisionStructure {
  const text = decision.trim().replace(/\s+/g, " ").replace(OPENER, "");
  const found = findAction(text);
  const scope = findScope(text);
  let action = found?.action ?? null;
  // "add 5 engineers" hires; "add a self-serve plan" launches.
  if (
    action === "launch" &&
    /^add$/i.test(found?.verb ?? "") &&
    scope.some((p) => p.kind === "team")
  )
    action = "hire";
  return {
    action,
    verb: found?.verb ?? null,
    object: found ? findObject(text, found.end) : null,
    scope,
    magnitude: findMagnitude(text),
    horizon: resolveHorizon(text, asOf),
  };
}

const SCOPE_ORDER: ScopeKind[] = ["region", "segment", "product", "channel", "team"];

/** The scope as one phrase for a title: "EMEA mid-market", "Pro plan"; empty when unscoped. */
export function describeScope(scope: readonly ScopePart[]): string {
  return SCOPE_ORDER.flatMap((kind) =>
    scope.filter((part) => part.kind === kind).map((part) => part.text),
  ).join(" ");
}
