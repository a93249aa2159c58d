import type { KpiAnalysis } from "../kpi/analyze-kpi.js";
import { formatNumber } from "../kpi/format-number.js";
import type { RangeLight, Signal } from "../kpi/kpi-types.js";
import type { Kpi } from "../model/kpi.js";
import type { KpiLinks } from "./find-kpi-links.js";
import { firstOwner } from "./first-owner.js";
import type { ReviewKpi } from "./weekly-review-types.js";

export interface KpiReviewInput {
  kpi: Kpi;
  analysis: KpiAnalysis;
  links: KpiLinks;
  previousValue: number | undefined;
  /** One period of the KPI's cadence (at least a week) before the review: values on or before it are the previous period's. */
  since: string;
  /** That period in words: "week", "month" or "quarter". */
  period: string;
  annotation: ReviewKpi["annotation"];
  sourceFailing: ReviewKpi["sourceFailing"];
  /** The light of every KPI, by id, for guardrails and drivers. */
  lights: ReadonlyMap<string, RangeLight>;
  names: ReadonlyMap<string, string>;
  ownerName: string | undefined;
}

/** Whether a signal's side helps the KPI: above for higher-is-better, below for lower-is-better. */
function isFavourable(signal: Signal, kpi: Kpi, toward: string | undefined): boolean {
  if (kpi.direction === "higher-is-better") return signal.side === "above";
  if (kpi.direction === "lower-is-better") return signal.side === "below";
  if (toward === "up") return signal.side === "above";
  if (toward === "down") return signal.side === "below";
  return false;
}

