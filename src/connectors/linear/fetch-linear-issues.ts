import { LinearClient } from "@linear/sdk";
import { LINEAR_PAGE_SIZE, MAX_PAGES } from "../../core/thresholds/connectors.js";
import { checkPageLimit } from "../shared/too-many-pages.js";
import type { LinearQuery } from "./linear-query.js";

/** The fields of an issue the measures read. */
export interface LinearIssue {
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  estimate: number | null;
}

// Our own small query instead of the SDK's models: the models fetch every field of an issue, we need four.
const ISSUES_QUERY = `query OkapiIssues($filter: IssueFilter, $first: Int, $after: String) {
  issues(filter: $filter, first: $first, after: $after, includeArchived: true) {
    nodes { createdAt startedAt completedAt estimate }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface IssuesPage {
  issues: { nodes: LinearIssue[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Linear's IssueFilter for the query; `since` bounds creation for counts and completion otherwise. */
function linearIssueFilter(query: LinearQuery, since: string | undefined): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.team) filter.team = { key: { eq: query.team } };
  if (query.labels) filter.labels = { some: { name: { in: query.labels } } };
  if (query.priority !== undefined) filter.priority = { eq: query.priority };
  if (query.measure === "issue-count") {
    if (query.state) filter.state = { type: { eq: query.state } };
    if (since) filter.createdAt = { gte: since };
  } else {
    filter.completedAt = { gte: since };
  }
  return filter;
}

/** Follows Linear's cursor pagination (pageInfo.endCursor) until hasNextPage is false. */
export async function fetchLinearIssues(
  query: LinearQuery,
  apiKey: string,
  since: string | undefined,
  signal: AbortSignal,
): Promise<{ issues: LinearIssue[]; pages: number }> {
  const client = new LinearClient({
    apiKey,
    signal,
    ...(query.apiUrl ? { apiUrl: query.apiUrl } : {}),
  });
  const filter = linearIssueFilter(query, since);
  const issues: LinearIssue[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const response: { data?: IssuesPage } = await client.client.rawRequest<
      IssuesPage,
      Record<string, unknown>
    >(ISSUES_QUERY, { filter, first: LINEAR_PAGE_SIZE, after });
    const page = response.data?.issues;
    if (!page) throw new SyntaxError("Linear answered without issues");
    pages++;
    issues.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages < MAX_PAGES);
  checkPageLimit(pages, after !== null);
  return { issues, pages };
}
