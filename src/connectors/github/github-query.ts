import { z } from "zod";
import { Statistic } from "../shared/summarize.js";
import { TimeWindow } from "../shared/time-window.js";

const GithubMeasure = z.enum([
  "open-issues",
  "issues-opened",
  "issues-closed",
  "issue-cycle-time-hours",
  "prs-merged",
  "pr-lead-time-hours",
  "releases",
  "deployments",
  "workflow-runs",
  "workflow-failure-rate",
  "workflow-duration-minutes",
]);

/**
 * What to measure in one repository.
 * @example { repo: "acme/app", measure: "pr-lead-time-hours", since: "7d" }
 * @example { repo: "acme/app", measure: "open-issues", labels: ["bug", "P1"] }
 */
export const GithubQuery = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { message: 'write the repository as "owner/name"' }),
  measure: GithubMeasure,
  since: TimeWindow.default("7d"),
  /** Issues carrying every one of these labels (GitHub's `labels` filter is an AND). */
  labels: z.array(z.string().min(1)).optional(),
  /** Pull requests into this base branch; workflow runs on this branch. */
  branch: z.string().min(1).optional(),
  environment: z.string().min(1).optional(),
  /** Workflow file name (`deploy.yml`) or numeric id. */
  workflow: z.union([z.string().min(1), z.number().int()]).optional(),
  statistic: Statistic.default("median"),
  /** GitHub Enterprise Server: https://github.example.com/api/v3 */
  baseUrl: z.url().optional(),
});
export type GithubQuery = z.infer<typeof GithubQuery>;
