import type { Credentials } from "./pull-connector.js";
import { decryptSecret, encryptSecret } from "./secret-box.js";

/**
 * Encrypts each credential of a connector for the store; the slot ("github:token") is bound as
 * associated data, so values cannot be swapped between connectors or keys.
 */
export function sealCredentials(
  connector: string,
  credentials: Credentials,
  key: Buffer,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(credentials).map(([name, value]) => [
      name,
      encryptSecret(value, key, `${connector}:${name}`),
    ]),
  );
}

/** Decrypts what sealCredentials stored, ready to pass to runSource as `credentials`. */
export function openCredentials(
  connector: string,
  sealed: Readonly<Record<string, string>>,
  key: Buffer,
): Credentials {
  return Object.fromEntries(
    Object.entries(sealed).map(([name, value]) => [
      name,
      decryptSecret(value, key, `${connector}:${name}`),
    ]),
  );
}
