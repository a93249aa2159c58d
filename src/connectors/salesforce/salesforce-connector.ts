import { classifyError } from "../shared/classify-error.js";
import {
  type PullConnector,
  type PullContext,
  type PullOutcome,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { querySalesforce, SalesforceLimitError } from "./query-salesforce.js";
import { SalesforceQuery } from "./salesforce-query.js";

const SERVICE = "Salesforce";
const CREDENTIAL_HINT = "OKAPI_SALESFORCE_ACCESS_TOKEN / OKAPI_SALESFORCE_INSTANCE_URL";

/*
 * Plain fetch against the documented REST query resource rather than jsforce: jsforce 3.10.17+
 * requires Node 22, and the last Node 20 release (3.10.16) retries 429/5xx itself with its own
 * backoff (ignoring Retry-After), takes no AbortSignal and drops response headers from its
 * errors — so runSource could neither honour Retry-After nor bound the pull's time.
 */
async function pullSalesforce(
  query: SalesforceQuery,
  { credentials, asOf, signal }: PullContext,
): Promise<PullOutcome> {
  const connection = {
    instanceUrl: credentials.instanceUrl as string,
    accessToken: credentials.accessToken as string,
    apiVersion: query.apiVersion,
  };
  try {
    const main = await querySalesforce(query, connection, signal);
    if (main.value === undefined)
      return sourceFailure(
        "bad-response",
        `the SOQL result has no numeric field "${query.field ?? "expr0"}" in its first row: name the aggregate's alias in \`field\``,
      );
    const detail = { rows: main.rows, pages: main.pages };
    if (!query.divideBy) return pulledValue(main.value, asOf, detail);
    const denominator = await querySalesforce(query.divideBy, connection, signal);
    if (!denominator.value)
      return sourceFailure(
        "not-found",
        "the divideBy query returned 0 or nothing: the ratio is undefined",
      );
    return pulledValue((100 * main.value) / denominator.value, asOf, {
      ...detail,
      numerator: main.value,
      denominator: denominator.value,
    });
  } catch (error) {
    if (error instanceof SalesforceLimitError)
      return sourceFailure(
        "rate-limited",
        "Salesforce API request limit exceeded for the org (403 REQUEST_LIMIT_EXCEEDED)",
      );
    return classifyError(error, { service: SERVICE, credentialHint: CREDENTIAL_HINT, now: asOf });
  }
}

/** Salesforce (REST, SOQL): pipeline amount, won deals, win rate and any other SOQL aggregate. */
export const salesforceConnector: PullConnector<SalesforceQuery> = {
  name: "salesforce",
  service: SERVICE,
  querySchema: SalesforceQuery,
  credentials: [
    {
      key: "accessToken",
      env: "OKAPI_SALESFORCE_ACCESS_TOKEN",
      required: true,
      description: "an OAuth access token for a user with read access to the queried objects",
    },
    {
      key: "instanceUrl",
      env: "OKAPI_SALESFORCE_INSTANCE_URL",
      required: true,
      description: "the org's instance URL, e.g. https://acme.my.salesforce.com",
    },
  ],
  pull: pullSalesforce,
  describe: (query) => query.soql.replace(/\s+/g, " ").slice(0, 120),
};
