import { z } from "zod";
import { Statistic } from "../shared/summarize.js";

/**
 * Issue counts and times for a JQL query.
 * @example { site: "https://acme.atlassian.net", jql: "project = APP AND resolved >= -7d", measure: "cycle-time-days" }
 */
export const JiraQuery = z.strictObject({
  /** https://acme.atlassian.net, or the Data Center base URL. */
  site: z.url(),
  /** Cloud pages with nextPageToken (enhanced search); Data Center with startAt/maxResults. */
  edition: z.enum(["cloud", "data-center"]).default("cloud"),
  jql: z.string().min(1),
  measure: z.enum(["count", "lead-time-days", "cycle-time-days", "sum-field"]),
  /** Cycle time starts at an issue's first move into one of these statuses. */
  startStatuses: z.array(z.string().min(1)).min(1).default(["In Progress"]),
  /** The numeric field `sum-field` adds up, e.g. customfield_10016 (story points). */
  field: z.string().min(1).optional(),
  statistic: Statistic.default("median"),
});
export type JiraQuery = z.infer<typeof JiraQuery>;
