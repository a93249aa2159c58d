import type { RunStoredSourceDeps } from "../app/run-stored-source.js";
import type { OkapiDocument } from "../core/model/okapi-file.js";
import type { StoredAgentSettings } from "../store/agent/agent-settings.js";
import type { Store } from "../store/open-store.js";
import type { Notifier } from "./slack-notifier.js";

/** What a job gets: the store, the instant and local day it runs for, and where to post. */
export interface JobContext {
  store: Store;
  now: Date;
  /** The local day (workspace time zone) of the scheduled run, YYYY-MM-DD. */
  day: string;
  period: string;
  settings: StoredAgentSettings;
  notifier: Notifier;
  sourceDeps: RunStoredSourceDeps;
}

/** A job's work; what it returns is kept as the run's summary. */
export type JobWork = (context: JobContext) => Promise<Record<string, unknown>>;

/** The workspace as a document, or an error a person can act on when it is empty. */
export async function requireDocument(store: Store): Promise<OkapiDocument> {
  const document = await store.exportDocument();
  if (!document)
    throw new Error("the workspace is empty: run `okapi init --demo` or `okapi apply FILE` first");
  return document;
}
