import type { Octokit } from "@octokit/rest";
import { GITHUB_PAGE_SIZE, MAX_PAGES } from "../../core/thresholds/connectors.js";
import { hoursBetween } from "../shared/time-window.js";
import { checkPageLimit } from "../shared/too-many-pages.js";
import type { GithubQuery } from "./github-query.js";

/** What a measure collected: one number per item (1 for counts, a duration otherwise). */
export interface Collected {
  values: number[];
  /** Completed workflow runs, the denominator of the failure rate. */
  total: number;
  pages: number;
}

interface Item {
  created_at: string;
  updated_at?: string;
  closed_at?: string | null;
  merged_at?: string | null;
  published_at?: string | null;
  draft?: boolean;
  pull_request?: unknown;
  conclusion?: string | null;
  run_started_at?: string;
}

/** "stop" ends the scan (lists sorted newest first have passed the window); a number is kept. */
type Pick = (item: Item) => number | "stop" | undefined;

async function scan(
  pages: AsyncIterable<{ data: unknown; headers?: { link?: string | undefined } }>,
  pick: Pick,
): Promise<Collected> {
  const collected: Collected = { values: [], total: 0, pages: 0 };
  for await (const page of pages) {
    collected.pages++;
    for (const item of page.data as Item[]) {
      const value = pick(item);
      if (value === "stop") return collected;
      if (value !== undefined) collected.values.push(value);
    }
    if (collected.pages >= MAX_PAGES) {
      // A rel="next" link means GitHub has more; counting only part of them would be wrong.
      checkPageLimit(collected.pages, /rel="next"/.test(page.headers?.link ?? ""));
      break;
    }
  }
  return collected;
}

const isAfter = (instant: string | null | undefined, since: string) =>
  typeof instant === "string" && instant >= since;

/** Pages through the endpoint the measure needs, following Link headers, newest first. */
export function collectGithub(octokit: Octokit, query: GithubQuery, since: string) {
  const [owner, repo] = query.repo.split("/") as [string, string];
  const base = { owner, repo, per_page: GITHUB_PAGE_SIZE };
  const labels = query.labels?.join(",");
  const issueFilter = labels ? { labels } : {};
  const it = octokit.paginate.iterator;
  switch (query.measure) {
    case "open-issues":
      return scan(
        it(octokit.rest.issues.listForRepo, { ...base, ...issueFilter, state: "open" }),
        (i) => (i.pull_request ? undefined : 1),
      );
    case "issues-opened":
      return scan(
        it(octokit.rest.issues.listForRepo, {
          ...base,
          ...issueFilter,
          state: "all",
          sort: "created",
          direction: "desc",
          since,
        }),
        (i) => (i.created_at < since ? "stop" : i.pull_request ? undefined : 1),
      );
    case "issues-closed":
    case "issue-cycle-time-hours":
      return scan(
        it(octokit.rest.issues.listForRepo, { ...base, ...issueFilter, state: "closed", since }),
        (i) =>
          i.pull_request || !isAfter(i.closed_at, since)
            ? undefined
            : hoursBetween(i.created_at, i.closed_at as string),
      );
    case "prs-merged":
    case "pr-lead-time-hours":
      return scan(
        it(octokit.rest.pulls.list, {
          ...base,
          state: "closed",
          sort: "updated",
          direction: "desc",
          ...(query.branch ? { base: query.branch } : {}),
        }),
        (i) =>
          (i.updated_at ?? i.created_at) < since
            ? "stop"
            : isAfter(i.merged_at, since)
              ? hoursBetween(i.created_at, i.merged_at as string)
              : undefined,
      );
    case "releases":
      return scan(it(octokit.rest.repos.listReleases, base), (i) =>
        i.created_at < since ? "stop" : !i.draft && isAfter(i.published_at, since) ? 1 : undefined,
      );
    case "deployments":
      return scan(
        it(octokit.rest.repos.listDeployments, {
          ...base,
          ...(query.environment ? { environment: query.environment } : {}),
        }),
        (i) => (i.created_at < since ? "stop" : 1),
      );
    default:
      return collectRuns(octokit, query, base, since);
  }
}

async function collectRuns(
  octokit: Octokit,
  query: GithubQuery,
  base: { owner: string; repo: string; per_page: number },
  since: string,
): Promise<Collected> {
  const filter = {
    ...base,
    created: `>=${since}`,
    status: "completed" as const,
    ...(query.branch ? { branch: query.branch } : {}),
  };
  const pages =
    query.workflow === undefined
      ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filter)
      : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
          ...filter,
          workflow_id: query.workflow,
        });
  let total = 0;
  const collected = await scan(pages, (run) => {
    total++;
    if (query.measure === "workflow-failure-rate") return run.conclusion === "failure" ? 1 : 0;
    if (query.measure === "workflow-duration-minutes")
      return (
        hoursBetween(run.run_started_at ?? run.created_at, run.updated_at ?? run.created_at) * 60
      );
    return run.conclusion === "success" ? 1 : undefined;
  });
  return { ...collected, total };
}
