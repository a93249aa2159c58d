import { classifyError } from "../shared/classify-error.js";
import {
  type PullConnector,
  type PullContext,
  type PullOutcome,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { summarize } from "../shared/summarize.js";
import { hoursBetween } from "../shared/time-window.js";
import { JiraQuery } from "./jira-query.js";
import { countJiraIssues, type JiraIssue, searchJiraIssues } from "./search-jira.js";

const SERVICE = "Jira";
const CREDENTIAL_HINT = "OKAPI_JIRA_EMAIL / OKAPI_JIRA_TOKEN";

function cycleStart(issue: JiraIssue, startStatuses: readonly string[]): string | undefined {
  const moves = (issue.changelog?.histories ?? [])
    .filter((h) =>
      h.items?.some((i) => i.field === "status" && startStatuses.includes(i.toString ?? "")),
    )
    .map((h) => h.created)
    .filter((created): created is string => typeof created === "string")
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return moves[0];
}

/** One number per issue for the measure; issues the measure cannot read are left out. */
function issueValue(issue: JiraIssue, query: JiraQuery): number | undefined {
  const fields = issue.fields ?? {};
  if (query.measure === "sum-field") {
    const value = fields[query.field ?? ""];
    return typeof value === "number" ? value : undefined;
  }
  const resolved = fields.resolutiondate;
  if (typeof resolved !== "string") return undefined;
  const start =
    query.measure === "cycle-time-days" ? cycleStart(issue, query.startStatuses) : fields.created;
  return typeof start === "string" ? hoursBetween(start, resolved) / 24 : undefined;
}

async function pullJira(
  query: JiraQuery,
  { credentials, asOf, signal }: PullContext,
): Promise<PullOutcome> {
  if (query.measure === "sum-field" && !query.field)
    return sourceFailure("config", "the sum-field measure needs `field`, e.g. customfield_10016");
  try {
    if (query.measure === "count") {
      const { count, pages } = await countJiraIssues(query, credentials, signal);
      return pulledValue(count, asOf, { measure: query.measure, pages, edition: query.edition });
    }
    const { issues, pages } = await searchJiraIssues(query, credentials, signal);
    const values = issues
      .map((issue) => issueValue(issue, query))
      .filter((v): v is number => v !== undefined);
    const statistic = query.measure === "sum-field" ? "sum" : query.statistic;
    const value = summarize(values, statistic);
    if (value === undefined)
      return sourceFailure(
        "not-found",
        `nothing to measure: none of the ${issues.length} issues the JQL matched has the dates ${query.measure} needs`,
      );
    return pulledValue(value, asOf, {
      measure: query.measure,
      statistic,
      issues: issues.length,
      measured: values.length,
      pages,
    });
  } catch (error) {
    return classifyError(error, { service: SERVICE, credentialHint: CREDENTIAL_HINT, now: asOf });
  }
}

/** Jira (REST through jira.js): issue counts, lead and cycle times and field sums for a JQL query. */
export const jiraConnector: PullConnector<JiraQuery> = {
  name: "jira",
  service: SERVICE,
  querySchema: JiraQuery,
  credentials: [
    {
      key: "email",
      env: "OKAPI_JIRA_EMAIL",
      required: false,
      description:
        "Jira Cloud: the Atlassian account email the API token belongs to (leave unset for a Data Center personal access token)",
    },
    {
      key: "token",
      env: "OKAPI_JIRA_TOKEN",
      required: true,
      description: "Jira Cloud API token, or a Data Center personal access token",
    },
  ],
  pull: pullJira,
  describe: (query) => `${new URL(query.site).host} ${query.measure} (${query.jql})`,
};
