/** The failures the API reports; each code has one HTTP status and one problem type. */
const STATUS_BY_CODE = {
  "bad-request": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  "method-not-allowed": 405,
  conflict: 409,
  "precondition-failed": 412,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  "validation-failed": 422,
  "precondition-required": 428,
  "too-many-requests": 429,
  internal: 500,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof STATUS_BY_CODE;

/** One validation problem, addressed by a JSON-pointer-like path into the input. */
export interface FieldError {
  path: string;
  message: string;
  line?: number;
  column?: number;
  code?: string;
  fix?: string;
}

/** The one exception type of the server: a string code, a message for the user, extras. */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    /** Shown to the client as `detail`: say what is wrong and how to fix it. */
    readonly detail: string,
    readonly extras: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

/** The HTTP status of an error code. */
export function statusOf(code: AppErrorCode): number {
  return STATUS_BY_CODE[code];
}
