import type { Context, MiddlewareHandler } from "hono";
import { type Clock, todayOf } from "../clock/clock.js";
import type { Store } from "../store/open-store.js";
import { summarizeWorkspace, type WorkspaceSummary } from "../store/repositories/summary.js";
import type { Viewer } from "../store/repositories/visibility.js";
import { readWorkspaceRevision } from "../store/repositories/workspace-revision.js";

/** Distinct (day, audience, view, query) keys kept per revision; the oldest goes first. */
const MAX_ENTRIES = 500;
/**
 * A write bumps the revision before it commits, so a summary computed in that instant can
 * miss it under the new revision. This server's own writes clear the cache once they have
 * answered; for writes by other processes this bounds how long such a summary can live.
 */
const MAX_AGE_MS = 10_000;

/** POSTs that change no goals: linting runs on every keystroke, signing in is not an edit. */
const READS_BY_POST = /^\/api\/v1\/(lint|auth\/)/;

/** Whether an answered request may have changed goals: a successful write that is not a read by POST. */
export function changedGoals(c: Context): boolean {
  const write = c.req.method !== "GET" && c.req.method !== "HEAD";
  return write && c.res.status < 400 && !READS_BY_POST.test(c.req.path);
}

interface Entry {
  value: unknown;
  at: number;
}

/**
 * Computed views (the dashboard summary, tracked objectives) cached per workspace revision:
 * each key names the view, the as-of day, the viewer's visible teams and the query. A changed
 * revision drops every entry, so any write — API, CLI or another instance sharing the
 * database — invalidates them.
 */
export class RevisionCache {
  private revision = "";
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Entry ages are real time: a clock that fixes the calendar must not keep entries for a day. */
  private now(): number {
    return Date.now();
  }

  /** The cached value for `key` (today, this audience), or `compute()`'s, kept for next time. */
  async get<T>(viewer: Viewer, key: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    const revision = await readWorkspaceRevision(this.store.db);
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const audience = viewer.admin ? "*" : [...viewer.teams].sort().join(",");
    const id = JSON.stringify([todayOf(this.clock), audience, ...key]);
    const hit = this.entries.get(id);
    if (hit && this.now() - hit.at < MAX_AGE_MS) return hit.value as T;
    const value = await compute();
    if (this.revision === revision) {
      if (this.entries.size >= MAX_ENTRIES) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(id, { value, at: this.now() });
    }
    return value;
  }

  /** The dashboard summary for a viewer. */
  summarize(viewer: Viewer, filter: { cycle?: string | undefined }): Promise<WorkspaceSummary> {
    return this.get(viewer, ["summary", filter.cycle ?? null], () =>
      summarizeWorkspace(this.store.db, viewer, filter),
    );
  }

  /** Empties the cache after every write this server answers (the write has committed by then). */
  clearAfterWrites(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      if (changedGoals(c)) this.entries.clear();
    };
  }
}
