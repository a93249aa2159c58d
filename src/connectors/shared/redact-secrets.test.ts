import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactDeep, redactSecrets } from "./redact-secrets.js";

const token = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
  minLength: 8,
  maxLength: 40,
});

describe("redactSecrets", () => {
  it("leaves no copy of a token-shaped secret in any text", () => {
    fc.assert(
      fc.property(fc.string(), token, fc.string(), (before, secret, after) => {
        const text = `${before}${secret}${after}${secret}`;
        expect(redactSecrets(text, [secret])).not.toContain(secret);
      }),
    );
  });

  it("removes URL-encoded and Basic-auth forms too", () => {
    const basic = Buffer.from("me@acme.test:tok/en+1").toString("base64");
    const text = `url=${encodeURIComponent("tok/en+1")} auth=Basic ${basic}`;
    expect(redactSecrets(text, ["me@acme.test", "tok/en+1"])).toBe(
      "url=[redacted] auth=Basic [redacted]",
    );
  });

  it("keeps the message readable by ignoring secrets under 4 characters", () => {
    expect(redactSecrets("a bad answer", ["a"])).toBe("a bad answer");
  });
});

describe("redactDeep", () => {
  it("redacts every string inside nested objects and arrays and keeps other values", () => {
    const value = {
      message: "x SECRET1 y",
      list: ["SECRET1", 3],
      nested: { ok: true, at: "SECRET1" },
    };
    expect(redactDeep(value, ["SECRET1"])).toEqual({
      message: "x [redacted] y",
      list: ["[redacted]", 3],
      nested: { ok: true, at: "[redacted]" },
    });
  });
});
