import type { KrKind, ParsedKeyResult } from "../../language/parsed-key-result.js";
import { kindFeatures } from "./kind-features.js";
import { KIND_MODEL } from "./kind-model.generated.js";
import { scoreKinds } from "./train-kind-model.js";

/** What the learned reading says, with the sentence's words that pushed it there most. */
export interface LearnedKind {
  kind: KrKind;
  probability: number;
  words: string;
}

// Chosen by 5-fold cross-validation on the tuning part (0.5, 0.6 and 0.7 tried; 0.7 read best):
// below it the model is no surer than the rules it stands in for.
const MIN_PROBABILITY = 0.7;
const cache = new Map<string, LearnedKind | null>();

function learn(title: string, parsed: ParsedKeyResult): LearnedKind | null {
  const features = kindFeatures(title, parsed);
  const scores = scoreKinds(
    KIND_MODEL,
    features.map((f) => f.name),
  );
  const best = scores.indexOf(Math.max(...scores));
  const kind = KIND_MODEL.kinds[best];
  const probability = scores[best] ?? 0;
  if (kind === undefined || probability < MIN_PROBABILITY) return null;
  const words = features
    .filter((f) => f.word !== undefined)
    .map((f) => ({ word: f.word as string, weight: KIND_MODEL.weights[f.name]?.[best] ?? 0 }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((f) => f.word);
  return { kind, probability, words: [...new Set(words)].join(", ") };
}

/**
 * The learned reading of a title the rules are unsure about (no verb, metric or deliverable
 * they know): a logistic regression trained on the tuning part of the published corpus.
 * Undefined when it is not sure either; the words it names are the ones that weighed most.
 */
export function learnedKind(title: string, parsed: ParsedKeyResult): LearnedKind | undefined {
  let known = cache.get(title);
  if (known === undefined) {
    known = learn(title, parsed);
    if (cache.size > 20_000) cache.clear();
    cache.set(title, known);
  }
  return known ?? undefined;
}
