import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Store } from "../../store/open-store.js";
import type { Principal } from "../../store/repositories/accounts.js";
import { principalForSession, principalForToken } from "../../store/repositories/accounts.js";
import type { AppEnv } from "../context.js";
import type { AuthConfig } from "./auth-config.js";
import { hashSecret } from "./secrets.js";

export const SESSION_COOKIE = "okapi_session";

/** The single user of `OKAPI_AUTH=off`: an admin who sees everything. */
const LOCAL_PRINCIPAL: Principal = {
  id: "local",
  email: "local@localhost",
  name: "Local user",
  role: "admin",
  teams: [],
  scope: "write",
};

/** Resolves the caller from a bearer token or the session cookie; routes decide what to require. */
export function authenticate(store: Store, config: AuthConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (config.mode === "off") {
      c.set("principal", LOCAL_PRINCIPAL);
      return next();
    }
    const header = c.req.header("authorization");
    const bearer = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
    const cookie = getCookie(c, SESSION_COOKIE);
    const now = new Date();
    let principal: Principal | undefined;
    if (bearer) principal = await principalForToken(store.db, hashSecret(bearer), now);
    else if (cookie) principal = await principalForSession(store.db, hashSecret(cookie), now);
    c.set("principal", principal);
    return next();
  };
}
