import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScheduler } from "../../src/agent/scheduler.js";
import type { Notifier } from "../../src/agent/slack-notifier.js";
import type { WeeklyReview } from "../../src/core/review/weekly-review-types.js";
import { generateDemoWorkspace } from "../../src/demo/index.js";
import { writeAgentSettings } from "../../src/store/agent/agent-settings.js";
import { listJobRuns } from "../../src/store/agent/job-runs.js";
import { getReview, listReviews } from "../../src/store/agent/reviews.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import { listProposals } from "../../src/store/repositories/proposals.js";
import { ManualClock } from "./manual-clock.js";

// The demo's "today" is Monday 2026-11-23; its live quarter is 2026-Q4.
const DEMO_DAY = "2026-11-23";

class RecordingNotifier implements Notifier {
  configured = true;
  posts: string[] = [];
  async post(text: string) {
    this.posts.push(text);
    return { ok: true as const };
  }
}

let store: Store;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  await store.applyDocument(generateDemoWorkspace({ asOf: DEMO_DAY }), { actor: "test" });
});
afterAll(() => store.close());

describe("createScheduler over the demo workspace", () => {
  const clock = new ManualClock("2026-11-22T12:00:00Z");
  const notifier = new RecordingNotifier();
  let scheduler: ReturnType<typeof createScheduler>;

  beforeAll(() => {
    scheduler = createScheduler({
      store,
      clock,
      instance: "test-1",
      catchUpMs: 0,
      notifier,
      env: {},
    });
  });

  it("runs nothing before a job's time comes", async () => {
    clock.set("2026-11-23T05:59:00Z");
    expect(await scheduler.tick()).toEqual([]);
  });

  it("runs Monday's pulls, KPI health and weekly review once their times pass", async () => {
    clock.set("2026-11-23T07:30:00Z");
    const results = await scheduler.tick();
    const ran = results.flatMap((r) =>
      r.ran ? [`${r.run.job}@${r.run.period}:${r.run.outcome}`] : [],
    );
    expect(ran).toEqual([
      "pull-sources@2026-11-23:succeeded",
      "kpi-health@2026-11-23:succeeded",
      "weekly-review@2026-W48:succeeded",
    ]);
  });

  it("produces a weekly review with the red KPI, its signal and the OKRs it touches", async () => {
    const [summary] = (await listReviews(store.db, { kind: "weekly" }, { limit: 10 })).items;
    expect(summary).toMatchObject({ kind: "weekly", period: "2026-W48", asOf: DEMO_DAY });
    const review = (await getReview(store.db, summary?.id ?? ""))?.content as WeeklyReview;
    const activation = review.kpis[0];
    expect(activation).toMatchObject({ id: "activation-w2", status: "red", trend: "falling" });
    expect(activation?.signals.map((s) => s.rule)).toContain("eight-on-one-side");
    expect(activation?.signals.every((s) => !s.favourable)).toBe(true);
    expect(activation?.whatChanged).toMatch(/Week-2 activation is 3[0-3]\.\d% \(red\).*Signal:/);
    expect(activation?.touchedObjectives.map((o) => o.id).sort()).toEqual([
      "durable-growth",
      "first-two-weeks",
    ]);
    expect(activation?.whyItMatters).toContain(
      "Make the first two weeks the reason customers stay",
    );
    expect(review.decisions.map((d) => d.objective)).toEqual(["guided-setup"]);
    // Health ran first and announced the newly proposed recovery OKRs; then the review's digest.
    expect(notifier.posts[0]).toMatch(/^KPIs out of range — recovery OKRs proposed/);
    expect(notifier.posts[0]).toContain("Week-2 activation");
    expect(notifier.posts[1]).toMatch(/^\*Week 2026-W48: 1 red KPI/);
    expect(notifier.posts[1]).toContain("Week-2 activation");
  });

  it("files KPI health proposals once, never applying them", async () => {
    const open = await listProposals(store.db, { status: "open" }, { limit: 50 });
    expect(open.items.map((p) => p.subject)).toContain("activation-w2");
  });

  it("does not run a job twice for the same period", async () => {
    clock.set("2026-11-23T23:00:00Z");
    expect(await scheduler.tick()).toEqual([]);
  });

  it("runs daily jobs again the next day but the weekly review only next week", async () => {
    const posted = notifier.posts.length;
    clock.set("2026-11-24T07:30:00Z");
    const ran = (await scheduler.tick()).flatMap((r) => (r.ran ? [r.run.job] : []));
    expect(ran).toEqual(["pull-sources", "kpi-health"]);
    // The same proposals stay open: no second alert.
    expect(notifier.posts).toHaveLength(posted);
    clock.set("2026-11-30T07:30:00Z");
    const later = (await scheduler.tick()).flatMap((r) =>
      r.ran ? [`${r.run.job}@${r.run.period}`] : [],
    );
    expect(later).toContain("weekly-review@2026-W49");
    expect(later).toContain("checkin-reminders@2026-W48");
    expect(later).toContain("stale-goal-nudges@2026-W48");
    expect(later).toContain("pull-sources@2026-11-30");
  });

  it("records every run with its start, end and outcome", async () => {
    const runs = await listJobRuns(store.db, {}, { limit: 100 });
    expect(runs.items.length).toBeGreaterThanOrEqual(8);
    for (const run of runs.items) {
      expect(run.instance).toBe("test-1");
      expect(run.outcome).toBe("succeeded");
      expect(Date.parse(run.finishedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
    }
  });

  it("runs the monthly trend review and the quarterly review on their days", async () => {
    clock.set("2026-12-01T07:30:00Z");
    const monthly = (await scheduler.tick()).flatMap((r) =>
      r.ran ? [`${r.run.job}@${r.run.period}`] : [],
    );
    expect(monthly).toContain("kpi-trend-review@2026-12");
    clock.set("2027-01-01T08:30:00Z");
    const quarterly = (await scheduler.tick()).flatMap((r) => (r.ran ? [r.run] : []));
    const run = quarterly.find((r) => r.job === "quarterly-review");
    expect(run).toMatchObject({ period: "2026-Q4", outcome: "succeeded" });
    expect(run?.summary).toMatchObject({ objectives: expect.any(Number) });
    expect((run?.summary as { objectives?: number } | undefined)?.objectives).toBeGreaterThan(0);
  });
});

describe("createScheduler settings", () => {
  it("reads the cron patterns in the workspace time zone", async () => {
    const local = await openStore({ inMemory: true });
    try {
      await local.applyDocument(generateDemoWorkspace({ asOf: DEMO_DAY }), { actor: "test" });
      await writeAgentSettings(local.db, {
        timezone: "Asia/Tokyo",
        schedules: { "pull-sources": "0 9 * * *" },
      });
      const clock = new ManualClock("2026-11-22T23:00:00Z");
      const work = { "pull-sources": async () => ({ ok: true }) };
      const scheduler = createScheduler({
        store: local,
        clock,
        instance: "tz",
        catchUpMs: 0,
        env: {},
        work,
      });
      // 09:00 in Tokyo on 2026-11-23 is 00:00 UTC.
      clock.set("2026-11-23T00:01:00Z");
      const ran = (await scheduler.tick()).flatMap((r) =>
        r.ran ? [`${r.run.job}@${r.run.period}`] : [],
      );
      expect(ran).toEqual(["pull-sources@2026-11-23"]);
    } finally {
      await local.close();
    }
  });

  it("starts its timer and stops without leaving anything running", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    const scheduler = createScheduler({
      store,
      clock: new ManualClock("2026-11-23T05:00:00Z"),
      instance: "timer",
      env: {},
    });
    await scheduler.start();
    expect(timers()).toBeGreaterThan(before);
    await scheduler.stop();
    expect(timers()).toBe(before);
    await scheduler.stop();
    expect(timers()).toBe(before);
  });

  it("records a job that throws as failed, with its message, and goes on with the others", async () => {
    const local = await openStore({ inMemory: true });
    try {
      const clock = new ManualClock("2026-11-23T05:00:00Z");
      const scheduler = createScheduler({
        store: local,
        clock,
        instance: "t",
        catchUpMs: 0,
        env: {},
      });
      clock.set("2026-11-23T07:30:00Z");
      const results = await scheduler.tick();
      const health = results.find((r) => r.ran && r.run.job === "kpi-health");
      expect(health).toMatchObject({ ran: true, run: { outcome: "failed" } });
      expect(health?.ran && health.run.error).toMatch(/the workspace is empty/);
      const pulls = results.find((r) => r.ran && r.run.job === "pull-sources");
      expect(pulls).toMatchObject({ run: { outcome: "succeeded", summary: { due: 0 } } });
    } finally {
      await local.close();
    }
  });
});
