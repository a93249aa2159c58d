import type { Context } from "hono";
import type { Principal } from "../store/repositories/accounts.js";
import type { WriteFailure } from "../store/repositories/outcome.js";
import type { Viewer } from "../store/repositories/visibility.js";
import { AppError } from "./app-error.js";
import type { AppEnv } from "./context.js";
import { fieldErrors } from "./problem.js";

/** The authenticated caller, or a 401. */
export function requireUser(c: Context<AppEnv>): Principal {
  const principal = c.get("principal");
  if (!principal)
    throw new AppError(
      "unauthenticated",
      "sign in (POST /api/v1/auth/login) or send an API token as `Authorization: Bearer …`",
      { headers: { "www-authenticate": 'Bearer realm="okapi"' } },
    );
  return principal;
}

/** The caller if they may change goals: editors and admins, with a write-scoped credential. */
export function requireEditor(c: Context<AppEnv>): Principal {
  const principal = requireUser(c);
  if (principal.scope !== "write")
    throw new AppError("forbidden", "this API token is read-only: create a write-scoped token");
  if (principal.role === "viewer")
    throw new AppError(
      "forbidden",
      "viewers cannot change goals: ask an admin for the editor role",
    );
  return principal;
}

/** The caller if they are an admin with a write-scoped credential. */
export function requireAdmin(c: Context<AppEnv>): Principal {
  const principal = requireEditor(c);
  if (principal.role !== "admin") throw new AppError("forbidden", "only admins can do this");
  return principal;
}

/** What the caller may see of team-private KPIs and objectives. */
export function viewerOf(principal: Principal): Viewer {
  return { admin: principal.role === "admin", teams: principal.teams };
}

/** How a principal is named in the audit trail. */
export function actorOf(principal: Principal): string {
  return principal.id === "local" ? "local" : `user:${principal.email}`;
}

/** The ETag of a version, as sent in headers. */
export function etagOf(version: string): string {
  return `"${version}"`;
}

/** The version an update is based on, from If-Match; a 428 without it. */
export function requireIfMatch(c: Context<AppEnv>): string {
  const header = c.req.header("if-match");
  if (!header)
    throw new AppError(
      "precondition-required",
      "send If-Match with the ETag you last read, so a concurrent change is not overwritten",
    );
  return header.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
}

/** Turns a refused write into the matching problem. */
export function throwWriteFailure(failure: WriteFailure, what: string): never {
  switch (failure.reason) {
    case "not-found":
      throw new AppError("not-found", `no ${what} with this id`);
    case "stale":
      throw new AppError(
        "precondition-failed",
        `the ${what} changed since you read it: fetch it again, reapply your change, and send the new ETag`,
        { headers: { etag: etagOf(failure.version) } },
      );
    case "reason-required":
      throw new AppError("validation-failed", failure.detail, {
        errors: [{ path: "/reason", message: "required when a target or range moves" }],
      });
    case "conflict":
      throw new AppError("conflict", failure.detail);
    case "inconsistent":
      throw new AppError("validation-failed", failure.detail, {
        errors: [{ path: failure.path, message: failure.detail }],
      });
    case "invalid":
      throw new AppError("validation-failed", `the ${what} would not be valid after this change`, {
        errors: fieldErrors(failure.error),
      });
  }
}
