import type { WrongTool } from "./draft-types.js";
import { normalizeText } from "./find-stems.js";

const PERSONAL_TRIAGE = [
  /\bmy (to-?do|todo|tasks|inbox|week|day|calendar|backlog)\b/,
  /\bwhat should i (work on|do)\b/,
  /\bprioriti[sz]e my\b/,
  /\b(personal|errands)\b/,
];
const STRATEGY_UNDECIDED = [
  /\bwhat (should|is) our strategy\b/,
  /\b(which|what) (market|markets|segment|segments) should we\b/,
  /\bwhere (should we|to) (play|compete)\b/,
  /\bshould we pivot\b/,
  /\b(pivot|positioning|business model|competitive strategy)\b/,
  /\bhow (should|do) we (compete|differentiate|position)\b/,
];
/** Meeting rituals and internal process changes: reversible, cheap, judged by the people in them. */
const RITUAL_OR_TRIAL = [
  /\b(move|start|stop|drop|switch|change|try|cancel|add|hold|run|shorten|skip)\b.*\b(meeting|meetings|standup|standups|stand-?ups?|all[- ]hands|retro|retros|retrospective|one[- ]on[- ]ones?|weekly sync|offsite)\b/,
  /\bas an? (trial|experiment)\b/,
  /\bfor (a|one|two|\d+) (week|weeks|month|months) (as a trial|to see)\b/,
];
const NO_NORTH_STAR = [
  /\bno (north star|product[- ]market fit|pmf)\b/,
  /\bpre[- ]?(pmf|product[- ]market fit|revenue)\b/,
  /\b(haven t|have not|not yet) (found|reached|got) (product[- ]market fit|pmf|a north star)\b/,
  /\bwhat should we measure\b/,
  /\bwhich metric matters\b/,
];

/** Says when OKRs are the wrong tool for the input (DESIGN.md "Method notes"), or undefined. */
export function detectWrongTool(text: string): WrongTool | undefined {
  const normalized = normalizeText(text);
  if (PERSONAL_TRIAGE.some((pattern) => pattern.test(normalized)))
    return {
      tool: "eisenhower-matrix",
      reason:
        "This is personal task triage: OKRs are for a team's change over a quarter, not one person's to-do list.",
      instead:
        "Sort the tasks on an Eisenhower matrix (urgent × important): do, schedule, delegate, drop.",
    };
  if (RITUAL_OR_TRIAL.some((pattern) => pattern.test(normalized)))
    return {
      tool: "trial-with-review",
      reason:
        "This is a meeting ritual or an internal process change: cheap to reverse and judged by the people in it, not a quarter's bet on an outcome.",
      instead:
        "Run it as a time-boxed trial: write down what would make you keep it, try it for four to six weeks, and decide at a review date with the people affected.",
    };
  if (NO_NORTH_STAR.some((pattern) => pattern.test(normalized)))
    return {
      tool: "north-star-first",
      reason:
        "Without a stable North Star metric, OKRs would measure guesses and churn every quarter.",
      instead:
        "Pick the North Star first: the one customer-value metric that predicts revenue; defer formal OKRs until it holds for a quarter.",
    };
  if (STRATEGY_UNDECIDED.some((pattern) => pattern.test(normalized)))
    return {
      tool: "swot-five-forces",
      reason: "The strategic position is not decided yet, and OKRs presume the strategy is set.",
      instead:
        "Run a SWOT and a five-forces analysis, choose where to play, then come back with the decision to measure.",
    };
  return undefined;
}
