import { JSONPath } from "jsonpath-plus";
import { MAX_PAGES } from "../../core/thresholds/connectors.js";
import { classifyError } from "../shared/classify-error.js";
import { fetchOk } from "../shared/http-status-error.js";
import {
  type PullConnector,
  type PullContext,
  type PullOutcome,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { summarize } from "../shared/summarize.js";
import { checkPageLimit } from "../shared/too-many-pages.js";
import { HttpJsonQuery } from "./http-json-query.js";

const SERVICE = "The HTTP JSON source";
const CREDENTIAL_HINT = "OKAPI_HTTP_JSON_TOKEN";

function authHeaders(query: HttpJsonQuery, token: string | undefined): Record<string, string> {
  if (!token) return { accept: "application/json" };
  const value = query.authHeader.toLowerCase() === "authorization" ? `Bearer ${token}` : token;
  return { accept: "application/json", [query.authHeader]: value };
}

function toNumber(match: unknown): number | undefined {
  if (typeof match === "number") return match;
  if (typeof match === "string" && match.trim() !== "" && Number.isFinite(Number(match)))
    return Number(match);
  return undefined;
}

async function pullHttpJson(
  query: HttpJsonQuery,
  { credentials, asOf, signal }: PullContext,
): Promise<PullOutcome> {
  const matches: unknown[] = [];
  let pages = 0;
  try {
    let url: string | undefined = query.url;
    for (; url && pages < MAX_PAGES; pages++) {
      const response = await fetchOk(url, {
        headers: authHeaders(query, credentials.token),
        signal,
      });
      const json = (await response.json()) as object;
      matches.push(...(JSONPath({ path: query.path, json, wrap: true }) as unknown[]));
      const next: unknown = query.nextPath
        ? JSONPath({ path: query.nextPath, json, wrap: false })
        : undefined;
      url = typeof next === "string" && next !== "" ? new URL(next, url).toString() : undefined;
    }
    checkPageLimit(pages, url !== undefined);
  } catch (error) {
    return classifyError(error, { service: SERVICE, credentialHint: CREDENTIAL_HINT, now: asOf });
  }
  if (matches.length === 0 && query.aggregate !== "count")
    return sourceFailure("not-found", `the JSONPath ${query.path} matched nothing in the response`);
  if (query.aggregate === "count")
    return pulledValue(matches.length, asOf, { pages, matches: matches.length });
  const numbers = matches.map(toNumber);
  const bad = numbers.indexOf(undefined);
  if (bad >= 0)
    return sourceFailure(
      "bad-response",
      `the JSONPath ${query.path} matched a value that is not a number (match ${bad + 1} is ${typeof matches[bad]})`,
    );
  const values = numbers as number[];
  const value = query.aggregate === "first" ? values[0] : summarize(values, query.aggregate);
  return value === undefined
    ? sourceFailure("not-found", `the JSONPath ${query.path} matched nothing to ${query.aggregate}`)
    : pulledValue(value, asOf, { pages, matches: values.length, aggregate: query.aggregate });
}

/** Any HTTP endpoint returning JSON: a URL, a JSONPath and how to reduce its matches. */
export const httpJsonConnector: PullConnector<HttpJsonQuery> = {
  name: "http-json",
  service: SERVICE,
  querySchema: HttpJsonQuery,
  credentials: [
    {
      key: "token",
      env: "OKAPI_HTTP_JSON_TOKEN",
      required: false,
      description: "optional token sent in authHeader (as Bearer when that is Authorization)",
    },
  ],
  pull: pullHttpJson,
  describe: (query) => {
    const url = new URL(query.url);
    return `${url.host}${url.pathname} ${query.path}`;
  },
};
