import { Cron } from "croner";
import { z } from "zod";
import type { StoredAgentSettings } from "../store/agent/agent-settings.js";
import { JOB_CATALOG, JOB_NAMES, type JobName } from "./job-catalog.js";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

/** The operating rhythm a workspace may set: time zone, cron pattern per job, Slack channel. */
export const AgentSettingsInput = z.strictObject({
  timezone: z.string().refine(isTimeZone, {
    message: "an IANA time zone such as Europe/Berlin or America/New_York",
  }),
  schedules: z
    .partialRecord(
      z.enum(JOB_NAMES),
      z.string().refine(isCronPattern, {
        message: 'a cron pattern "minute hour day-of-month month day-of-week", e.g. "0 7 * * 1"',
      }),
    )
    .default({}),
  slackChannel: z.string().min(1).optional(),
});

export interface ScheduledJobView {
  job: JobName;
  description: string;
  pattern: string;
  nextRun: string | null;
}

/** Every job with its effective pattern and next run after `now`, in the workspace time zone. */
export function describeSchedule(settings: StoredAgentSettings, now: Date): ScheduledJobView[] {
  return JOB_NAMES.map((job) => {
    const pattern = settings.schedules[job] ?? JOB_CATALOG[job].pattern;
    const next = new Cron(pattern, { timezone: settings.timezone, paused: true }).nextRun(now);
    return {
      job,
      description: JOB_CATALOG[job].description,
      pattern,
      nextRun: next ? next.toISOString() : null,
    };
  });
}
