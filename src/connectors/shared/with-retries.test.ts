import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sourceFailure } from "./pull-connector.js";
import { nextDelay, withRetries } from "./with-retries.js";

describe("nextDelay", () => {
  it("keeps exponential backoff with full jitter between 0 and base × 2^(attempt−1)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (attempt, random) => {
          const delay = nextDelay(sourceFailure("network", "down"), attempt, {
            maxAttempts: 10,
            backoffBaseMs: 100,
            random: () => random,
          }) as number;
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(100 * 2 ** (attempt - 1));
        },
      ),
    );
  });

  it("waits exactly the Retry-After the service asked for", () => {
    expect(nextDelay(sourceFailure("rate-limited", "slow down", 7), 1, {})).toBe(7000);
  });

  it("gives up at once when Retry-After is beyond the ceiling", () => {
    expect(
      nextDelay(sourceFailure("rate-limited", "tomorrow", 3600), 1, { maxRetryAfterSeconds: 120 }),
    ).toBeUndefined();
  });

  it("never retries auth, not-found, bad-response, config or timeout failures", () => {
    for (const kind of ["auth", "not-found", "bad-response", "config", "timeout"] as const)
      expect(nextDelay(sourceFailure(kind, "no"), 1, {})).toBeUndefined();
  });

  it("stops at the attempt bound", () => {
    expect(nextDelay(sourceFailure("network", "down"), 3, { maxAttempts: 3 })).toBeUndefined();
  });
});

describe("withRetries", () => {
  it("returns a timeout when the call ignores its signal and never settles", async () => {
    const { outcome, attempts } = await withRetries(() => new Promise<never>(() => {}), "Acme", {
      timeoutMs: 50,
    });
    expect(outcome).toMatchObject({
      ok: false,
      kind: "timeout",
      message: "Acme did not answer within 50 ms",
    });
    expect(attempts).toBe(1);
  });

  it("classifies a thrown error instead of letting it escape", async () => {
    const { outcome } = await withRetries(
      async () => {
        throw Object.assign(new Error("boom"), { status: 404 });
      },
      "Acme",
      {},
    );
    expect(outcome).toMatchObject({ ok: false, kind: "not-found" });
  });
});
