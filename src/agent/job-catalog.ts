import { previousQuarterOf } from "../core/review/choose-review-cycle.js";
import { isoWeekKey, monthKey } from "../core/review/period-key.js";

/** The scheduled jobs of the operating rhythm (docs/method-notes.md, "Cadence"). */
export const JOB_NAMES = [
  "pull-sources",
  "kpi-health",
  "checkin-reminders",
  "weekly-review",
  "stale-goal-nudges",
  "kpi-trend-review",
  "quarterly-review",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

interface JobSpec {
  description: string;
  /** Default cron pattern (minute hour day-of-month month day-of-week), in the workspace time zone. */
  pattern: string;
  /** The period a run at this local day stands for: the key that makes it run once. */
  periodOf(day: string): string;
}

const daily = (day: string) => day;

/**
 * Defaults follow docs/method-notes.md, "Cadence": KPIs glanced daily, OKRs checked in weekly, trends
 * monthly, OKRs reassessed quarterly. Pulls run before the health check, the review before
 * the Monday meeting, reminders on Friday morning so check-ins land before the review.
 */
export const JOB_CATALOG: Record<JobName, JobSpec> = {
  "pull-sources": {
    description: "pull every data source that is due and record its value (or its failure)",
    pattern: "0 6 * * *",
    periodOf: daily,
  },
  "kpi-health": {
    description:
      "evaluate KPI health and file new proposals (recovery OKRs, promotions, retirements)",
    pattern: "30 6 * * *",
    periodOf: daily,
  },
  "checkin-reminders": {
    description: "remind key result owners on Slack to check in before the weekly review",
    pattern: "0 9 * * 5",
    periodOf: isoWeekKey,
  },
  "weekly-review": {
    description: "generate and keep the weekly business review; post its digest to Slack",
    pattern: "0 7 * * 1",
    periodOf: isoWeekKey,
  },
  "stale-goal-nudges": {
    description: "nudge owners of goals whose check-ins are overdue",
    pattern: "0 10 * * 2",
    periodOf: isoWeekKey,
  },
  "kpi-trend-review": {
    description: "monthly KPI trend review: trends, signals and the lead/lag re-check",
    pattern: "0 7 1 * *",
    periodOf: monthKey,
  },
  "quarterly-review": {
    description:
      "grade the quarter that ended, keep its review, file promotions and new OKR proposals",
    pattern: "0 8 1 1,4,7,10 *",
    periodOf: previousQuarterOf,
  },
};
