import {
  BACKOFF_BASE_MS,
  MAX_RETRY_AFTER_SECONDS,
  SOURCE_MAX_ATTEMPTS,
  SOURCE_TIMEOUT_MS,
} from "../../core/thresholds/connectors.js";
import { raceAbort, sleep } from "./abortable.js";
import { classifyError } from "./classify-error.js";
import { type SourceFailure, sourceFailure } from "./pull-connector.js";

/** Timeout, retry bound and backoff for calls to an outside service; every field has a default. */
export interface RetryOptions {
  timeoutMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  maxRetryAfterSeconds?: number;
  /** Waits between attempts; injectable so tests can assert on the waits without sleeping. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
  now?: () => Date;
}

const RETRYABLE = new Set(["rate-limited", "network"]);

/** Delay before the next attempt, or undefined to give up now. */
export function nextDelay(
  failure: SourceFailure,
  attempt: number,
  options: RetryOptions,
): number | undefined {
  if (!RETRYABLE.has(failure.kind) || attempt >= (options.maxAttempts ?? SOURCE_MAX_ATTEMPTS))
    return undefined;
  if (failure.retryAfterSeconds !== undefined) {
    if (failure.retryAfterSeconds > (options.maxRetryAfterSeconds ?? MAX_RETRY_AFTER_SECONDS))
      return undefined;
    return failure.retryAfterSeconds * 1000;
  }
  const ceiling = (options.backoffBaseMs ?? BACKOFF_BASE_MS) * 2 ** (attempt - 1);
  return Math.round((options.random ?? Math.random)() * ceiling);
}

async function attemptOnce<T extends { ok: true }>(
  call: (signal: AbortSignal, now: Date) => Promise<T | SourceFailure>,
  service: string,
  options: RetryOptions,
  now: Date,
): Promise<T | SourceFailure> {
  const timeoutMs = options.timeoutMs ?? SOURCE_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const timedOut = () =>
    sourceFailure("timeout", `${service} did not answer within ${timeoutMs} ms`);
  try {
    const outcome = await raceAbort(call(signal, now), signal, timedOut);
    return !outcome.ok && signal.aborted ? timedOut() : outcome;
  } catch (error) {
    if (signal.aborted) return timedOut();
    return classifyError(error, { service, credentialHint: "the credentials", now });
  }
}

/**
 * Calls `call` with a per-attempt timeout; retries rate limits and network failures up to the
 * bound, waiting Retry-After when the service sent one and exponential backoff with jitter
 * otherwise. A Retry-After beyond the ceiling ends the attempts at once.
 */
export async function withRetries<T extends { ok: true }>(
  call: (signal: AbortSignal, now: Date) => Promise<T | SourceFailure>,
  service: string,
  options: RetryOptions,
): Promise<{ outcome: T | SourceFailure; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(call, service, options, options.now?.() ?? new Date());
    if (outcome.ok) return { outcome, attempts: attempt };
    const delay = nextDelay(outcome, attempt, options);
    if (delay === undefined) return { outcome, attempts: attempt };
    await (options.wait ?? sleep)(delay, options.signal);
  }
}
