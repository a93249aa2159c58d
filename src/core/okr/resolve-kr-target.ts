import { extractFromTo } from "../language/extract-from-to.js";
import type { KeyResult } from "../model/key-result.js";

/** A KR moving a value from a baseline to a target (up or down). */
interface LineTarget {
  kind: "line";
  from: number;
  to: number;
}

/** A KR that is done when the value is inside [min, max], starting from a baseline. */
interface BandTarget {
  kind: "band";
  from: number;
  min: number;
  max: number;
}

export type KrTarget = LineTarget | BandTarget;

/** Why a KR has no computable progress. */
type TargetProblem = "no-target" | "baseline-equals-target";

export type ResolvedTarget = { ok: true; target: KrTarget } | { ok: false; problem: TargetProblem };

/**
 * Baseline and target of a KR: its `from`/`to`/`band` fields first, else what the title
 * states ("from 34% to 60%"). A band KR takes its baseline from `from` or the title's
 * first number.
 */
export function resolveKrTarget(keyResult: KeyResult): ResolvedTarget {
  const stated = extractFromTo(keyResult.title);
  const from = keyResult.from ?? stated.from;
  if (keyResult.band) {
    const { min, max } = keyResult.band;
    if (from === undefined) return { ok: false, problem: "no-target" };
    if (from >= min && from <= max) return { ok: false, problem: "baseline-equals-target" };
    return { ok: true, target: { kind: "band", from, min, max } };
  }
  const to = keyResult.to ?? stated.to;
  if (from === undefined || to === undefined) return { ok: false, problem: "no-target" };
  if (from === to) return { ok: false, problem: "baseline-equals-target" };
  return { ok: true, target: { kind: "line", from, to } };
}

/** The value at which a KR counts as done (for a band, the edge nearest the baseline). */
export function targetValue(target: KrTarget): number {
  if (target.kind === "line") return target.to;
  return target.from < target.min ? target.min : target.max;
}
