import { type Cycle, parseCycle } from "../model/cycle.js";

/** Adds days to a YYYY-MM-DD day, in UTC. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function quarterOf(day: string): { year: number; quarter: number } {
  return {
    year: Number(day.slice(0, 4)),
    quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1,
  };
}

function resolve(ref: string): Cycle {
  const cycle = parseCycle(ref);
  if (!cycle) throw new Error(`internal: ${ref} is not a cycle`);
  return cycle;
}

/**
 * The cycle a decision is measured over: the half or quarter the text names (the next one
 * of that name when it has already ended), else the quarter after `asOf`.
 * @example chooseCycle("expand into EMEA in H2", "2026-03-10").id // "2026-H2"
 */
export function chooseCycle(text: string, asOf: string): Cycle {
  const { year, quarter } = quarterOf(asOf);
  const named = /\b(?:(20\d\d)[- ]?)?(h[12]|q[1-4])\b(?:\s*(20\d\d))?/i.exec(text);
  if (named?.[2]) {
    const part = named[2].toUpperCase();
    const stated = Number(named[1] ?? named[3] ?? year);
    const cycle = resolve(`${stated}-${part}`);
    return cycle.end < asOf && !named[1] && !named[3] ? resolve(`${stated + 1}-${part}`) : cycle;
  }
  if (/\bthis quarter\b/i.test(text)) return resolve(`${year}-Q${quarter}`);
  return quarter === 4 ? resolve(`${year + 1}-Q1`) : resolve(`${year}-Q${quarter + 1}`);
}

/** The day a share of the cycle has elapsed. */
export function dayAtShare(cycle: Cycle, share: number): string {
  const start = Date.parse(`${cycle.start}T00:00:00Z`);
  const end = Date.parse(`${cycle.end}T00:00:00Z`);
  const days = Math.round(((end - start) / 86_400_000) * share);
  return addDays(cycle.start, days);
}
