import {
  type CredentialSpec,
  type Credentials,
  type SourceFailure,
  sourceFailure,
} from "./pull-connector.js";

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The environment variable for a credential; a binding's `credentialsRef` picks a second set.
 * @example credentialEnvName("OKAPI_SQL_URL", "warehouse") // "OKAPI_SQL_URL_WAREHOUSE"
 */
export function credentialEnvName(env: string, ref?: string): string {
  return ref ? `${env}_${ref.toUpperCase().replace(/[^A-Z0-9]/g, "_")}` : env;
}

/** Credentials given explicitly (e.g. decrypted from the store) win over the environment. */
export function resolveCredentials(
  specs: readonly CredentialSpec[],
  sources: { env: Environment; given?: Credentials | undefined; ref?: string | undefined },
): { ok: true; credentials: Credentials } | SourceFailure {
  const credentials: Record<string, string> = {};
  const missing: string[] = [];
  for (const spec of specs) {
    const value =
      sources.given?.[spec.key] ?? sources.env[credentialEnvName(spec.env, sources.ref)];
    if (value) credentials[spec.key] = value;
    else if (spec.required) missing.push(credentialEnvName(spec.env, sources.ref));
  }
  if (missing.length > 0)
    return sourceFailure("auth", `missing credentials: set ${missing.join(" and ")}`);
  return { ok: true, credentials };
}
