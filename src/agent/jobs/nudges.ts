import { buildWeeklyReview } from "../../core/review/build-weekly-review.js";
import { type JobWork, requireDocument } from "../job-context.js";

/** Friday: everyone who owns a live key result is reminded to check in before Monday's review. */
export const sendCheckinReminders: JobWork = async ({ store, day, notifier }) => {
  const document = await requireDocument(store);
  const review = buildWeeklyReview(document, { asOf: day });
  const names = new Map((document.people ?? []).map((p) => [p.id, p.name]));
  const owners = new Set<string>();
  for (const objective of document.objectives ?? []) {
    if (!review.objectives.some((o) => o.id === objective.id)) continue;
    for (const kr of objective.keyResults ?? []) {
      const owner = kr.owner ?? objective.owner;
      for (const id of Array.isArray(owner) ? owner : owner ? [owner] : []) owners.add(id);
    }
  }
  const people = [...owners].sort().map((id) => names.get(id) ?? id);
  if (people.length === 0) return { owners: 0, posted: false };
  if (!notifier.configured)
    return { owners: people.length, posted: false, note: "Slack is not configured" };
  const posted = await notifier.post(
    `Weekly check-in: please update your key results (value, confidence 0–10, blockers) before the weekly review — ${people.join(", ")}`,
  );
  if (!posted.ok) throw new Error(`the check-in reminder was not posted: ${posted.error}`);
  return { owners: people.length, posted: true };
};

/** Weekly: owners of goals whose check-ins are overdue get a named nudge. */
export const sendStaleGoalNudges: JobWork = async ({ store, day, notifier }) => {
  const review = buildWeeklyReview(await requireDocument(store), { asOf: day });
  const stale = review.staleCheckins;
  if (stale.length === 0) return { owners: 0, posted: false };
  if (!notifier.configured)
    return { owners: stale.length, posted: false, note: "Slack is not configured" };
  const lines = stale.map(
    (owner) =>
      `• ${owner.name}: ${owner.keyResults.map((kr) => `${kr.title} (${kr.lastCheckin ? `last check-in ${kr.lastCheckin.slice(0, 10)}` : "never checked in"})`).join("; ")}`,
  );
  const posted = await notifier.post(
    `These goals have gone quiet — a check-in is overdue:\n${lines.join("\n")}`,
  );
  if (!posted.ok) throw new Error(`the stale-goal nudge was not posted: ${posted.error}`);
  return { owners: stale.length, posted: true };
};
