import { z } from "zod";
import { PULL_CONNECTORS, PullConnectorName } from "../../connectors/pull-connectors.js";
import { sealCredentials } from "../../connectors/shared/sealed-credentials.js";
import { parseSecretKey } from "../../connectors/shared/secret-box.js";
import { createSource, type SourceRecord } from "../../store/agent/sources.js";
import type { Store } from "../../store/open-store.js";
import type { WriteOutcome } from "../../store/repositories/outcome.js";

/** A data source as the API and CLI accept it; `credentials` are sealed before they are stored. */
export const SourceInput = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "lower-case letters, digits and '-'" }),
  metric: z.string().min(1, { message: "the KPI or key result id the source feeds" }),
  kind: PullConnectorName,
  config: z.record(z.string(), z.unknown()),
  credentialsRef: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, { message: "letters, digits, '_' or '-'" })
    .optional(),
  credentials: z.record(z.string(), z.string().min(1)).optional(),
  cadence: z.enum(["daily", "weekly", "monthly"]).default("daily"),
});
export type SourceInput = z.input<typeof SourceInput>;

/** Why a source was refused before anything was stored; messages never echo a secret. */
export class SourceInputError extends Error {
  override readonly name = "SourceInputError";
}

/**
 * Adds a data source: the metric must exist, the query must pass its connector's schema,
 * and credentials given inline are sealed with OKAPI_SECRET_KEY (AES-256-GCM) before storing.
 */
export async function addSource(
  store: Store,
  input: z.output<typeof SourceInput>,
  options: { actor: string; env: Readonly<Record<string, string | undefined>> },
): Promise<WriteOutcome<SourceRecord>> {
  if (!(await store.metricExists(input.metric)))
    throw new SourceInputError(
      `no KPI or key result with id "${input.metric}": create it first or fix the metric id`,
    );
  const connector = PULL_CONNECTORS[input.kind];
  const query = connector.querySchema.safeParse(input.config);
  if (!query.success)
    throw new SourceInputError(
      `invalid ${connector.service} query: ${query.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`).join("; ")}`,
    );
  const known = new Set(connector.credentials.map((c) => c.key));
  const unknown = Object.keys(input.credentials ?? {}).filter((key) => !known.has(key));
  if (unknown.length)
    throw new SourceInputError(
      `${connector.service} takes credentials ${[...known].join(", ") || "(none)"}; unknown: ${unknown.join(", ")}`,
    );
  let sealed: Record<string, string> | undefined;
  if (input.credentials && Object.keys(input.credentials).length > 0) {
    let key: Buffer;
    try {
      key = parseSecretKey(options.env.OKAPI_SECRET_KEY);
    } catch (error) {
      throw new SourceInputError((error as Error).message);
    }
    sealed = sealCredentials(input.kind, input.credentials, key);
  }
  return createSource(
    store.db,
    {
      id: input.id,
      metric: input.metric,
      kind: input.kind,
      config: query.data,
      credentialsRef: input.credentialsRef,
      sealedCredentials: sealed,
      cadence: input.cadence,
    },
    options.actor,
  );
}
