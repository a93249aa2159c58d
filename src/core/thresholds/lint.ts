/**
 * The numbers behind the goal linter, each with where it comes from. Every rule in
 * src/core/lint imports them from here; an okapi file overrides them by name under
 * `lint: { thresholds: { … } }` and `okapi lint` cannot change the defaults.
 */
export const LINT_THRESHOLDS = {
  /** docs/lint-rules.md: too-few-krs below 2 (one KR is a single bet, not a definition of done). */
  minKeyResults: 2,
  /** docs/lint-rules.md: too-many-krs above 5 (Doerr, Measure What Matters: 3–5 KRs per objective). */
  maxKeyResults: 5,
  /** docs/lint-rules.md: more than 3 objectives per team per cycle by default (focus: Grove's "fewer is better"). */
  maxObjectivesPerTeam: 3,
  /** docs/lint-rules.md: more than 15 KPIs per organization is a wall of numbers nobody reads. */
  maxKpisPerOrganization: 15,
  /** docs/lint-rules.md: more than 7 KPIs per team. */
  maxKpisPerTeam: 7,
  /** docs/lint-rules.md, objective-length: under 4 words says nothing, over 18 nobody remembers. */
  minObjectiveWords: 4,
  maxObjectiveWords: 18,
  /**
   * kr-sandbagged: a target that moves the metric by less than 1 % of its baseline is
   * inside week-to-week noise for business metrics; 1–5 % can be a real quarter for NRR or
   * margin, so the bar stays low (team convention; change it here).
   */
  sandbaggedMinChange: 0.01,
  /** docs/lint-rules.md, confidence-sandbagging: average drafting confidence above 0.9 of the 0–10 scale. */
  confidenceSandbaggingShare: 0.9,
  /**
   * kpi-missing-guardrail: knowledge-base gameability (0–1) at which a KPI needs a
   * companion. 0.6 is where the curated entries move from "needs care" to "routinely gamed"
   * (team convention, see src/core/knowledge/metrics/*.yaml).
   */
  gameableAt: 0.6,
  /** Volume metrics (axis quantity) are gamed sooner ("volume vs value"): a lower bar. */
  quantityGameableAt: 0.45,
  /**
   * kr-is-kpi: an "achieve N%" KR without a baseline reads as an operating floor when N is at
   * least this (uptime, SLA attainment, on-time rates are floors at 95 %+).
   */
  floorPercentAt: 95,
} as const;

export type LintThresholdName = keyof typeof LINT_THRESHOLDS;
export type LintThresholds = Record<LintThresholdName, number>;