function withUnit(value: number, unit: string | undefined): string {
  const text = formatNumber(value);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

function whatChanged(input: KpiReviewInput, signals: ReviewKpi["signals"]): string {
  const { kpi, analysis } = input;
  const name = kpi.name;
  const value = analysis.range.value;
  if (value === undefined) return `${name} has no measurement yet.`;
  const parts = [`${name} is ${withUnit(value, kpi.unit)} (${analysis.status})`];
  const at = analysis.range.at?.slice(0, 10);
  if (at !== undefined && at <= input.since)
    parts.push(`no new value this ${input.period} (last on ${at})`);
  else if (input.previousValue !== undefined) {
    const change = value - input.previousValue;
    parts.push(
      change === 0
        ? `unchanged from a ${input.period} ago`
        : `${change > 0 ? "up" : "down"} ${formatNumber(Math.abs(change))} from ${withUnit(input.previousValue, kpi.unit)} a ${input.period} ago`,
    );
  }
  if (analysis.trend && analysis.trend.direction !== "flat")
    parts.push(
      `${analysis.trend.direction} over the last ${analysis.trend.periods} ${analysis.trend.per} points`,
    );
  // The latest signal says most about this week; an unfavourable one before a favourable one.
  const latestFirst = [...signals].sort((a, b) => b.at.localeCompare(a.at));
  const lead = latestFirst.find((s) => !s.favourable) ?? latestFirst[0];
  const sentence = `${parts.join(", ")}.`;
  return lead ? `${sentence} Signal: ${lead.message}` : sentence;
}

function whyItMatters(input: KpiReviewInput): string {
  const { links, names } = input;
  const reasons: string[] = [];
  const measured = links.touchedObjectives.filter((o) => o.via === "key-result");
  const watched = links.touchedObjectives.filter((o) => o.via === "leading-indicator");
  if (measured.length)
    reasons.push(`key results of ${measured.map((o) => `"${o.title}"`).join(", ")} measure it`);
  if (watched.length)
    reasons.push(
      `${watched.map((o) => `"${o.title}"`).join(", ")} ${watched.length === 1 ? "watches" : "watch"} it as a leading indicator`,
    );
  if (links.leads.length)
    reasons.push(
      `it leads ${links.leads
        .map((l) => `${names.get(l.id) ?? l.id}${l.leadWeeks ? ` by ${l.leadWeeks} weeks` : ""}`)
        .join(", ")}`,
    );
  if (links.guardrailOf.length)
    reasons.push(
      `it guards ${links.guardrailOf.map((id) => names.get(id) ?? id).join(", ")} against gaming`,
    );
  if (reasons.length === 0)
    return "No objective or KPI depends on it: check it is still worth watching.";
  const text = reasons.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function whatToTestNext(input: KpiReviewInput, signals: ReviewKpi["signals"]): string {
  const { kpi, analysis, lights, names } = input;
  if (input.sourceFailing)
    return `Fix the data source first (${input.sourceFailing.message}); the value is stale until it recovers.`;
  const owner = input.ownerName ?? "the owner";
  const badGuardrails = (kpi.guardrails ?? []).filter((id) => {
    const light = lights.get(id);
    return light === "red" || light === "amber";
  });
  if (signals.length > 0 && signals.every((s) => s.favourable)) {
    const guard = badGuardrails.length
      ? ` — and why its guardrails ${badGuardrails.map((id) => names.get(id) ?? id).join(", ")} are not green`
      : (kpi.guardrails ?? []).length
        ? ` while its guardrails (${(kpi.guardrails ?? []).map((id) => names.get(id) ?? id).join(", ")}) hold`
        : "";
    return `Ask ${owner} what caused the improvement and whether it holds${guard}.`;
  }
  const recovery = analysis.proposals.find((p) => p.kind === "recovery-okr");
  const drivers = (kpi.leading ?? []).map(
    (l) => `${names.get(l.kpi) ?? l.kpi} (${lights.get(l.kpi) ?? "unknown"})`,
  );
  const steps: string[] = [];
  if (drivers.length) steps.push(`test which driver moved it: ${drivers.join(", ")}`);
  else steps.push(`ask ${owner} for the cause and annotate the measurement`);
  if (recovery) steps.push(`decide on the proposed recovery OKR "${recovery.objective}"`);
  if (badGuardrails.length)
    steps.push(`check its guardrails ${badGuardrails.map((id) => names.get(id) ?? id).join(", ")}`);
  const text = steps.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One red, signalling or source-failing KPI, in the words the weekly review uses. */
export function describeReviewKpi(input: KpiReviewInput): ReviewKpi {
  const { kpi, analysis } = input;
  const signals = analysis.signals
    .filter((s) => s.ongoing)
    .map((s) => ({
      rule: s.rule,
      at: s.at,
      message: s.message,
      favourable: isFavourable(s, kpi, analysis.range.toward),
    }));
  const value = analysis.range.value;
  const owner = firstOwner(kpi.owner);
  return {
    id: kpi.id,
    name: kpi.name,
    ...(kpi.unit !== undefined && { unit: kpi.unit }),
    ...(owner !== undefined && { owner }),
    ...(kpi.team !== undefined && { team: kpi.team }),
    status: analysis.status,
    ...(value !== undefined && { value }),
    ...(analysis.range.at !== undefined && { at: analysis.range.at }),
    ...(input.previousValue !== undefined && { previousValue: input.previousValue }),
    ...(value !== undefined &&
      input.previousValue !== undefined && {
        // Rounded so 33.2 − 34.6 reads −1.4, not −1.3999999999999986.
        change: Math.round((value - input.previousValue) * 1e9) / 1e9,
      }),
    signals,
    ...(analysis.trend && { trend: analysis.trend.direction }),
    ...(input.annotation && { annotation: input.annotation }),
    ...(input.sourceFailing && { sourceFailing: input.sourceFailing }),
    whatChanged: whatChanged(input, signals),
    whyItMatters: whyItMatters(input),
    whatToTestNext: whatToTestNext(input, signals),
    touchedObjectives: input.links.touchedObjectives,
    guardrailOf: input.links.guardrailOf,
    guardrails: (kpi.guardrails ?? []).map((id) => ({
      id,
      status: input.lights.get(id) ?? "unknown",
    })),
  };
}
