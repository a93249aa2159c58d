import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, parseSecretKey, SecretKeyError } from "./secret-box.js";

const key = randomBytes(32);

describe("encryptSecret / decryptSecret", () => {
  it("decrypts what it encrypted, for any text and context", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string(), (secret, context) => {
        expect(decryptSecret(encryptSecret(secret, key, context), key, context)).toBe(secret);
      }),
    );
  });

  it("never shows the plaintext and never produces the same ciphertext twice", () => {
    const secret = "ghp_plaintextTokenValue";
    const a = encryptSecret(secret, key);
    const b = encryptSecret(secret, key);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(Buffer.from(a.slice(3), "base64").toString("latin1")).not.toContain(secret);
  });

  it("refuses to decrypt with another key", () => {
    expect(() => decryptSecret(encryptSecret("s", key), randomBytes(32))).toThrow(SecretKeyError);
  });

  it("refuses a ciphertext moved to another context", () => {
    expect(() => decryptSecret(encryptSecret("s", key, "github:token"), key, "jira:token")).toThrow(
      SecretKeyError,
    );
  });

  it("detects any altered byte", () => {
    const sealed = encryptSecret("a secret worth keeping", key);
    const bytes = Buffer.from(sealed.slice(3), "base64");
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, flip) => {
          const altered = Buffer.from(bytes);
          altered[at] = (altered[at] as number) ^ flip;
          expect(() => decryptSecret(`v1:${altered.toString("base64")}`, key)).toThrow(
            SecretKeyError,
          );
        },
      ),
    );
  });

  it("rejects text that is not an Okapi secret", () => {
    expect(() => decryptSecret("plain", key)).toThrow(/v1:/);
    expect(() => decryptSecret("v1:AAAA", key)).toThrow(/truncated/);
  });
});

describe("parseSecretKey", () => {
  it("accepts 32 bytes as base64 or 64 hex digits", () => {
    const bytes = randomBytes(32);
    expect(parseSecretKey(bytes.toString("base64")).equals(bytes)).toBe(true);
    expect(parseSecretKey(bytes.toString("hex")).equals(bytes)).toBe(true);
  });

  it("explains how to generate a key when it is missing or the wrong size", () => {
    expect(() => parseSecretKey(undefined)).toThrow(
      /OKAPI_SECRET_KEY is not set.*openssl rand -base64 32/,
    );
    expect(() => parseSecretKey(randomBytes(16).toString("base64"))).toThrow(/32 random bytes/);
  });
});
