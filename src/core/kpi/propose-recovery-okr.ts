import { OUT_OF_RANGE_PERIODS_FOR_PROPOSAL, RECENT_SIGNAL_POINTS } from "../thresholds/kpi.js";
import { classifyValue, type RangeStatus } from "./assess-range-status.js";
import { formatNumber } from "./format-number.js";
import type { KpiDefinition, SeriesPoint, Signal } from "./kpi-types.js";

interface KeyResultDraft {
  title: string;
  kpi?: string;
  from?: number;
  to?: number;
  unit?: string;
}

export interface RecoveryOkrProposal {
  kind: "recovery-okr";
  kpi: string;
  reason: "red-with-signal" | "out-of-range-periods";
  /** Why, in one sentence a person can accept or reject. */
  rationale: string;
  objective: string;
  keyResults: KeyResultDraft[];
  /** The KPI itself stays a guardrail while the OKR runs. */
  guardrails: string[];
}

export interface RecoveryInput {
  kpi: KpiDefinition;
  points: readonly SeriesPoint[];
  status: RangeStatus;
  signals: readonly Signal[];
  outOfRangePeriods: number;
  /** Latest values of the leading drivers, by KPI id, when known. */
  driverValues?: ReadonlyMap<string, number> | undefined;
}

/** The edge of the healthy band the value must reach (the nearer one for within-range). */
function targetEdge(input: RecoveryInput): number | undefined {
  const { healthy } = input.kpi;
  return input.status.toward === "up" ? healthy?.min : healthy?.max;
}

function unfavourable(signal: Signal, toward: RangeStatus["toward"]): boolean {
  return toward === "up" ? signal.side === "below" : signal.side === "above";
}

/**
 * KPI → OKR (docs/kpi-health.md): red with an unfavourable signal among the latest
 * points, or amber/red for two review periods in a row. Never for a single bad period:
 * red-with-signal also needs the two latest points out of range.
 */
export function proposeRecoveryOkr(input: RecoveryInput): RecoveryOkrProposal | undefined {
  const { kpi, points, status } = input;
  const target = targetEdge(input);
  if (status.value === undefined || target === undefined || status.toward === "none") return;
  const recentFrom = points[Math.max(0, points.length - RECENT_SIGNAL_POINTS)]?.at ?? "";
  const recentSignal = input.signals.some(
    (s) => (s.ongoing || s.at >= recentFrom) && unfavourable(s, status.toward),
  );
  const previous = points.at(-2);
  const previousOut = previous !== undefined && classifyValue(kpi, previous.value) !== "green";
  const redWithSignal = status.status === "red" && recentSignal && previousOut;
  const persistent = input.outOfRangePeriods >= OUT_OF_RANGE_PERIODS_FOR_PROPOSAL;
  if (!redWithSignal && !persistent) return;
  // "38%" and "3.1x" read well glued; "700 accounts" needs the space.
  const unit = (kpi.unit ?? "").length > 1 ? ` ${kpi.unit}` : (kpi.unit ?? "");
  const verb = status.toward === "up" ? "Raise" : "Reduce";
  const name = kpi.name ?? kpi.id;
  const keyResults: KeyResultDraft[] = [
    {
      title: `${verb} ${name} from ${formatNumber(status.value)}${unit} to ${formatNumber(target)}${unit}`,
      kpi: kpi.id,
      from: status.value,
      to: target,
      ...(kpi.unit ? { unit: kpi.unit } : {}),
    },
  ];
  for (const link of kpi.leading ?? []) {
    const current = input.driverValues?.get(link.kpi);
    const lead = link.leadWeeks === undefined ? "" : ` (leads ${name} by ${link.leadWeeks} weeks)`;
    keyResults.push({
      title: `Move leading driver ${link.kpi}${current === undefined ? "" : ` from ${formatNumber(current)}`}${lead}`,
      kpi: link.kpi,
      ...(current === undefined ? {} : { from: current }),
    });
  }
  const rationale = redWithSignal
    ? `${name} is red (${formatNumber(status.value)}${unit}) and the change is a signal, not noise.`
    : `${name} has been out of its healthy range for ${input.outOfRangePeriods} review periods in a row.`;
  return {
    kind: "recovery-okr",
    kpi: kpi.id,
    reason: redWithSignal ? "red-with-signal" : "out-of-range-periods",
    rationale,
    objective: `Bring ${name} back into its healthy range`,
    keyResults,
    guardrails: [kpi.id],
  };
}
