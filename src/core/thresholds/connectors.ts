/**
 * Numbers the connectors rely on. Each says where it comes from; where it is our own
 * choice, the comment gives the reason so it can be revisited.
 */

/** GitHub REST caps `per_page` at 100 (docs.github.com, "Using pagination in the REST API"). */
export const GITHUB_PAGE_SIZE = 100;

/** Jira search returns at most 100 issues per page, whatever `maxResults` asks (Jira REST API v2/v3, "Search for issues using JQL"). */
export const JIRA_PAGE_SIZE = 100;

/** Linear connections accept `first` up to 250 (developers.linear.app, "Pagination"); 100 keeps each page's complexity cost low. */
export const LINEAR_PAGE_SIZE = 100;

/** Salesforce REST API version used for SOQL (v62.0 = Winter '25, supported for at least three years per Salesforce's API retirement policy). */
export const SALESFORCE_API_VERSION = "62.0";

/** Our choice: a source that has not answered within 30 s is treated as down for this pull; the next scheduled pull tries again. */
export const SOURCE_TIMEOUT_MS = 30_000;

/** Bounded retries: one try plus two retries, the budget AWS's "Timeouts, retries and backoff with jitter" (Builders' Library) recommends for a caller that is itself retried on a schedule. */
export const SOURCE_MAX_ATTEMPTS = 3;

/** Exponential backoff base: 1 s, 2 s, 4 s … with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015). */
export const BACKOFF_BASE_MS = 1_000;

/** Our choice: a Retry-After longer than 2 minutes is not waited out inside one pull; the source is marked rate-limited and the next scheduled pull catches up. */
export const MAX_RETRY_AFTER_SECONDS = 120;

/** Our choice: stop following `next` links after 100 pages (10,000 items at 100 a page) so a runaway query cannot pull forever. */
export const MAX_PAGES = 100;

/** GitHub: after a secondary rate limit with no Retry-After or reset header, "wait for at least one minute before retrying" (docs.github.com, "Rate limits for the REST API"). */
export const GITHUB_SECONDARY_LIMIT_WAIT_SECONDS = 60;
