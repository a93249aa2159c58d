import type { ParsedKeyResult } from "../../language/parsed-key-result.js";
import { stripPrefix } from "../../language/strip-prefix.js";
import { normalizeWords } from "../knowledge/normalize-words.js";

/** One feature of a sentence and the word of it a reader can check (for "word:" features). */
export interface KindFeature {
  name: string;
  word?: string;
}

const WORD = /[A-Za-z][A-Za-z'’-]*/gu;

/**
 * What the learned reading of a key result looks at: its stemmed words, its first word, the
 * cue the rules found, and a few shapes (a number, a percent, a "to be", an "-ed" word).
 */
export function kindFeatures(title: string, parsed: ParsedKeyResult): KindFeature[] {
  const body = stripPrefix(title).body;
  const features: KindFeature[] = [{ name: `cue:${parsed.evidence.cue}` }];
  const seen = new Set<string>();
  const words = body.match(WORD) ?? [];
  words.forEach((word, i) => {
    for (const stem of normalizeWords(word)) {
      if (i === 0) features.push({ name: `first:${stem}`, word });
      if (seen.has(stem)) continue;
      seen.add(stem);
      features.push({ name: `word:${stem}`, word });
    }
  });
  if (/\d/u.test(body)) features.push({ name: "shape:number" });
  if (/%/u.test(body)) features.push({ name: "shape:percent" });
  if (/\b(?:is|are|be|been|was|were)\b/iu.test(body)) features.push({ name: "shape:be" });
  if (words.some((w, i) => i > 0 && /ed$/u.test(w))) features.push({ name: "shape:ed" });
  if (/ing$/u.test(words[0] ?? "")) features.push({ name: "shape:gerund" });
  if (words.length <= 4) features.push({ name: "shape:short" });
  return features;
}
