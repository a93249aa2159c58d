import { MEASURE_WORDS } from "./measure-words.js";
import { lookUpVerb } from "./verb-lexicon.js";

/** A key result's sentence with the labels written around it taken off. */
export interface StrippedTitle {
  /** The sentence the linter reads. */
  body: string;
  /** What stood before it: list markers, numbering, labels, priorities, owners ("KR3:", "P1 - @sam -"). */
  prefix?: string;
  /** What stood after it: tags and owners ("[P0][DP]", "- @alanshaw"). */
  suffix?: string;
}

// Each pattern takes one piece off the front; they are tried again until none applies.
// Numbering, only in front of everything: "1.", "1)", "(3)", "#2", and "1.1" or "2.1a" before
// a capital or a number ("1.2 250 people…"), never a bare count ("3 customers") or "1.5 hours".
const NUMBERING =
  /^(?:\d{1,2}(?:\.\d{1,2})+[a-w]?(?=\s+[A-Z$€£0-9[(])|\(?\d{1,2}[a-w]?[.)](?=\s)|#\d{1,2}(?=\s))\s*/u;
const LEADING: readonly RegExp[] = [
  // List markers and check boxes: "- ", "* ", "• ", "[ ] ", "[x] ".
  /^(?:[-*•+]\s+|\[[ xX]\]\s*)/u,
  // Bracketed tags in front: "[COMMITTED]", "[P1]", "(P0)", "[Until end Q2]", "`P0`".
  /^(?:\[[^\]]{1,24}\]|\((?:p|P)[0-9X]\)|`[^`]{1,12}`)\s*[-–—:]?\s*/u,
  // "KR", "KR3", "KR 2.1", "Key result 2", "O1" — with ":" or "-" or a space before the sentence.
  /^(?:(?:key\s+results?|KRs?)\s*#?\d{0,2}(?:\.\d{1,2})?|O\d{1,2}(?:\.\d{1,2})?)(?:\s*[:\-–—]\s*|\s+(?=\S))/iu,
  // Priorities and owners separated by dashes: "P1 - ", "PX - ", "@sam - ", "OWNER - ", "??? - ".
  /^(?:[Pp][0-9X]|@[\w.-]+|\?{2,}|[A-Za-z][\w.-]{1,30})\s+[-–—]\s+/u,
  // A bare priority before the sentence: "P0 ", "p1 ".
  /^[Pp][0-9X]\s+(?=[A-Za-z@])/u,
];
// A label ending in a colon: "Legal:", "Ops KR:", "Sales (Closing Deals) KR:", "Stretch:".
const LABEL = /^([A-Z][\w&/.'’ -]{0,40}?(?:\s\([^)]{1,30}\))?(?:\s+KRs?)?)\s*:\s+(?=\S)/u;
const TRAILING: readonly RegExp[] = [
  /\s*(?:\[[A-Za-z0-9?+ -]{1,12}\])+\s*$/u,
  /\s+[-–—]\s+@[\w.-]+\s*$/u,
  /\s+@[\w.-]+\s*$/u,
];
// A plain title starts with a letter, not with a "KR", "Key result", "O1" or "P1" label, and has
// none of the marks labels and tags use.
const LABEL_START = /^(?:[Kk][Rr]|[Kk]ey\s+[Rr]esult|O\d|[Pp][0-9X]\b)/u;
// After these a colon introduces the number, not the sentence: "Uptime: 99.9%", "NPS: ≥ 45".
const STARTS_WITH_QUANTITY = /^(?:[$€£]?\d|[<>≤≥~]|at (?:least|most)\b)/iu;

/**
 * A "Team:" label, unless the words before the colon are the sentence's own start: a verb
 * ("Deploy services with HA: PostgreSQL…") or, before a number, the metric ("Uptime: 99.9%").
 */
function takeLabel(text: string): { label: string; rest: string } | undefined {
  const match = LABEL.exec(text);
  if (!match?.[1]) return undefined;
  const rest = text.slice(match[0].length);
  const words = match[1].trim().toLowerCase().split(/\s+/);
  if (words.length > 5 || (words.length > 1 && lookUpVerb(words, 0))) return undefined;
  if (STARTS_WITH_QUANTITY.test(rest) && words.some((w) => MEASURE_WORDS.has(w))) return undefined;
  return { label: match[0], rest };
}

/**
 * Takes the labels people write around a key result off it, so neither the verb nor
 * the metric is read from a priority or a team name.
 * @example stripPrefix("P1 - @sam - Build a vendor scorecard") // { body: "Build a vendor scorecard", prefix: "P1 - @sam -" }
 */
/** Whether a title has nothing to take off: it starts with a word and carries no label marks. */
export function isPlain(title: string): boolean {
  const first = title.charCodeAt(0) | 32;
  const last = title.charCodeAt(title.length - 1);
  if (first < 97 || first > 122 || last === 32) return false;
  if ((first === 107 || first === 111 || first === 112) && LABEL_START.test(title)) return false;
  // One pass over the characters: a regex here costs more than the rest of the check.
  for (let i = 1; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if (code === 58 || code === 91 || code === 93 || code === 64 || code === 96 || code === 8226)
      return false;
    const dash = code === 45 || code === 8211 || code === 8212;
    if (dash && title.charCodeAt(i - 1) === 32 && title.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

export function stripPrefix(title: string): StrippedTitle {
  // Most titles start with a word and carry no colon, dash, tag or handle: nothing to take off.
  if (isPlain(title)) return { body: title };
  let body = title.trim();
  let prefix = "";
  const numbering = NUMBERING.exec(body);
  if (numbering) {
    prefix = numbering[0];
    body = body.slice(numbering[0].length);
  }
  for (let changed = true; changed && body !== ""; ) {
    changed = false;
    for (const pattern of LEADING) {
      const match = pattern.exec(body);
      if (!match || match[0] === "") continue;
      prefix += match[0];
      body = body.slice(match[0].length);
      changed = true;
    }
    const label = takeLabel(body);
    if (label) {
      prefix += label.label;
      body = label.rest;
      changed = true;
    }
  }
  let suffix = "";
  for (const pattern of TRAILING) {
    const match = pattern.exec(body);
    if (!match || match.index === 0) continue;
    suffix = match[0] + suffix;
    body = body.slice(0, match.index);
  }
  const result: StrippedTitle = { body: body.trim() };
  if (prefix.trim() !== "") result.prefix = prefix.trim();
  if (suffix.trim() !== "") result.suffix = suffix.trim();
  return result;
}
