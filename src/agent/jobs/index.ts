import type { JobName } from "../job-catalog.js";
import type { JobWork } from "../job-context.js";
import { evaluateKpiHealth } from "./kpi-health.js";
import { sendCheckinReminders, sendStaleGoalNudges } from "./nudges.js";
import { generateKpiTrendReview, generateQuarterlyReview } from "./periodic-reviews.js";
import { pullSources } from "./pull-sources.js";
import { generateWeeklyReview } from "./weekly-review.js";

/** The work behind each scheduled job. */
export const JOB_WORK: Record<JobName, JobWork> = {
  "pull-sources": pullSources,
  "kpi-health": evaluateKpiHealth,
  "checkin-reminders": sendCheckinReminders,
  "weekly-review": generateWeeklyReview,
  "stale-goal-nudges": sendStaleGoalNudges,
  "kpi-trend-review": generateKpiTrendReview,
  "quarterly-review": generateQuarterlyReview,
};
