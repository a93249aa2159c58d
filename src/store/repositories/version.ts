import { createHash } from "node:crypto";

/** A strong validator of a resource's current representation: any change changes it. */
export function versionOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);
}
