import { type Cycle, parseCycle } from "../model/cycle.js";
import {
  MIN_REMAINING_DAYS,
  MIN_REMAINING_SHARE_OF_NAMED_PERIOD,
} from "../thresholds/reasoning.js";

/** The period a decision is measured over, the words that named it and why it was chosen. */
export interface Horizon {
  /** The words of the decision that named the period; null when none did. */
  text: string | null;
  period: Cycle;
  reason: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

function cycle(id: string): Cycle {
  const resolved = parseCycle(id);
  if (!resolved) throw new Error(`internal: ${id} is not a cycle`);
  return resolved;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

function quarterIdOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

function nextQuarter(asOf: string): Cycle {
  const current = cycle(quarterIdOf(asOf));
  const after = new Date(`${current.end}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return cycle(quarterIdOf(after.toISOString().slice(0, 10)));
}

/** Enough of a started period left to run a mid-period checkpoint and a decision before it ends. */
function enoughLeft(period: Cycle, asOf: string): boolean {
  if (asOf < period.start) return true;
  const total = daysBetween(period.start, period.end) + 1;
  const left = daysBetween(asOf, period.end) + 1;
  return left >= MIN_REMAINING_DAYS && left / total >= MIN_REMAINING_SHARE_OF_NAMED_PERIOD;
}

function describeLeft(period: Cycle, asOf: string): string {
  return `${period.id} ends ${period.end}, ${daysBetween(asOf, period.end) + 1} days after ${asOf}`;
}

/** A named half or quarter ("H2", "Q3 2027"): the next one of that name with enough time left. */
function namedPeriod(
  part: string,
  statedYear: number | undefined,
  asOf: string,
  text: string,
): Horizon {
  let year = statedYear ?? yearOf(asOf);
  const first = cycle(`${year}-${part}`);
  let period = first;
  while (!enoughLeft(period, asOf)) {
    year += 1;
    period = cycle(`${year}-${part}`);
  }
  if (period === first) {
    const started = asOf >= first.start ? `; ${describeLeft(first, asOf)}, enough to act on` : "";
    return {
      text,
      period,
      reason: `"${text}" read as ${period.id} (${period.start}..${period.end})${started}.`,
    };
  }
  const why =
    first.end < asOf ? `${first.id} is over` : `${describeLeft(first, asOf)}, too little to act on`;
  return {
    text,
    period,
    reason: `"${text}" read as the coming ${part}, ${period.id} (${period.start}..${period.end}): ${why} as of ${asOf}.`,
  };
}

/** A deadline day ("by March", "by 2027-05-15"): the quarter the deadline falls in. */
function deadlinePeriod(deadline: string, asOf: string, text: string): Horizon {
  let period = cycle(quarterIdOf(deadline));
  if (!enoughLeft(period, asOf)) period = nextQuarter(asOf);
  return {
    text,
    period,
    reason: `"${text}" is a deadline of ${deadline}; measured over ${period.id} (${period.start}..${period.end}), the quarter it falls in${deadline < asOf ? ` (the deadline is before ${asOf}, so the coming quarter)` : ""}.`,
  };
}

function monthDeadline(monthIndex: number, asOf: string): string {
  const year = monthIndex + 1 < Number(asOf.slice(5, 7)) ? yearOf(asOf) + 1 : yearOf(asOf);
  const last = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return `${year}-${String(monthIndex + 1).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

function relativePeriod(text: string, asOf: string): Horizon | undefined {
  const lower = text.toLowerCase();
  const year = yearOf(asOf);
  const quarter = cycle(quarterIdOf(asOf));
  const say = (period: Cycle, why: string): Horizon => ({
    text,
    period,
    reason: `"${text}" read as ${period.id} (${period.start}..${period.end})${why}.`,
  });
  if (/next quarter/.test(lower)) return say(nextQuarter(asOf), `, the quarter after ${asOf}`);
  if (/this quarter/.test(lower)) {
    if (daysBetween(asOf, quarter.end) + 1 >= MIN_REMAINING_DAYS)
      return say(quarter, `, the quarter of ${asOf}`);
    return say(nextQuarter(asOf), `: ${describeLeft(quarter, asOf)}, too little to act on`);
  }
  if (/next half/.test(lower)) {
    const half = Number(asOf.slice(5, 7)) <= 6 ? `${year}-H2` : `${year + 1}-H1`;
    return say(cycle(half), `, the half after ${asOf}`);
  }
  if (/next year|next fiscal year/.test(lower))
    return say(cycle(String(year + 1)), `, the year after ${asOf}`);
  if (/this year|year[- ]end|end of (?:the )?year/.test(lower)) {
    const current = cycle(String(year));
    if (daysBetween(asOf, current.end) + 1 >= MIN_REMAINING_DAYS)
      return say(current, `, the year of ${asOf}`);
    return say(cycle(String(year + 1)), `: ${describeLeft(current, asOf)}, too little to act on`);
  }
  const months = /(?:next|coming) (\d{1,2}|six|three|twelve) months/.exec(lower);
  if (months) {
    const count = { three: 3, six: 6, twelve: 12 }[months[1] as "three"] ?? Number(months[1]);
    const end = new Date(`${asOf}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + Math.min(Math.max(count, 1), 24));
    return deadlinePeriod(end.toISOString().slice(0, 10), asOf, text);
  }
  return undefined;
}

const NAMED = /\b(?:(20\d\d)[- ]?)?(h[12]|q[1-4])\b(?:\s*(20\d\d))?/i;
const HALF_WORDS = /\b(first|second) half(?: of (?:the year|(20\d\d)))?\b/i;
const ISO_DAY = /\b(20\d\d-\d\d-\d\d)\b/;
const BY_MONTH = new RegExp(
  `\\b(?:by|before|until|in|end of) (?:the end of )?${MONTH_WORD}\\b(?:\\s*(20\\d\\d))?`,
  "i",
);
const RELATIVE =
  /\b(next quarter|this quarter|next half|next (?:fiscal )?year|this year|year[- ]end|end of (?:the )?year|(?:next|coming) (?:\d{1,2}|six|three|twelve) months)\b/i;

/**
 * The period a decision's horizon names, resolved as of `asOf` to one that is not over and has
 * time left to act: "H2" asked on 2026-12-04 is 2027-H2, not the half that ends in four weeks.
 * Without a horizon, the quarter after `asOf`.
 * @example resolveHorizon("expand into EMEA in H2", "2026-12-04").period.id // "2027-H2"
 */
export function resolveHorizon(text: string, asOf: string): Horizon {
  const iso = ISO_DAY.exec(text);
  if (
    iso?.[1] &&
    parseCycle(quarterIdOf(iso[1])) &&
    !Number.isNaN(Date.parse(`${iso[1]}T00:00:00Z`))
  )
    return deadlinePeriod(iso[1], asOf, iso[0]);
  const named = NAMED.exec(text);
  if (named?.[2]) {
    const stated = named[1] ?? named[3];
    return namedPeriod(
      named[2].toUpperCase(),
      stated ? Number(stated) : undefined,
      asOf,
      named[0].trim(),
    );
  }
  const half = HALF_WORDS.exec(text);
  if (half?.[1]) {
    const part = half[1].toLowerCase() === "first" ? "H1" : "H2";
    return namedPeriod(part, half[2] ? Number(half[2]) : undefined, asOf, half[0]);
  }
  const relative = RELATIVE.exec(text);
  const relativeHorizon = relative?.[1] ? relativePeriod(relative[1], asOf) : undefined;
  if (relativeHorizon) return relativeHorizon;
  const month = BY_MONTH.exec(text);
  if (month?.[1]) {
    const index = MONTHS.findIndex((name) =>
      name.startsWith(month[1]?.toLowerCase().slice(0, 3) ?? "-"),
    );
    const stated = month[2] ? Number(month[2]) : undefined;
    const deadline = stated
      ? `${stated}-${String(index + 1).padStart(2, "0")}-${String(new Date(Date.UTC(stated, index + 1, 0)).getUTCDate()).padStart(2, "0")}`
      : monthDeadline(index, asOf);
    return deadlinePeriod(deadline, asOf, month[0]);
  }
  const period = nextQuarter(asOf);
  return {
    text: null,
    period,
    reason: `No horizon named; measured over the quarter after ${asOf}, ${period.id} (${period.start}..${period.end}).`,
  };
}
