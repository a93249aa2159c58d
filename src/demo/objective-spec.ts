/** How a key result's quarter unfolds in the demo. */
export type KeyResultStory =
  | "on-track"
  | "ahead"
  | "behind"
  | "falling-confidence"
  | "stale"
  | "tripwire"
  | "graded";

export interface KeyResultSpec {
  id: string;
  /** A KPI-linked KR takes its baseline from the KPI at the cycle start, so the title is built from it. */
  title: string | ((from: number) => string);
  from?: number;
  to: number;
  unit: string;
  owner: string;
  kpi?: string;
  metric?: string;
  story: KeyResultStory;
  /** Decimals of the check-in values. */
  decimals: number;
  /** Value at the cycle end, for a closed cycle's `graded` story. */
  final?: number;
  /** Notes in the order they are written, spread over the quarter's check-ins. */
  notes: readonly string[];
  blocker?: string;
}

export interface KillCriterionSpec {
  metric?: string;
  below?: number;
  above?: number;
  /** The checkpoint as days after the cycle start. */
  day?: number;
  note?: string;
  decision?: { outcome: "stop" | "continue" | "change"; by: string; reason: string };
}

export interface ObjectiveSpec {
  id: string;
  title: string;
  owner: string;
  team?: string;
  type: "aspirational" | "committed";
  parent?: string;
  status?: "active" | "achieved" | "missed";
  leadingIndicators?: string[];
  retro?: string;
  keyResults: KeyResultSpec[];
  killCriteria: KillCriterionSpec[];
}
