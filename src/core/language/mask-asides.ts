import { findDeadlines } from "./find-deadline.js";
import { BASELINE_CUES } from "./quantity-words.js";
import { isNumber } from "./token-helpers.js";
import type { Token } from "./tokenize.js";

/** Masks time phrases and parentheticals; a parenthetical may state the baseline. */
export function maskAsides(
  text: string,
  tokens: Token[],
): { masked: boolean[]; deadline?: string; baseline?: number } {
  const masked = tokens.map(() => false);
  const deadlines = findDeadlines(text);
  for (const span of deadlines)
    tokens.forEach((t, i) => {
      if (t.start >= span.start && t.end <= span.end) masked[i] = true;
    });
  let baseline: number | undefined;
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.text === "(" || t.text === "[") depth++;
    if (depth > 0) {
      masked[i] = true;
      if (
        baseline === undefined &&
        isNumber(t) &&
        (BASELINE_CUES.has(tokens[i - 1]?.lower ?? "") ||
          tokens[i - 1]?.lower === ":" ||
          BASELINE_CUES.has(tokens[i + 1]?.lower ?? "") ||
          tokens[i - 1]?.lower === "from")
      )
        baseline = t.value;
    }
    if ((t.text === ")" || t.text === "]") && depth > 0) depth--;
  });
  return {
    masked,
    ...(deadlines[0] && { deadline: deadlines[0].text }),
    ...(baseline !== undefined && { baseline }),
  };
}
