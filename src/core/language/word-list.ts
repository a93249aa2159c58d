/**
 * Reads a lexicon written as `a | b | two words`, so word lists stay readable
 * paragraphs instead of one quoted word per line.
 */
export function wordList(text: string): string[] {
  return text
    .split("|")
    .map((word) => word.trim().replace(/\s+/g, " "))
    .filter((word) => word !== "");
}
