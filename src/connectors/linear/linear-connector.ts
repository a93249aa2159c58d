import { LinearError, LinearErrorType } from "@linear/sdk";
import { classifyError } from "../shared/classify-error.js";
import {
  type PullConnector,
  type PullContext,
  type PullOutcome,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { summarize } from "../shared/summarize.js";
import { hoursBetween, windowStart } from "../shared/time-window.js";
import { fetchLinearIssues, type LinearIssue } from "./fetch-linear-issues.js";
import { LinearQuery } from "./linear-query.js";

const SERVICE = "Linear";
const CREDENTIAL_HINT = "OKAPI_LINEAR_API_KEY";

function issueValue(issue: LinearIssue, measure: LinearQuery["measure"]): number | undefined {
  if (measure === "issue-count") return 1;
  if (measure === "completed-estimate") return issue.estimate ?? undefined;
  const start = measure === "cycle-time-days" ? issue.startedAt : issue.createdAt;
  return start && issue.completedAt ? hoursBetween(start, issue.completedAt) / 24 : undefined;
}

// Linear reports errors in the GraphQL body, often with HTTP 400, so its error type is read before the status.
function classifyLinearError(error: unknown, now: Date) {
  if (error instanceof LinearError) {
    if (error.type === LinearErrorType.AuthenticationError)
      return sourceFailure("auth", `Linear rejected the API key: check ${CREDENTIAL_HINT}`);
    if (error.type === LinearErrorType.Ratelimited) {
      const wait = (error as { retryAfter?: number }).retryAfter;
      return sourceFailure(
        "rate-limited",
        `Linear rate limit reached${wait === undefined ? "" : `; retry after ${wait} s`}`,
        wait,
      );
    }
  }
  return classifyError(error, { service: SERVICE, credentialHint: CREDENTIAL_HINT, now });
}

async function pullLinear(
  query: LinearQuery,
  { credentials, asOf, signal }: PullContext,
): Promise<PullOutcome> {
  const window = query.since ?? (query.measure === "issue-count" ? undefined : "7d");
  const since = window ? windowStart(window, asOf).toISOString() : undefined;
  try {
    const { issues, pages } = await fetchLinearIssues(
      query,
      credentials.apiKey as string,
      since,
      signal,
    );
    const values = issues
      .map((issue) => issueValue(issue, query.measure))
      .filter((v): v is number => v !== undefined);
    const statistic =
      query.measure === "issue-count"
        ? "count"
        : query.measure === "completed-estimate"
          ? "sum"
          : query.statistic;
    const value = summarize(values, statistic);
    if (value === undefined)
      return sourceFailure(
        "not-found",
        `nothing to measure: no issues completed in the last ${window} match the query`,
      );
    return pulledValue(value, asOf, {
      measure: query.measure,
      statistic,
      issues: issues.length,
      pages,
      ...(since ? { since } : {}),
    });
  } catch (error) {
    return classifyLinearError(error, asOf);
  }
}

/** Linear (GraphQL through @linear/sdk): issue counts, cycle time, lead time, completed estimates. */
export const linearConnector: PullConnector<LinearQuery> = {
  name: "linear",
  service: SERVICE,
  querySchema: LinearQuery,
  credentials: [
    {
      key: "apiKey",
      env: "OKAPI_LINEAR_API_KEY",
      required: true,
      description: "a Linear personal API key (Settings → Security & access) with read access",
    },
  ],
  pull: pullLinear,
  describe: (query) =>
    `${query.team ?? "workspace"} ${query.measure}${query.since ? ` ${query.since}` : ""}`,
};
