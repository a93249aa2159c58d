/** The neutral kinds database failures are reported as, whichever driver raised them. */
export type StoreErrorKind =
  | "unique"
  | "not-null"
  | "foreign-key"
  | "check"
  | "unavailable"
  | "invalid-value"
  | "unknown";

const SQLSTATE_KINDS: Record<string, StoreErrorKind> = {
  "23505": "unique",
  "23502": "not-null",
  "23503": "foreign-key",
  "23514": "check",
  "08000": "unavailable",
  "08001": "unavailable",
  "08003": "unavailable",
  "08006": "unavailable",
  "57P01": "unavailable",
  // Values the database cannot hold: text with NUL characters, numbers and dates out of range.
  "22021": "invalid-value",
  "22P05": "invalid-value",
  "22003": "invalid-value",
  "22007": "invalid-value",
  "22008": "invalid-value",
  "54001": "invalid-value",
};

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    readonly detail: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

function findSqlState(error: unknown): { code?: string; detail?: string; message?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const candidate = current as {
      code?: unknown;
      detail?: string;
      message?: string;
      cause?: unknown;
    };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        ...(candidate.detail ? { detail: candidate.detail } : {}),
        ...(candidate.message ? { message: candidate.message } : {}),
      };
    }
    if (typeof candidate.code === "string" && candidate.code === "ECONNREFUSED")
      return { code: "08001" };
    current = candidate.cause;
  }
  return {};
}

/** Wraps any driver error in a StoreError with a neutral kind; the original stays as `cause`. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const { code, detail, message } = findSqlState(error);
  const kind = (code && SQLSTATE_KINDS[code]) || "unknown";
  const text =
    kind === "unavailable"
      ? "the database cannot be reached: check DATABASE_URL and that the server is running"
      : (message ?? (error instanceof Error ? error.message : String(error)));
  return new StoreError(kind, text, detail, { cause: error });
}
