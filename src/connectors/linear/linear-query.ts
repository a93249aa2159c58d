import { z } from "zod";
import { Statistic } from "../shared/summarize.js";
import { TimeWindow } from "../shared/time-window.js";

/**
 * Issue counts, cycle and lead times, and completed estimates from Linear.
 * @example { measure: "cycle-time-days", team: "ENG", since: "14d" }
 * @example { measure: "issue-count", team: "ENG", priority: 1, state: "started" }
 */
export const LinearQuery = z.strictObject({
  measure: z.enum(["issue-count", "cycle-time-days", "lead-time-days", "completed-estimate"]),
  /** Team key, e.g. "ENG". */
  team: z.string().min(1).optional(),
  /** Issues carrying any of these labels. */
  labels: z.array(z.string().min(1)).optional(),
  /** Linear priority: 1 urgent, 2 high, 3 medium, 4 low, 0 none. */
  priority: z.number().int().min(0).max(4).optional(),
  /** Workflow state type, for issue-count. */
  state: z.enum(["triage", "backlog", "unstarted", "started", "completed", "canceled"]).optional(),
  /** issue-count: created in the window (all issues when absent); the others: completed in the window (default 7d). */
  since: TimeWindow.optional(),
  statistic: Statistic.default("median"),
  apiUrl: z.url().optional(),
});
export type LinearQuery = z.infer<typeof LinearQuery>;
