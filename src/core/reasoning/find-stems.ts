/** Lower-cases and pads text so stems can be matched at word starts. */
export function normalizeText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9%$€£\-\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
}

/** Counts the stems that start a word (or phrase) in the normalised text. */
export function countStems(normalized: string, stems: readonly string[]): number {
  return stems.filter((stem) => normalized.includes(` ${stem}`)).length;
}
