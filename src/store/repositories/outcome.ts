import type { ZodError } from "zod";

/** Why a write did not happen; expected outcomes, not exceptions. */
export type WriteFailure =
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "stale"; version: string }
  | { ok: false; reason: "reason-required"; detail: string }
  | { ok: false; reason: "conflict"; detail: string }
  | { ok: false; reason: "invalid"; error: ZodError }
  | { ok: false; reason: "inconsistent"; path: string; detail: string };

/** A write's result: the stored value and its new version, or why it was refused. */
export type WriteOutcome<T> = { ok: true; value: T; version: string } | WriteFailure;

/** Options every guarded write takes: who does it, the version they saw, why. */
export interface WriteOptions {
  actor: string;
  ifMatch?: string | undefined;
  reason?: string | undefined;
}

/** A partial change: absent or undefined fields are left as they are. */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };
