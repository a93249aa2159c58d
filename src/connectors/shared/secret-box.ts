import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12; // 96-bit nonce: the size NIST SP 800-38D recommends for GCM
const TAG_BYTES = 16;

/** A wrong or missing OKAPI_SECRET_KEY, or a ciphertext that does not open with it. */
export class SecretKeyError extends Error {
  override readonly name = "SecretKeyError";
}

/**
 * Reads a 32-byte AES-256 key written as 64 hex digits or base64.
 * @example parseSecretKey(process.env.OKAPI_SECRET_KEY) // generate with: openssl rand -base64 32
 */
export function parseSecretKey(text: string | undefined): Buffer {
  if (!text)
    throw new SecretKeyError(
      "OKAPI_SECRET_KEY is not set: generate one with `openssl rand -base64 32` and set it to store credentials encrypted",
    );
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (key.length !== 32)
    throw new SecretKeyError(
      "OKAPI_SECRET_KEY must be 32 random bytes written as base64 or 64 hex digits: generate one with `openssl rand -base64 32`",
    );
  return key;
}

/**
 * Encrypts a secret with AES-256-GCM. `context` (e.g. "github:token") is bound as associated
 * data, so a ciphertext copied into another slot does not decrypt there.
 */
export function encryptSecret(plaintext: string, key: Buffer, context = ""): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

/** Decrypts what encryptSecret produced; throws SecretKeyError on a wrong key, context or tampering. */
export function decryptSecret(sealed: string, key: Buffer, context = ""): string {
  const [version, payload] = sealed.split(":");
  if (version !== VERSION || !payload)
    throw new SecretKeyError("not an encrypted Okapi secret (expected the v1: prefix)");
  const bytes = Buffer.from(payload, "base64");
  if (bytes.length < IV_BYTES + TAG_BYTES)
    throw new SecretKeyError("the encrypted secret is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch (error) {
    throw new SecretKeyError(
      "the secret does not decrypt: OKAPI_SECRET_KEY differs from the key it was stored with, or the value was altered",
      { cause: error },
    );
  }
}
