import { z } from "zod";
import { csvConnector } from "./csv/csv-connector.js";
import { githubConnector } from "./github/github-connector.js";
import { httpJsonConnector } from "./http-json/http-json-connector.js";
import { jiraConnector } from "./jira/jira-connector.js";
import { linearConnector } from "./linear/linear-connector.js";
import { salesforceConnector } from "./salesforce/salesforce-connector.js";
import type { PullConnector } from "./shared/pull-connector.js";
import { sqlConnector } from "./sql/sql-connector.js";

/** Every connector a data source can bind to; Slack is outbound only and is not here. */
export const PullConnectorName = z.enum([
  "github",
  "jira",
  "linear",
  "salesforce",
  "http-json",
  "sql",
  "csv",
]);
export type PullConnectorName = z.infer<typeof PullConnectorName>;

/** The connector behind each name. */
// biome-ignore lint/suspicious/noExplicitAny: each connector checks its own query with its schema
export const PULL_CONNECTORS: Readonly<Record<PullConnectorName, PullConnector<any>>> = {
  github: githubConnector,
  jira: jiraConnector,
  linear: linearConnector,
  salesforce: salesforceConnector,
  "http-json": httpJsonConnector,
  sql: sqlConnector,
  csv: csvConnector,
};
