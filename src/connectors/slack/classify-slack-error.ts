import { ErrorCode } from "@slack/web-api";
import { classifyError } from "../shared/classify-error.js";
import { type SourceFailure, sourceFailure } from "../shared/pull-connector.js";

const AUTH_ERRORS = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "missing_scope",
  "not_allowed_token_type",
]);
const NOT_FOUND_ERRORS = new Set(["channel_not_found", "is_archived", "not_in_channel"]);

/** Slack's Web API answers most errors with HTTP 200 and `{ok:false, error}`; @slack/web-api raises them as typed errors. */
export function classifySlackError(
  error: unknown,
  credentialHint: string,
  now: Date,
): SourceFailure {
  const coded = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    original?: unknown;
    statusCode?: number;
    headers?: Record<string, string>;
  };
  if (coded.code === ErrorCode.RateLimitedError)
    return sourceFailure(
      "rate-limited",
      `Slack rate limit reached; retry after ${coded.retryAfter} s`,
      coded.retryAfter,
    );
  if (coded.code === ErrorCode.PlatformError) {
    const reason = coded.data?.error ?? "unknown_error";
    if (AUTH_ERRORS.has(reason))
      return sourceFailure("auth", `Slack rejected the token (${reason}): check ${credentialHint}`);
    if (NOT_FOUND_ERRORS.has(reason))
      return sourceFailure(
        "not-found",
        `Slack cannot post there (${reason}): check the channel and that the app is in it`,
      );
    return sourceFailure("bad-response", `Slack refused the message (${reason})`);
  }
  if (coded.code === ErrorCode.HTTPError)
    return classifyError(
      { status: coded.statusCode, headers: coded.headers },
      { service: "Slack", credentialHint, now },
    );
  if (coded.code === ErrorCode.RequestError)
    return classifyError(coded.original, { service: "Slack", credentialHint, now });
  return classifyError(error, { service: "Slack", credentialHint, now });
}
