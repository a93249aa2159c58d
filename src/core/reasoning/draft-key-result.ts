import type { Candidate, DraftKeyResult } from "./draft-types.js";
import type { KeyResultFit } from "./fit-key-result.js";

export const MEASURE_BASELINE = "measure baseline in week 1";

/** "Net revenue retention" → "net revenue retention", but acronyms ("MQL-to-SQL", "ICP") stay. */
export function inSentence(name: string): string {
  return /^[A-Z][A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function roundValue(value: number): number {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Writes a value with its unit the way the title parser reads it: 34%, $1,200, 14 days. */
export function formatValue(value: number, unit: string): string {
  const text = value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (unit === "%") return `${text}%`;
  if (unit === "USD") return `$${text}`;
  if (unit === "x") return `${text}x`;
  if (unit === "count" || unit === "score") return text;
  return `${text} ${unit}`;
}

/** The stretched target from a baseline, direction-aware; shares stay at or under 100%. */
export function stretchTarget(baseline: number, candidate: Candidate, stretch: number): number {
  const lower = candidate.direction === "lower-is-better";
  let target = lower ? baseline * (1 - stretch) : baseline * (1 + stretch);
  if (baseline === 0) target = lower ? 0 : 1;
  if (!lower && candidate.unit === "%" && baseline < 100)
    target = Math.min(target, baseline + (100 - baseline) / 2);
  const rounded = roundValue(target);
  // Rounding a tiny baseline could erase the stretch; a sandbagged target is worse than an ugly one.
  const stillBetter = lower ? rounded < baseline : rounded > baseline;
  return stillBetter ? rounded : target;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * A target relative to a baseline still to be measured. A share ("Share of …") rising by 20%
 * could pass 100%, so for shares it closes part of the gap to 100% instead.
 */
function relativeTitle(verb: string, named: string, candidate: Candidate, stretch: number): string {
  const isShare = candidate.unit === "%" && /^share of/i.test(candidate.definition);
  if (isShare && candidate.direction === "higher-is-better")
    return `${verb} ${named} by ${percent(stretch)} of the gap between its week-1 baseline and 100%`;
  return `${verb} ${named} by ${percent(stretch)} against its week-1 baseline`;
}

/**
 * One draft KR for a candidate, fitted to the decision: its scope in the title, the decision's
 * own target where it states one, else the workspace baseline, else marked to measure in week 1.
 */
export function draftKeyResult(
  candidate: Candidate,
  baseline: number | undefined,
  defaultStretch: number,
  fit: KeyResultFit = { scope: "" },
): DraftKeyResult {
  const verb = candidate.direction === "lower-is-better" ? "Reduce" : "Increase";
  const named = [inSentence(candidate.name), fit.scope].filter(Boolean).join(" ");
  const common = {
    id: candidate.metric,
    metric: candidate.metric,
    name: candidate.name,
    unit: candidate.unit,
    direction: candidate.direction,
    kind: candidate.kind,
  };
  const { target } = fit;
  const fromTo = (from: number, to: number, source: string): DraftKeyResult => ({
    ...common,
    title: `${verb} ${named} from ${formatValue(from, candidate.unit)} to ${formatValue(to, candidate.unit)}`,
    from,
    to,
    baseline: source,
  });
  if (target?.kind === "from-to")
    return fromTo(target.from, target.to, `the decision's own numbers ("${target.text}")`);
  // A bound is only a target while nothing is measured: a tracked metric stretches from its value.
  if (target?.kind === "level" && !(target.bound && baseline !== undefined)) {
    const source = target.bound
      ? `the scale-free bound (${target.bound})`
      : `the decision ("${target.text}")`;
    if (baseline !== undefined)
      return fromTo(baseline, target.to, `workspace data; target from ${source}`);
    return {
      ...common,
      title: `${verb} ${named} to ${formatValue(target.to, candidate.unit)}`,
      from: null,
      to: target.to,
      baseline: `${MEASURE_BASELINE}; target from ${source}`,
    };
  }
  const stretch = target?.kind === "stretch" ? target.stretch : defaultStretch;
  const stated = target?.kind === "stretch" ? `; target from the decision ("${target.text}")` : "";
  if (baseline === undefined) {
    return {
      ...common,
      title: relativeTitle(verb, named, candidate, stretch),
      from: null,
      to: null,
      baseline: `${MEASURE_BASELINE}${stated}`,
    };
  }
  return fromTo(baseline, stretchTarget(baseline, candidate, stretch), `workspace data${stated}`);
}
