import { z } from "zod";
import { PULL_CONNECTORS, PullConnectorName } from "./pull-connectors.js";
import type { MeasurementSink } from "./shared/measurement-sink.js";
import {
  type Credentials,
  type PullConnector,
  type SourceFailure,
  sourceFailure,
} from "./shared/pull-connector.js";
import { redactDeep, redactSecrets } from "./shared/redact-secrets.js";
import { type Environment, resolveCredentials } from "./shared/resolve-credentials.js";
import { type RetryOptions, withRetries } from "./shared/with-retries.js";

/** Binds a KPI or key result to a connector and a query that yields one number. */
export const DataSourceBinding = z.strictObject({
  metricId: z.string().min(1),
  connector: PullConnectorName,
  query: z.unknown(),
  /** Picks a second credential set: OKAPI_SQL_URL_<REF> instead of OKAPI_SQL_URL. */
  credentialsRef: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, { message: "letters, digits, '_' or '-'" })
    .optional(),
});
export type DataSourceBinding = z.infer<typeof DataSourceBinding>;

export interface RunSourceDeps extends RetryOptions {
  sink: MeasurementSink;
  /** Where credentials come from when not given; defaults to process.env. */
  env?: Environment;
  /** Credentials passed in (e.g. decrypted from the store); they win over the environment. */
  credentials?: Credentials;
  // biome-ignore lint/suspicious/noExplicitAny: each connector has its own query type, checked by its schema
  connectors?: Readonly<Record<string, PullConnector<any>>>;
}

export type RunSourceResult =
  | { ok: true; value: number; at: string; source: string; attempts: number }
  | { ok: false; failure: SourceFailure; attempts: number };

async function fail(
  binding: DataSourceBinding,
  failure: SourceFailure,
  attempts: number,
  deps: RunSourceDeps,
): Promise<RunSourceResult> {
  const at = (deps.now?.() ?? new Date()).toISOString();
  await deps.sink.markSourceFailing(binding.metricId, {
    kind: failure.kind,
    message: failure.message,
    at,
  });
  return { ok: false, failure, attempts };
}

/**
 * Pulls one data source and writes the result: a measurement and a healthy mark, or a
 * "source failing" mark with the error and no value. Secrets are redacted from everything
 * it returns or writes.
 */
export async function runSource(
  binding: DataSourceBinding,
  deps: RunSourceDeps,
): Promise<RunSourceResult> {
  const connector = (deps.connectors ?? PULL_CONNECTORS)[binding.connector];
  if (!connector)
    return fail(
      binding,
      sourceFailure("config", `no connector named ${binding.connector}`),
      0,
      deps,
    );
  const query = connector.querySchema.safeParse(binding.query);
  if (!query.success) {
    const problems = query.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`);
    return fail(
      binding,
      sourceFailure("config", `invalid ${connector.service} query: ${problems.join("; ")}`),
      0,
      deps,
    );
  }
  const resolved = resolveCredentials(connector.credentials, {
    env: deps.env ?? process.env,
    given: deps.credentials,
    ref: binding.credentialsRef,
  });
  if (!resolved.ok) return fail(binding, resolved, 0, deps);
  const { credentials } = resolved;
  const secrets = Object.values(credentials);
  const { outcome, attempts } = await withRetries(
    async (signal, now) =>
      redactDeep(await connector.pull(query.data, { credentials, asOf: now, signal }), secrets),
    connector.service,
    deps,
  );
  if (!outcome.ok) return fail(binding, redactDeep(outcome, secrets), attempts, deps);
  const source = redactSecrets(`${connector.name}:${connector.describe(query.data)}`, secrets);
  await deps.sink.recordMeasurement(binding.metricId, {
    at: outcome.at,
    value: outcome.value,
    source,
  });
  await deps.sink.markSourceHealthy(binding.metricId, (deps.now?.() ?? new Date()).toISOString());
  return { ok: true, value: outcome.value, at: outcome.at, source, attempts };
}
