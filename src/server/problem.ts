import type { Context } from "hono";
import type { ZodError } from "zod";
import type { FileError } from "../core/okapi-file/file-error.js";
import { AppError, type AppErrorCode, type FieldError, statusOf } from "./app-error.js";

const TITLES: Record<AppErrorCode, string> = {
  "bad-request": "Bad request",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  "not-found": "Not found",
  "method-not-allowed": "Method not allowed",
  conflict: "Conflict",
  "precondition-failed": "Precondition failed",
  "payload-too-large": "Payload too large",
  "unsupported-media-type": "Unsupported media type",
  "validation-failed": "Validation failed",
  "precondition-required": "Precondition required",
  "too-many-requests": "Too many requests",
  internal: "Internal server error",
  unavailable: "Service unavailable",
};

/** RFC 9457 problem details as the API sends them. */
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

/** The problem+json body for an error code. */
function problemFor(
  code: AppErrorCode,
  detail: string,
  errors?: FieldError[],
  instance?: string,
): Problem {
  return {
    type: `https://okapi.dev/problems/${code}`,
    title: TITLES[code],
    status: statusOf(code),
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

/** Zod issues as `{path, message}` pairs, the path in JSON-pointer form. */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: `/${issue.path.map(String).join("/")}`,
    message: issue.message,
  }));
}

/** An okapi file's located errors as problem fields: path, line, column, code and fix. */
export function fileErrorFields(errors: readonly FileError[]): FieldError[] {
  return errors.map((error) => ({
    path: error.path,
    message: error.message,
    line: error.line,
    column: error.column,
    code: error.code,
    fix: error.fix,
  }));
}

/** Renders an AppError as an application/problem+json response. */
export function problemResponse(c: Context, error: AppError): Response {
  const body = problemFor(error.code, error.detail, error.extras.errors, c.req.path);
  const headers: Record<string, string> = {
    "content-type": "application/problem+json",
    ...error.extras.headers,
  };
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

/** Throws the 422 for a failed zod validation of a request part. */
export function throwValidation(error: ZodError, where: string): never {
  throw new AppError("validation-failed", `the request ${where} is not valid`, {
    errors: fieldErrors(error),
  });
}
