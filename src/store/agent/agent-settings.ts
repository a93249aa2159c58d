import { eq } from "drizzle-orm";
import type { Executor } from "../database.js";
import * as t from "../schema.js";

/** The operating rhythm as stored: time zone, cron pattern overrides by job, Slack channel. */
export interface StoredAgentSettings {
  timezone: string;
  schedules: Partial<Record<string, string>>;
  slackChannel?: string | undefined;
}

/** The workspace's settings, or the defaults (UTC, built-in schedules) when none were saved. */
export async function readAgentSettings(db: Executor): Promise<StoredAgentSettings> {
  const [row] = await db.select().from(t.agentSettings).where(eq(t.agentSettings.id, 1));
  if (!row) return { timezone: "UTC", schedules: {} };
  return {
    timezone: row.timezone,
    schedules: (row.schedules ?? {}) as Record<string, string>,
    ...(row.slackChannel !== null && { slackChannel: row.slackChannel }),
  };
}

/** Saves the settings (one row per workspace). */
export async function writeAgentSettings(
  db: Executor,
  settings: StoredAgentSettings,
): Promise<StoredAgentSettings> {
  const values = {
    id: 1,
    timezone: settings.timezone,
    schedules: settings.schedules,
    slackChannel: settings.slackChannel ?? null,
    updatedAt: new Date(),
  };
  await db
    .insert(t.agentSettings)
    .values(values)
    .onConflictDoUpdate({ target: t.agentSettings.id, set: values });
  return settings;
}
