import { type SourceFailure, sourceFailure } from "./pull-connector.js";
import { parseRetryAfter, secondsUntilEpoch } from "./retry-after.js";
import { TooManyPagesError } from "./too-many-pages.js";

/** What a message may say about where the failure came from; never the secret itself. */
export interface ErrorContext {
  service: string;
  /** The environment variables holding this connector's credentials, named in auth errors. */
  credentialHint: string;
  now: Date;
}

type HeaderBag = Headers | Record<string, unknown> | undefined;

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);
const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "ECONNABORTED",
  "ERR_CANCELED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
]);

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object"
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

/** Walks an error and its causes for the first HTTP status and response headers (jira.js keeps them on its cause). */
function findResponse(error: unknown): { status?: number; headers?: HeaderBag } {
  let status: number | undefined;
  let headers: HeaderBag;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const response = field(current, "response");
    const found = field(current, "status") ?? field(response, "status");
    if (status === undefined && typeof found === "number" && found >= 100) status = found;
    headers ??= (field(current, "headers") ?? field(response, "headers")) as HeaderBag;
    if (status !== undefined && headers) break;
    current = field(current, "cause");
  }
  return status === undefined ? {} : { status, headers };
}

/** Walks an error and its causes for a Node/undici error code. */
function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = field(current, "code");
    if (typeof code === "string") return code;
    const name = field(current, "name");
    if (name === "AbortError" || name === "TimeoutError") return "ERR_CANCELED";
    current = field(current, "cause");
  }
  return undefined;
}

/** Turns a status code into a failure kind, a message and a wait, from the service's headers. */
function classifyStatus(status: number, headers: HeaderBag, context: ErrorContext): SourceFailure {
  const { service, credentialHint, now } = context;
  const retryAfter = parseRetryAfter(header(headers, "retry-after"), now);
  const exhausted = header(headers, "x-ratelimit-remaining") === "0";
  if (status === 429 || (status === 403 && (exhausted || retryAfter !== undefined))) {
    const wait = retryAfter ?? secondsUntilEpoch(header(headers, "x-ratelimit-reset"), now);
    const when = wait === undefined ? "" : `; retry after ${wait} s`;
    return sourceFailure("rate-limited", `${service} rate limit reached (${status})${when}`, wait);
  }
  if (status === 401)
    return sourceFailure(
      "auth",
      `${service} rejected the credentials (401 Unauthorized): check ${credentialHint}`,
    );
  if (status === 403)
    return sourceFailure(
      "auth",
      `${service} refused access (403 Forbidden): the credentials in ${credentialHint} lack permission for this query`,
    );
  if (status === 404 || status === 410)
    return sourceFailure(
      "not-found",
      `${service} found nothing at that address (${status}): check the repository, project, URL or API version in the query`,
    );
  if (status >= 500)
    return sourceFailure(
      "network",
      `${service} is unavailable (${status}); it will be tried again`,
      retryAfter,
    );
  return sourceFailure(
    "bad-response",
    `${service} rejected the request (${status}): check the query`,
  );
}

/**
 * Maps any client library's error (Octokit, jira.js/axios, Linear, Slack, fetch, pg) to a
 * typed failure. Messages are written here, never copied from the error, because library
 * messages can echo URLs, headers or request bodies that carry secrets.
 */
export function classifyError(error: unknown, context: ErrorContext): SourceFailure {
  if (error instanceof TooManyPagesError)
    return sourceFailure(
      "bad-response",
      `${context.service} returned ${error.message}: narrow the query (a shorter window, a filter) so the value is not computed from part of the result`,
    );
  const { status, headers } = findResponse(error);
  if (status !== undefined) return classifyStatus(status, headers, context);
  const code = findCode(error);
  if (code && TIMEOUT_CODES.has(code))
    return sourceFailure("timeout", `${context.service} did not answer in time`);
  if (code && NETWORK_CODES.has(code))
    return sourceFailure(
      "network",
      `${context.service} cannot be reached (${code}): check the address and the network`,
    );
  if (error instanceof SyntaxError)
    return sourceFailure("bad-response", `${context.service} answered with malformed JSON`);
  return sourceFailure(
    "bad-response",
    `${context.service} failed in an unexpected way${code ? ` (${code})` : ""}`,
  );
}
