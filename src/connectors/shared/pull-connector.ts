import type { z } from "zod";

/** Why a pull produced no value; `config` covers an invalid query or missing credentials. */
export type FailureKind =
  | "auth"
  | "rate-limited"
  | "timeout"
  | "not-found"
  | "bad-response"
  | "network"
  | "config";

/** A pull that produced no value: typed, with a message fit to show a person, never a secret. */
export interface SourceFailure {
  ok: false;
  kind: FailureKind;
  message: string;
  retryAfterSeconds?: number;
}

/** A pulled number with the instant it describes and what it was computed from. */
interface PulledValue {
  ok: true;
  value: number;
  at: string;
  detail: Record<string, unknown>;
}

export type PullOutcome = PulledValue | SourceFailure;

/** Secrets a connector needs, by key (`token`, `apiKey`…); resolved by runSource. */
export type Credentials = Readonly<Record<string, string>>;

export interface PullContext {
  credentials: Credentials;
  /** The instant the pull stands for; windows such as "last 7 days" end here. */
  asOf: Date;
  signal: AbortSignal;
}

/** One credential a connector reads, and the environment variable it comes from by default. */
export interface CredentialSpec {
  key: string;
  env: string;
  required: boolean;
  description: string;
}

/** A source of numbers: validates its own query and pulls one value for it. */
export interface PullConnector<Query = unknown> {
  name: string;
  /** Human name used in messages ("GitHub"). */
  service: string;
  querySchema: z.ZodType<Query>;
  credentials: readonly CredentialSpec[];
  pull(query: Query, context: PullContext): Promise<PullOutcome>;
  /** A short, secret-free label of what the query measures, stored as the measurement's source. */
  describe(query: Query): string;
}

/** Builds a failure value. */
export function sourceFailure(
  kind: FailureKind,
  message: string,
  retryAfterSeconds?: number,
): SourceFailure {
  return retryAfterSeconds === undefined
    ? { ok: false, kind, message }
    : { ok: false, kind, message, retryAfterSeconds };
}

/** Builds a pulled value at `asOf`. */
export function pulledValue(
  value: number,
  asOf: Date,
  detail: Record<string, unknown>,
): PullOutcome {
  if (!Number.isFinite(value))
    return sourceFailure("bad-response", `the source produced ${value}, not a finite number`);
  return { ok: true, value, at: asOf.toISOString(), detail };
}
