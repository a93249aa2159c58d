import { claimJobRun, finishJobRun, type JobRun } from "../store/agent/job-runs.js";
import type { JobName } from "./job-catalog.js";
import type { JobContext, JobWork } from "./job-context.js";

export type ScheduledRunResult =
  | { ran: true; run: JobRun }
  | { ran: false; job: JobName; period: string; message: string };

/**
 * Runs one job for one period at most once across every instance on the database: claim it
 * (advisory lock + unique row), do the work, record the outcome. A job that throws is recorded
 * as failed with its message; it is not retried within the same period.
 */
export async function runScheduledJob(
  job: JobName,
  work: JobWork,
  context: JobContext,
  options: { instance: string; clock: () => Date },
): Promise<ScheduledRunResult> {
  const claim = await claimJobRun(context.store.db, {
    job,
    period: context.period,
    instance: options.instance,
    startedAt: options.clock(),
  });
  if (!claim.claimed) return { ran: false, job, period: context.period, message: claim.message };
  try {
    const summary = await work(context);
    const run = await finishJobRun(context.store.db, claim.run.id, {
      outcome: "succeeded",
      finishedAt: options.clock(),
      summary,
    });
    return { ran: true, run: run ?? claim.run };
  } catch (error) {
    const run = await finishJobRun(context.store.db, claim.run.id, {
      outcome: "failed",
      finishedAt: options.clock(),
      error: error instanceof Error ? error.message : String(error),
    });
    return { ran: true, run: run ?? claim.run };
  }
}
