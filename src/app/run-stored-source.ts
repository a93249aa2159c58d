import {
  type DataSourceBinding,
  type RunSourceResult,
  runSource,
} from "../connectors/run-source.js";
import type { PullConnector } from "../connectors/shared/pull-connector.js";
import { openCredentials } from "../connectors/shared/sealed-credentials.js";
import { parseSecretKey } from "../connectors/shared/secret-box.js";
import type { RetryOptions } from "../connectors/shared/with-retries.js";
import { createSourceSink, type WrapWrite } from "../store/agent/source-sink.js";
import type { SourceWithSecrets } from "../store/agent/sources.js";
import type { Store } from "../store/open-store.js";

export interface RunStoredSourceDeps extends RetryOptions {
  env: Readonly<Record<string, string | undefined>>;
  // biome-ignore lint/suspicious/noExplicitAny: each connector checks its own query with its schema
  connectors?: Readonly<Record<string, PullConnector<any>>>;
  /** Wraps each value's write, e.g. to queue the events it causes in its transaction. */
  wrapWrite?: WrapWrite | undefined;
}

/**
 * Pulls one stored source and writes the result through the store's sink: a measurement and a
 * healthy mark, or "source failing" with the error and no value. Stored credentials are opened
 * only here, in memory, for the one pull.
 */
export async function runStoredSource(
  store: Store,
  source: SourceWithSecrets,
  deps: RunStoredSourceDeps,
): Promise<RunSourceResult> {
  const sink = createSourceSink(store.db, source.id, deps.wrapWrite);
  const binding = {
    metricId: source.metric,
    connector: source.kind,
    query: source.config,
    ...(source.credentialsRef && { credentialsRef: source.credentialsRef }),
  } as DataSourceBinding;
  let credentials: Record<string, string> | undefined;
  if (source.sealedCredentials) {
    try {
      credentials = openCredentials(
        source.kind,
        source.sealedCredentials,
        parseSecretKey(deps.env.OKAPI_SECRET_KEY),
      );
    } catch (error) {
      const message = `stored credentials cannot be opened: ${(error as Error).message}`;
      const at = (deps.now?.() ?? new Date()).toISOString();
      await sink.markSourceFailing(source.metric, { kind: "config", message, at });
      return { ok: false, failure: { ok: false, kind: "config", message }, attempts: 0 };
    }
  }
  const { env, wrapWrite: _wrapWrite, ...rest } = deps;
  return runSource(binding, { ...rest, sink, env, ...(credentials && { credentials }) });
}
