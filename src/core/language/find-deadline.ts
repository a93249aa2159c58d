const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const PERIOD = "(?:quarter|year|month|half|cycle|sprint)";
const WHEN = [
  `${MONTH}\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+20\\d{2})?`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+20\\d{2})?`,
  "20\\d{2}-\\d{2}-\\d{2}",
  "20\\d{2}-(?:q[1-4]|h[12])",
  "(?:q[1-4]|h[12])(?:\\s*'?(?:20)?\\d{2})?",
  `(?:the\\s+|this\\s+|next\\s+)?${PERIOD}`,
  "eo[qym]",
  "20\\d{2}",
].join("|");
// "by June 30", "by the end of Q3", "in Q3 2026", "this quarter", "all year" — not
// "by 40%" (a change) and not "per month" / "every week" (a rate).
const DEADLINE = new RegExp(
  `(?:(?:by|before|until|till|through|in|during|at)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?(?:${WHEN})|(?:this|next)\\s+${PERIOD}|(?:throughout|all)\\s+(?:the\\s+)?${PERIOD}|eo[qym])(?![\\w-])`,
  "iy",
);
// Every time phrase starts with one of these words; the full pattern runs only there.
const OPENERS =
  /\b(?:by|before|until|till|through|in|during|at|this|next|throughout|all|eo[qym])\b/gi;

/** A time phrase found in a sentence, with its character range. */
export interface DeadlineSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds the time phrases of a key result ("by June 30", "this quarter", "in Q3").
 * @example findDeadlines("Grow coverage to 3.5x by June 30")[0]?.text // "by June 30"
 */
export function findDeadlines(text: string): DeadlineSpan[] {
  const spans: DeadlineSpan[] = [];
  OPENERS.lastIndex = 0;
  for (let opener = OPENERS.exec(text); opener !== null; opener = OPENERS.exec(text)) {
    DEADLINE.lastIndex = opener.index;
    const match = DEADLINE.exec(text);
    if (!match) continue;
    spans.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    OPENERS.lastIndex = match.index + match[0].length;
  }
  return spans;
}
