import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Cron } from "croner";
import type { Logger } from "pino";
import type { RunStoredSourceDeps } from "../app/run-stored-source.js";
import { type Clock, systemClock } from "../clock/clock.js";
import { readAgentSettings } from "../store/agent/agent-settings.js";
import type { Store } from "../store/open-store.js";
import { JOB_CATALOG, JOB_NAMES, type JobName } from "./job-catalog.js";
import type { JobWork } from "./job-context.js";
import { JOB_WORK } from "./jobs/index.js";
import { runScheduledJob, type ScheduledRunResult } from "./run-scheduled-job.js";
import { createSlackNotifier, type Notifier } from "./slack-notifier.js";

export interface SchedulerOptions {
  store: Store;
  clock?: Clock;
  /** Names this instance in job runs; defaults to host:pid:random. */
  instance?: string;
  env?: Readonly<Record<string, string | undefined>>;
  logger?: Pick<Logger, "info" | "warn" | "error">;
  /**
   * How far back the first tick looks, so an occurrence missed while restarting still runs at
   * the next trigger (default 6 h).
   */
  catchUpMs?: number;
  /** Overrides for tests: the Slack client and connector options. */
  notifier?: Notifier;
  sourceDeps?: Partial<RunStoredSourceDeps>;
  work?: Partial<Record<JobName, JobWork>>;
}

export interface Scheduler {
  /** Runs every job whose latest scheduled time passed since the previous tick (once per period). */
  tick(): Promise<ScheduledRunResult[]>;
  /**
   * Starts the croner timer that calls tick every minute. Nothing runs at start-up itself: a
   * server that starts does not write until a job's time comes.
   */
  start(): Promise<void>;
  /** Stops the timers and waits for a running tick to finish. */
  stop(): Promise<void>;
}

const CATCH_UP_MS = 6 * 3_600_000;

/**
 * The operating rhythm, in process: daily pulls and KPI health, weekly reminders,
 * review and nudges, the monthly trend review, the quarterly review. Several instances may run
 * it against one PostgreSQL; each job runs once per period (see runScheduledJob). Missed
 * occurrences are not replayed one by one: the latest one due runs.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? systemClock;
  const env = options.env ?? process.env;
  const instance = options.instance ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let lastTick = new Date(clock.now().getTime() - (options.catchUpMs ?? CATCH_UP_MS));
  let running: Promise<ScheduledRunResult[]> = Promise.resolve([]);
  let timer: Cron | undefined;

  async function runDue(): Promise<ScheduledRunResult[]> {
    const now = clock.now();
    const settings = await readAgentSettings(options.store.db);
    const notifier = options.notifier ?? createSlackNotifier(env, settings.slackChannel);
    const results: ScheduledRunResult[] = [];
    for (const job of JOB_NAMES) {
      const pattern = settings.schedules[job] ?? JOB_CATALOG[job].pattern;
      const cron = new Cron(pattern, { timezone: settings.timezone, paused: true });
      let due: Date | null = null;
      for (let next = cron.nextRun(lastTick); next && next <= now; next = cron.nextRun(next))
        due = next;
      if (!due) continue;
      const day = clock.dayOf(due, settings.timezone);
      const result = await runScheduledJob(
        job,
        options.work?.[job] ?? JOB_WORK[job],
        {
          store: options.store,
          now: due,
          day,
          period: JOB_CATALOG[job].periodOf(day),
          settings,
          notifier,
          sourceDeps: { env, ...options.sourceDeps },
        },
        { instance, clock: () => clock.now() },
      );
      if (result.ran)
        options.logger?.[result.run.outcome === "failed" ? "error" : "info"](
          { job, period: result.run.period, outcome: result.run.outcome, error: result.run.error },
          `scheduled job ${job} ${result.run.outcome}`,
        );
      else options.logger?.info({ job, period: result.period }, `skipped: ${result.message}`);
      results.push(result);
    }
    lastTick = now;
    return results;
  }

  return {
    tick() {
      // Ticks never overlap: each waits for the previous one.
      running = running.catch(() => []).then(runDue);
      return running;
    },
    async start() {
      // One croner timer at the top of every minute: each tick reads the current settings, so a
      // changed time zone or pattern applies at once, on every instance.
      timer = new Cron("* * * * *", { protect: true }, () => {
        this.tick().catch((error: unknown) =>
          options.logger?.error({ err: error }, "the scheduler tick failed"),
        );
      });
    },
    async stop() {
      timer?.stop();
      timer = undefined;
      await running.catch(() => []);
    },
  };
}
