import { closest, distance } from "fastest-levenshtein";

/** The nearest known word when it is plausibly a typo (at most a third of the letters differ). */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(
    word.toLowerCase(),
    known.map((k) => k.toLowerCase()),
  );
  const original = known.find((k) => k.toLowerCase() === best);
  if (original === undefined) return undefined;
  return distance(word.toLowerCase(), best) <= Math.max(2, Math.floor(best.length / 3))
    ? original
    : undefined;
}
