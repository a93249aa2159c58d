import type { Environment } from "../connectors/shared/resolve-credentials.js";
import { postSlackMessage } from "../connectors/slack/post-slack-message.js";

/** Where the agent posts reminders, digests and alerts; `configured` false means it posts nowhere. */
export interface Notifier {
  configured: boolean;
  post(text: string): Promise<{ ok: true } | { ok: false; error: string }>;
}

/**
 * Slack when configured: a bot token with a channel (chat.postMessage), else an incoming
 * webhook. Nothing is configured → every post is a no-op the job reports.
 */
export function createSlackNotifier(
  env: Environment,
  channel: string | undefined,
  apiUrl?: string,
): Notifier {
  const transport =
    env.OKAPI_SLACK_BOT_TOKEN && channel
      ? ("bot" as const)
      : env.OKAPI_SLACK_WEBHOOK_URL
        ? ("webhook" as const)
        : undefined;
  if (!transport)
    return {
      configured: false,
      post: async () => ({
        ok: false,
        error:
          "Slack is not configured: set OKAPI_SLACK_WEBHOOK_URL, or OKAPI_SLACK_BOT_TOKEN and the workspace's Slack channel",
      }),
    };
  return {
    configured: true,
    async post(text) {
      const result = await postSlackMessage(
        { text, ...(transport === "bot" && channel ? { channel } : {}) },
        { transport, env, ...(apiUrl ? { apiUrl } : {}) },
      );
      return result.ok ? { ok: true } : { ok: false, error: result.failure.message };
    },
  };
}
