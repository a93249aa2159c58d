import { CLAUSE_BREAKS, DETERMINERS, isNumber } from "./token-helpers.js";
import type { Token } from "./tokenize.js";
import { lookUpVerb, type VerbClass, type VerbEntry } from "./verb-lexicon.js";
import { wordList } from "./word-list.js";

const LEADING_ADVERBS = new Set(
  wordList(`
  successfully | consistently | sustainably | fully | significantly | dramatically |
  further | continuously | meaningfully | materially | substantially | steadily | reliably
  | quickly | safely | profitably | measurably | to | proactively | actively
`),
);
// Words that open metric names as often as they open commands ("Test coverage above 80%").
const NOUN_VERBS = new Set(
  wordList(`
  test | build | release | review | plan | design | post | call | email | visit | record |
  book | open | update | pilot | interview | pitch | present | run | score | top | change
  | move | cap | hold | close | train | document | research | refresh | fix | resolve
`),
);
const OUTCOME_CLASSES: ReadonlySet<VerbClass> = new Set(["increase", "decrease", "improve"]);

/** A verb found in a sentence: where, how many words, and what it asks for. */
export interface Verb {
  at: number;
  span: number;
  entry: VerbEntry;
}

/** Where the sentence starts after its leading adverbs, and the verb written there, if any. */
function leadingVerb(
  tokens: Token[],
  lower: string[],
): { at: number; first: ReturnType<typeof lookUpVerb> } {
  let at = 0;
  while (at < tokens.length && LEADING_ADVERBS.has(lower[at] ?? "")) at++;
  return { at, first: tokens[at]?.kind === "word" ? lookUpVerb(lower, at) : undefined };
}

/** The verb a key result leads with, or a later one after its subject ("Accounts reach 50,000"). */
export function findMainVerb(
  tokens: Token[],
  lower: string[],
  masked: boolean[],
): Verb | undefined {
  const { at, first } = leadingVerb(tokens, lower);
  const hasNumber = tokens.some((t, i) => !masked[i] && isNumber(t));
  // "Open source projects…" names things; it asks nothing to be opened.
  if (first && !(lower[at] === "open" && lower[at + 1] === "source")) {
    const next = tokens[at + first.span];
    const readsAsVerb =
      !NOUN_VERBS.has(lower[at] ?? "") ||
      first.span > 1 ||
      !hasNumber ||
      isNumber(next) ||
      DETERMINERS.has(next?.lower ?? "");
    if (readsAsVerb) return { at, ...first };
  }
  for (let i = at + 1; i < tokens.length; i++) {
    if (masked[i] || tokens[i]?.kind !== "word") continue;
    const found = lookUpVerb(lower, i);
    if (found && found.entry.verbClass !== "deliver") return { at: i, ...found };
  }
  return undefined;
}

/** Where an activity verb is followed by a measured change: "…to lift conversion from 2% to 3%". */
export function findOutcomeVerb(
  tokens: Token[],
  lower: string[],
  after: number,
  masked: readonly boolean[] = [],
): Verb | undefined {
  for (let i = after; i < tokens.length; i++) {
    const found = tokens[i]?.kind === "word" && !masked[i] ? lookUpVerb(lower, i) : undefined;
    if (!found || !OUTCOME_CLASSES.has(found.entry.verbClass)) continue;
    const before = lower[i - 1] ?? "";
    if (
      before === "to" ||
      before === "by" ||
      before === "that" ||
      CLAUSE_BREAKS.has(before) ||
      (lower[i] ?? "").endsWith("ing")
    )
      return { at: i, ...found };
  }
  return undefined;
}

/**
 * Whether the sentence may lead with a deliverable ("Launch…", "Successfully ship…"):
 * false rules it out without reading the whole sentence; true needs parseKeyResult.
 */
export function mayLeadWithDeliverable(tokens: Token[]): boolean {
  // findMainVerb reads a deliverable only from the verb it leads with.
  const lower = tokens.map((t) => t.lower);
  const entry = leadingVerb(tokens, lower).first?.entry;
  return entry?.verbClass === "deliver" && entry.workOnly !== true;
}
