import { Octokit } from "@octokit/rest";
import { GITHUB_SECONDARY_LIMIT_WAIT_SECONDS } from "../../core/thresholds/connectors.js";
import { classifyError } from "../shared/classify-error.js";
import {
  type PullConnector,
  type PullContext,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { summarize } from "../shared/summarize.js";
import { windowStart } from "../shared/time-window.js";
import { collectGithub } from "./collect-github.js";
import { GithubQuery } from "./github-query.js";

const SERVICE = "GitHub";
const COUNTS = new Set([
  "open-issues",
  "issues-opened",
  "issues-closed",
  "prs-merged",
  "releases",
  "deployments",
  "workflow-runs",
]);
// Octokit logs warnings (deprecations, rate limits) to the console; a connector reports through its result instead.
const silent = { debug() {}, info() {}, warn() {}, error() {} };

// GitHub signals a secondary rate limit with 403 and a message, sometimes without any header.
function classifyGithubError(error: unknown, now: Date) {
  const failure = classifyError(error, {
    service: SERVICE,
    credentialHint: "OKAPI_GITHUB_TOKEN",
    now,
  });
  const { status, response } = error as {
    status?: number;
    response?: { data?: { message?: unknown } };
  };
  const message = String(response?.data?.message ?? "");
  if (failure.kind === "auth" && status === 403 && /rate limit/i.test(message))
    return sourceFailure(
      "rate-limited",
      `GitHub secondary rate limit reached; retry after ${GITHUB_SECONDARY_LIMIT_WAIT_SECONDS} s`,
      GITHUB_SECONDARY_LIMIT_WAIT_SECONDS,
    );
  return failure;
}

async function pullGithub(query: GithubQuery, { credentials, asOf, signal }: PullContext) {
  const octokit = new Octokit({
    auth: credentials.token,
    userAgent: "okapi-connector",
    log: silent,
    request: { signal },
    ...(query.baseUrl ? { baseUrl: query.baseUrl } : {}),
  });
  const since = windowStart(query.since, asOf).toISOString();
  try {
    const collected = await collectGithub(octokit, query, since);
    const detail = {
      measure: query.measure,
      items: collected.values.length,
      pages: collected.pages,
      since,
    };
    if (COUNTS.has(query.measure)) return pulledValue(collected.values.length, asOf, detail);
    if (query.measure === "workflow-failure-rate") {
      if (collected.total === 0)
        return sourceFailure(
          "not-found",
          `no completed workflow runs in ${query.repo} in the last ${query.since}`,
        );
      return pulledValue(
        (100 * (summarize(collected.values, "sum") ?? 0)) / collected.total,
        asOf,
        detail,
      );
    }
    const value = summarize(collected.values, query.statistic);
    if (value === undefined)
      return sourceFailure(
        "not-found",
        `nothing to measure: no ${query.measure} items in ${query.repo} in the last ${query.since}`,
      );
    return pulledValue(value, asOf, { ...detail, statistic: query.statistic });
  } catch (error) {
    return classifyGithubError(error, asOf);
  }
}

/** GitHub (REST through Octokit): counts and durations over issues, PRs, releases, deployments and workflow runs. */
export const githubConnector: PullConnector<GithubQuery> = {
  name: "github",
  service: SERVICE,
  querySchema: GithubQuery,
  credentials: [
    {
      key: "token",
      env: "OKAPI_GITHUB_TOKEN",
      required: true,
      description:
        "a fine-grained personal access token or GitHub App token with read access to the repository",
    },
  ],
  pull: pullGithub,
  describe: (query) =>
    // open-issues is a snapshot; every other measure covers the window.
    query.measure === "open-issues"
      ? `${query.repo} open-issues`
      : `${query.repo} ${query.measure} ${query.since}`,
};
