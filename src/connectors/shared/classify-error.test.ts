import { describe, expect, it } from "vitest";
import { classifyError } from "./classify-error.js";
import { HttpStatusError } from "./http-status-error.js";

const context = {
  service: "Acme",
  credentialHint: "OKAPI_ACME_TOKEN",
  now: new Date("2026-07-15T12:00:00Z"),
};
const status = (code: number, headers: Record<string, string> = {}) =>
  new HttpStatusError(code, new Headers(headers));

describe("classifyError", () => {
  it("maps 401 to auth and names the variable to fix", () => {
    expect(classifyError(status(401), context)).toMatchObject({
      kind: "auth",
      message: expect.stringContaining("OKAPI_ACME_TOKEN"),
    });
  });

  it("maps 429 to rate-limited with the Retry-After seconds", () => {
    expect(classifyError(status(429, { "retry-after": "17" }), context)).toMatchObject({
      kind: "rate-limited",
      retryAfterSeconds: 17,
    });
  });

  it("treats a 403 with an exhausted quota as rate-limited until the reset, as GitHub's primary limit does", () => {
    const reset = String(context.now.getTime() / 1000 + 600);
    expect(
      classifyError(
        status(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }),
        context,
      ),
    ).toMatchObject({ kind: "rate-limited", retryAfterSeconds: 600 });
  });

  it("treats a plain 403 as missing permission", () => {
    expect(classifyError(status(403), context)).toMatchObject({
      kind: "auth",
      message: expect.stringContaining("lack permission"),
    });
  });

  it("maps 404 and 410 to not-found, 5xx to network with any Retry-After, other 4xx to bad-response", () => {
    expect(classifyError(status(404), context).kind).toBe("not-found");
    expect(classifyError(status(410), context).kind).toBe("not-found");
    expect(classifyError(status(503, { "retry-after": "5" }), context)).toMatchObject({
      kind: "network",
      retryAfterSeconds: 5,
    });
    expect(classifyError(status(422), context).kind).toBe("bad-response");
  });

  it("finds the status and headers on a cause, where axios-based clients keep them", () => {
    const error = Object.assign(new Error("wrapped"), {
      status: 429,
      cause: { response: { status: 429, headers: { "retry-after": "8" } } },
    });
    expect(classifyError(error, context)).toMatchObject({
      kind: "rate-limited",
      retryAfterSeconds: 8,
    });
  });

  it("maps connection errors to network and aborts to timeout", () => {
    const refused = new TypeError("fetch failed", {
      cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }),
    });
    expect(classifyError(refused, context).kind).toBe("network");
    expect(classifyError(new DOMException("aborted", "AbortError"), context).kind).toBe("timeout");
  });

  it("writes its own message instead of copying the error's, which may carry a secret", () => {
    const failure = classifyError(new Error("GET https://x?token=abc failed"), context);
    expect(failure).toMatchObject({ kind: "bad-response" });
    expect(failure.message).not.toContain("token=abc");
  });
});
