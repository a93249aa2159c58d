import { z } from "zod";

/**
 * One outbound Slack message: text (the fallback shown in notifications) and optional Block Kit
 * blocks. `channel` is needed for chat.postMessage; an incoming webhook posts to its own channel.
 */
export const SlackMessage = z.strictObject({
  channel: z.string().min(1).optional(),
  text: z.string().min(1).max(40_000, { message: "Slack truncates text past 40,000 characters" }),
  blocks: z
    .array(z.record(z.string(), z.unknown()))
    .max(50, { message: "Slack accepts at most 50 blocks" })
    .optional(),
});
export type SlackMessage = z.infer<typeof SlackMessage>;

/** Where the message goes: a bot token with chat.postMessage, or an incoming webhook URL. */
export const SlackTransport = z.enum(["bot", "webhook"]);
export type SlackTransport = z.infer<typeof SlackTransport>;
