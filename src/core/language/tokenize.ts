/** One piece of a key result sentence. */
export interface Token {
  kind: "word" | "number" | "symbol";
  /** As written. */
  text: string;
  /** Lower-cased, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** For numbers: the value as written ("$14.37M" → 14.37, "50,000" → 50000). */
  value?: number;
  /** For numbers: the unit written against them ("%", "x", "$M"). */
  unit?: string;
  /** For numbers written "55+": the author means "at least". */
  plus?: boolean;
}

// Numbers take a currency prefix, thousands separators, a scale suffix (k, M, B) and a
// "%", "x" or "+" suffix. A digit run glued to letters ("90-day", "p95", "Sev-1",
// "2026-Q3") is a word: it names something, it is not a quantity.
// Tried in this order at each token's start, sticky: `test` gives the end without the
// match arrays `exec` allocates (a large file has half a million tokens).
const NUMBER =
  /[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:[kKMB](?![A-Za-z]))?(?:%|[x×](?![A-Za-z]))?\+?(?![\w-])/uy;
// A number glued to its unit ("2s", "10ms", "1.5MB", "48h"): a quantity, not a name.
const MEASURED = /\d+(?:\.\d+)?(?:ms|s|sec|h|hrs?|d|min|mins|[KMGT]B|[kmgt]b|[KMGT]b)(?![\w-])/uy;
const WORD = /[A-Za-z0-9][\w'’]*(?:[-/][\w'’]+)*/uy;
const SYMBOL = /≥|≤|>=|<=|[<>=~()[\],.;:!?+—–-]|\S/uy;
const SPACE = /\s+/uy;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Whether `pattern` matches at `at`; on a match its lastIndex is where the match ends. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

const SCALE_UNITS: Record<string, string> = { k: "k", K: "k", M: "M", B: "B" };

function readNumber(raw: string, token: Token): void {
  let text = raw;
  const plus = text.endsWith("+");
  if (plus) text = text.slice(0, -1);
  let currency = "";
  const first = text.charAt(0);
  if (first === "$" || first === "€" || first === "£") {
    currency = first;
    text = text.slice(1);
  }
  let suffix = "";
  const last = text.charAt(text.length - 1);
  if (last === "%") suffix = "%";
  else if (last === "x" || last === "×") suffix = "x";
  if (suffix) text = text.slice(0, -1);
  const scale = SCALE_UNITS[text.slice(-1)] ?? "";
  if (scale) text = text.slice(0, -1);
  token.value = Number(text.includes(",") ? text.replaceAll(",", "") : text);
  const unit = `${currency}${scale}${suffix}`;
  if (unit) token.unit = unit;
  if (plus) token.plus = true;
}

/**
 * Splits a sentence into words, numbers and symbols, keeping character offsets.
 * @example tokenize("Cut p95 latency by 40%") // Cut · p95 · latency · by · 40%
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (matchesAt(SPACE, text, at)) {
      at = SPACE.lastIndex;
      if (at >= text.length) break;
    }
    let kind: Token["kind"] = "symbol";
    let end: number;
    let glued = false;
    if (matchesAt(NUMBER, text, at)) {
      kind = "number";
      end = NUMBER.lastIndex;
      // "1.5MB" reads as "1" then ".5MB": only then try the number glued to its unit.
      const next = text.charCodeAt(end);
      if ((next === 46 || isLetter(next)) && matchesAt(MEASURED, text, at)) {
        end = MEASURED.lastIndex;
        glued = true;
      }
    } else if (isDigit(text.charCodeAt(at)) && matchesAt(MEASURED, text, at)) {
      // "2s", "10ms": a digit run glued to a unit, which NUMBER refuses.
      kind = "number";
      end = MEASURED.lastIndex;
      glued = true;
    } else if (matchesAt(WORD, text, at)) {
      kind = "word";
      end = WORD.lastIndex;
    } else {
      matchesAt(SYMBOL, text, at);
      end = SYMBOL.lastIndex;
    }
    const raw = text.slice(at, end);
    const token: Token = { kind, text: raw, lower: raw.toLowerCase(), start: at, end };
    if (glued) {
      const unit = /[a-zA-Z]+$/u.exec(raw)?.[0] ?? "";
      token.value = Number(raw.slice(0, raw.length - unit.length));
      token.unit = unit;
    } else if (kind === "number") readNumber(raw, token);
    tokens.push(token);
    at = end;
  }
  return tokens;
}
