import { type Config, Version2Client, Version3Client } from "jira.js";
import { JIRA_PAGE_SIZE, MAX_PAGES } from "../../core/thresholds/connectors.js";
import type { Credentials } from "../shared/pull-connector.js";
import { checkPageLimit } from "../shared/too-many-pages.js";
import type { JiraQuery } from "./jira-query.js";

/** The parts of a Jira issue the measures read. */
export interface JiraIssue {
  fields?: Record<string, unknown>;
  changelog?: {
    histories?: { created?: string; items?: { field?: string; toString?: string | null }[] }[];
  };
}

function clientConfig(query: JiraQuery, credentials: Credentials, signal: AbortSignal): Config {
  const token = credentials.token as string;
  const common = { host: query.site, baseRequestConfig: { signal } };
  // Cloud takes an account email and API token as Basic auth; Data Center takes a personal access token as Bearer.
  return credentials.email
    ? { ...common, authentication: { basic: { email: credentials.email, apiToken: token } } }
    : { ...common, authentication: { oauth2: { accessToken: token } } };
}

/** Counts the issues a JQL query matches (Cloud: approximate-count; Data Center: the search total). */
export async function countJiraIssues(
  query: JiraQuery,
  credentials: Credentials,
  signal: AbortSignal,
) {
  if (query.edition === "cloud") {
    const client = new Version3Client(clientConfig(query, credentials, signal));
    const result = await client.issueSearch.countIssues({ jql: query.jql });
    return { count: result.count ?? 0, pages: 1 };
  }
  const client = new Version2Client(clientConfig(query, credentials, signal));
  const result = await client.issueSearch.searchForIssuesUsingJqlPost({
    jql: query.jql,
    maxResults: 0,
    fields: ["id"],
  });
  return { count: result.total ?? 0, pages: 1 };
}

/** Fetches every issue a JQL query matches with the fields the measure needs, page by page. */
export async function searchJiraIssues(
  query: JiraQuery,
  credentials: Credentials,
  signal: AbortSignal,
): Promise<{ issues: JiraIssue[]; pages: number }> {
  const fields = ["created", "resolutiondate", ...(query.field ? [query.field] : [])];
  const withChangelog = query.measure === "cycle-time-days";
  const issues: JiraIssue[] = [];
  let pages = 0;
  if (query.edition === "cloud") {
    const client = new Version3Client(clientConfig(query, credentials, signal));
    let nextPageToken: string | undefined;
    do {
      const page = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearchPost({
        jql: query.jql,
        fields,
        maxResults: JIRA_PAGE_SIZE,
        ...(withChangelog ? { expand: "changelog" } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      });
      pages++;
      issues.push(...((page.issues ?? []) as JiraIssue[]));
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken && pages < MAX_PAGES);
    checkPageLimit(pages, nextPageToken !== undefined);
    return { issues, pages };
  }
  const client = new Version2Client(clientConfig(query, credentials, signal));
  for (let startAt = 0; ; ) {
    const page = await client.issueSearch.searchForIssuesUsingJqlPost({
      jql: query.jql,
      fields,
      startAt,
      maxResults: JIRA_PAGE_SIZE,
      ...(withChangelog ? { expand: ["changelog"] } : {}),
    });
    pages++;
    const batch = (page.issues ?? []) as JiraIssue[];
    issues.push(...batch);
    startAt += batch.length;
    if (batch.length === 0 || startAt >= (page.total ?? 0)) break;
    checkPageLimit(pages, true);
  }
  return { issues, pages };
}
