import type { KpiPromotionProposal } from "../kpi/propose-kpi-promotion.js";
import type { RecoveryOkrProposal } from "../kpi/propose-recovery-okr.js";

/** The quarterly review of a cycle: grades, retros, what carried over, promotions, new OKRs. */
export interface QuarterlyReview {
  kind: "quarterly";
  organization: string;
  asOf: string;
  /** The cycle reviewed, e.g. 2026-Q3. */
  period: string;
  /** `name` is the declared cycle's name, when it has one (e.g. "Q3 2026"). */
  cycle: { id: string; name?: string; start: string; end: string };
  portfolio: { score: number | null; objectives: number; succeeded: number; note?: string };
  teams: {
    id: string;
    score: number | null;
    objectives: number;
    succeeded: number;
    note?: string;
  }[];
  objectives: {
    id: string;
    title: string;
    team?: string;
    owner?: string;
    type: "aspirational" | "committed";
    score: number;
    success: boolean;
    keyResults: { id: string; title: string; score: number; success: boolean }[];
    retro?: string;
  }[];
  /** Objectives of this cycle carried into a later one, and the ids of their copies. */
  carriedOver: { from: string; to: string; cycle: string; title: string }[];
  /** Unfinished objectives (graded below success) not carried over yet: candidates to decide on. */
  unfinished: string[];
  promotions: KpiPromotionProposal[];
  newOkrProposals: RecoveryOkrProposal[];
}
