import type { MiddlewareHandler } from "hono";
import type { OkapiDocument } from "../core/model/index.js";
import type { Store } from "../store/open-store.js";
import type { Viewer } from "../store/repositories/visibility.js";
import { exportVisibleDocument } from "../store/repositories/visible-document.js";
import { readWorkspaceRevision } from "../store/repositories/workspace-revision.js";
import { changedGoals } from "./revision-cache.js";

/** Distinct audiences (sets of visible teams) kept per revision; the oldest goes first. */
const MAX_ENTRIES = 50;
/** Derived views (per as-of day and filter) kept per audience. */
const MAX_VIEWS = 100;
/** Bounds how long a document read while another process was writing can live (see SummaryCache). */
const MAX_AGE_MS = 10_000;

interface Entry {
  document: Promise<OkapiDocument | null>;
  at: number;
  /** Views computed from this document, by key (e.g. the OKR status as of a day). */
  views: Map<string, unknown>;
}

/**
 * The workspace as a viewer may see it, exported once per (workspace revision, audience)
 * for the computed views (OKR status, KPI health, findings): exporting is ~100 ms on the
 * demo, computing ~10 ms. Concurrent requests share one export; any write drops it all.
 * Callers must not mutate the document they get.
 */
export class VisibleDocumentCache {
  private revision = "";
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A view computed from the viewer's document, remembered with it: `key` must name every
   * input besides the document (as-of day, filters).
   */
  async view<T>(
    viewer: Viewer,
    key: string,
    compute: (document: OkapiDocument | null) => T,
  ): Promise<T> {
    const entry = await this.entry(viewer);
    if (entry.views.has(key)) return entry.views.get(key) as T;
    const value = compute(await entry.document);
    if (entry.views.size >= MAX_VIEWS) entry.views.clear();
    entry.views.set(key, value);
    return value;
  }

  private async entry(viewer: Viewer): Promise<Entry> {
    const revision = await readWorkspaceRevision(this.store.db);
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const audience = viewer.admin ? "*" : [...viewer.teams].sort().join(",");
    const hit = this.entries.get(audience);
    if (hit && this.now() - hit.at < MAX_AGE_MS) return hit;
    const document = exportVisibleDocument(this.store.db, viewer);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const entry: Entry = { document, at: this.now(), views: new Map() };
    this.entries.set(audience, entry);
    // A failed export is not remembered: the next request tries again.
    document.catch(() => {
      if (this.entries.get(audience) === entry) this.entries.delete(audience);
    });
    return entry;
  }

  /** Empties the cache after every write this server answers (the write has committed by then). */
  clearAfterWrites(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      if (changedGoals(c)) this.entries.clear();
    };
  }
}
