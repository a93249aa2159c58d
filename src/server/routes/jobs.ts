import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { AgentSettingsInput, describeSchedule } from "../../agent/agent-settings-input.js";
import { JOB_NAMES } from "../../agent/job-catalog.js";
import {
  readAgentSettings,
  type StoredAgentSettings,
  writeAgentSettings,
} from "../../store/agent/agent-settings.js";
import { listJobRuns } from "../../store/agent/job-runs.js";
import type { Store } from "../../store/open-store.js";
import { writeAudit } from "../../store/repositories/audit.js";
import type { AppEnv } from "../context.js";
import { actorOf, requireAdmin, requireUser } from "../guards.js";
import { throwValidation } from "../problem.js";
import { errorResponses, jsonBody, jsonResponse, PageQuery, pageOf } from "../schemas.js";

const JobRun = z
  .object({
    id: z.string(),
    job: z.enum(JOB_NAMES),
    period: z.string().openapi({ example: "2026-W48" }),
    instance: z.string().openapi({ description: "The server instance that ran it" }),
    startedAt: z.string(),
    finishedAt: z.string().optional(),
    outcome: z.enum(["running", "succeeded", "failed", "skipped"]),
    error: z.string().optional(),
    summary: z.unknown().optional(),
  })
  .openapi("JobRun");
const Settings = z
  .object({
    timezone: z.string().openapi({ example: "Europe/Berlin" }),
    schedules: z.record(z.string(), z.string()),
    slackChannel: z.string().optional(),
    jobs: z.array(
      z.object({
        job: z.enum(JOB_NAMES),
        description: z.string(),
        pattern: z.string(),
        nextRun: z.string().nullable(),
      }),
    ),
  })
  .openapi("AgentSettings");

const runs = createRoute({
  method: "get",
  path: "/jobs/runs",
  tags: ["jobs"],
  summary: "Runs of the scheduled jobs, newest first",
  request: { query: PageQuery.extend({ job: z.enum(JOB_NAMES).optional() }) },
  responses: { 200: jsonResponse(pageOf(JobRun, "JobRunPage"), "Job runs"), ...errorResponses },
});
const getSettings = createRoute({
  method: "get",
  path: "/jobs/settings",
  tags: ["jobs"],
  summary: "The operating rhythm: time zone, each job's cron pattern and next run",
  responses: { 200: jsonResponse(Settings, "Settings"), ...errorResponses },
});
const putSettings = createRoute({
  method: "put",
  path: "/jobs/settings",
  tags: ["jobs"],
  summary: "Set the time zone, cron patterns (per job) and the Slack channel",
  request: {
    body: jsonBody(
      z
        .object({
          timezone: z.string(),
          schedules: z.record(z.string(), z.string()).optional(),
          slackChannel: z.string().optional(),
        })
        .openapi("AgentSettingsInput"),
    ),
  },
  responses: { 200: jsonResponse(Settings, "Saved"), ...errorResponses },
});

function settingsView(settings: StoredAgentSettings, now: Date) {
  return {
    timezone: settings.timezone,
    schedules: Object.fromEntries(
      Object.entries(settings.schedules).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    ...(settings.slackChannel !== undefined && { slackChannel: settings.slackChannel }),
    jobs: describeSchedule(settings, now),
  };
}

/** The scheduler's runs and settings. Settings take effect at the next tick of every instance. */
export function registerJobRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(runs, async (c) => {
    requireUser(c);
    const { limit, cursor, job } = c.req.valid("query");
    const page = await listJobRuns(store.db, { job }, { limit, cursor });
    return c.json(page as z.infer<ReturnType<typeof pageOf<typeof JobRun>>>, 200);
  });
  app.openapi(getSettings, async (c) => {
    requireUser(c);
    return c.json(settingsView(await readAgentSettings(store.db), c.get("clock").now()), 200);
  });
  app.openapi(putSettings, async (c) => {
    const user = requireAdmin(c);
    const parsed = AgentSettingsInput.safeParse(c.req.valid("json"));
    if (!parsed.success) throwValidation(parsed.error, "json");
    const input = parsed.data;
    const saved = await store.db.transaction(async (tx) => {
      const before = await readAgentSettings(tx);
      const after = await writeAgentSettings(tx, input);
      await writeAudit(tx, {
        actor: actorOf(user),
        entity: "agent-settings",
        entityId: "workspace",
        action: "update",
        before,
        after,
      });
      return after;
    });
    return c.json(settingsView(saved, c.get("clock").now()), 200);
  });
}
