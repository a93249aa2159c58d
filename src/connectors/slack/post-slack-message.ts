import { LogLevel, WebClient } from "@slack/web-api";
import { classifyError } from "../shared/classify-error.js";
import { HttpStatusError } from "../shared/http-status-error.js";
import { type Credentials, type SourceFailure, sourceFailure } from "../shared/pull-connector.js";
import { redactDeep } from "../shared/redact-secrets.js";
import { type Environment, resolveCredentials } from "../shared/resolve-credentials.js";
import { type RetryOptions, withRetries } from "../shared/with-retries.js";
import { classifySlackError } from "./classify-slack-error.js";
import { SlackMessage, type SlackTransport } from "./slack-message.js";

/** Where Slack credentials come from: the bot token for chat.postMessage, the webhook URL for incoming webhooks. */
const SLACK_CREDENTIALS = [
  {
    key: "botToken",
    env: "OKAPI_SLACK_BOT_TOKEN",
    required: false,
    description: "a bot token (xoxb-…) with the chat:write scope",
  },
  {
    key: "webhookUrl",
    env: "OKAPI_SLACK_WEBHOOK_URL",
    required: false,
    description: "an incoming webhook URL (it is itself a secret)",
  },
] as const;

export interface PostSlackOptions extends RetryOptions {
  transport: SlackTransport;
  env?: Environment;
  credentials?: Credentials;
  /** Base URL of the Web API, for tests and Slack GovSlack (default https://slack.com/api/). */
  apiUrl?: string;
}

export type PostSlackResult =
  | { ok: true; ts?: string; channel?: string; attempts: number }
  | { ok: false; failure: SourceFailure; attempts: number };

// The Slack SDK logs to the console by default; failures are reported through the result instead.
const silentLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};

async function postWithBot(
  message: SlackMessage,
  token: string,
  apiUrl: string | undefined,
  signal: AbortSignal,
  now: Date,
) {
  if (!message.channel)
    return sourceFailure(
      "config",
      "chat.postMessage needs a channel (an id such as C0123456789, or #name)",
    );
  const client = new WebClient(token, {
    // Retries and Retry-After are handled by withRetries, the same way for every connector.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: silentLogger,
    fetch: (url, init) => fetch(url, { ...init, signal }),
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
  });
  try {
    const result = await client.chat.postMessage({
      channel: message.channel,
      text: message.text,
      ...(message.blocks ? { blocks: message.blocks as never } : {}),
    });
    return {
      ok: true as const,
      ...(result.ts ? { ts: result.ts } : {}),
      ...(result.channel ? { channel: result.channel } : {}),
    };
  } catch (error) {
    return classifySlackError(error, "OKAPI_SLACK_BOT_TOKEN", now);
  }
}

// Plain fetch for incoming webhooks: the URL is the credential, and @slack/webhook (axios) puts it in its errors.
async function postWithWebhook(
  message: SlackMessage,
  webhookUrl: string,
  signal: AbortSignal,
  now: Date,
) {
  const hint = "OKAPI_SLACK_WEBHOOK_URL";
  try {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
      }),
      signal,
    });
    const body = await response.text();
    if (response.ok) return { ok: true as const };
    // Documented webhook errors: 403 invalid_token, 404 no_service (revoked), 410 channel_is_archived.
    if (response.status === 403 || response.status === 404)
      return sourceFailure(
        "auth",
        `Slack rejected the incoming webhook (${response.status} ${body.slice(0, 40)}): check ${hint}`,
      );
    throw new HttpStatusError(response.status, response.headers);
  } catch (error) {
    return classifyError(error, { service: "Slack", credentialHint: hint, now });
  }
}

/**
 * Posts one message to Slack (check-in reminders, the weekly review digest, alerts), with the
 * same timeout, retry bound and Retry-After handling as the pull connectors.
 */
export async function postSlackMessage(
  input: SlackMessage,
  options: PostSlackOptions,
): Promise<PostSlackResult> {
  const parsed = SlackMessage.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      failure: sourceFailure(
        "config",
        `invalid Slack message: ${parsed.error.issues.map((i) => `${i.path.join(".") || "message"}: ${i.message}`).join("; ")}`,
      ),
      attempts: 0,
    };
  const key = options.transport === "bot" ? "botToken" : "webhookUrl";
  const resolved = resolveCredentials(
    SLACK_CREDENTIALS.map((spec) => ({ ...spec, required: spec.key === key })),
    { env: options.env ?? process.env, given: options.credentials },
  );
  if (!resolved.ok) return { ok: false, failure: resolved, attempts: 0 };
  const secret = resolved.credentials[key] as string;
  const { outcome, attempts } = await withRetries(
    (signal, now) =>
      options.transport === "bot"
        ? postWithBot(parsed.data, secret, options.apiUrl, signal, now)
        : postWithWebhook(parsed.data, secret, signal, now),
    "Slack",
    options,
  );
  const safe = redactDeep(outcome, Object.values(resolved.credentials));
  return safe.ok ? { ...safe, attempts } : { ok: false, failure: safe, attempts };
}
