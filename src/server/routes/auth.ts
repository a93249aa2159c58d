import { getConnInfo } from "@hono/node-server/conninfo";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Store } from "../../store/open-store.js";
import {
  createAccount,
  createSession,
  deleteSession,
  findLogin,
} from "../../store/repositories/accounts.js";
import { AppError } from "../app-error.js";
import type { AuthConfig } from "../auth/auth-config.js";
import { SESSION_COOKIE } from "../auth/authenticate.js";
import type { SetupLink } from "../auth/bootstrap-accounts.js";
import { RateLimiter } from "../auth/rate-limiter.js";
import { hashPassword, hashSecret, newSecret, verifyPassword } from "../auth/secrets.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { requireUser } from "../guards.js";
import { errorResponses, jsonBody } from "../schemas.js";
import { AccountSchema } from "./users.js";

const Credentials = z
  .object({ email: z.email(), password: z.string().min(1).max(1024) })
  .openapi("Credentials");
const SetupRequest = z
  .object({
    token: z.string(),
    email: z.email(),
    name: z.string().min(1),
    password: z.string().min(12, { message: "use at least 12 characters" }).max(1024),
  })
  .openapi("SetupRequest");

const SignedInAccount = AccountSchema.extend({
  today: z.string().openapi({
    description: "The server's calendar day (YYYY-MM-DD): the dashboard's today, so both agree",
    example: "2026-11-23",
  }),
}).openapi("SignedInAccount");

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const login = createRoute({
  method: "post",
  path: "/auth/login",
  tags: ["auth"],
  request: { body: jsonBody(Credentials) },
  responses: {
    200: json(SignedInAccount, "Signed in; the session cookie is set"),
    ...errorResponses,
    429: { description: "Too many attempts" },
  },
});
const logout = createRoute({
  method: "post",
  path: "/auth/logout",
  tags: ["auth"],
  responses: { 204: { description: "Signed out" } },
});
const me = createRoute({
  method: "get",
  path: "/auth/me",
  tags: ["auth"],
  responses: {
    200: json(SignedInAccount, "The signed-in account, and today by the server's clock"),
    ...errorResponses,
  },
});
const setup = createRoute({
  method: "post",
  path: "/setup",
  tags: ["auth"],
  request: { body: jsonBody(SetupRequest) },
  responses: { 201: json(AccountSchema, "The first admin"), ...errorResponses },
});

function isTls(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
}

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Sign-in with a password (rate limited), sign-out, the current account, first-admin setup. */
export function registerAuthRoutes(
  app: OpenAPIHono<AppEnv>,
  store: Store,
  config: AuthConfig,
  setupLink: SetupLink | undefined,
): void {
  const limiter = new RateLimiter(config.loginLimit, config.loginWindowMs);
  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid("json");
    const wait = limiter.hit(`${clientAddress(c)}|${email.toLowerCase()}`, Date.now());
    if (wait !== undefined)
      throw new AppError("too-many-requests", `too many sign-in attempts: try again in ${wait} s`, {
        headers: { "retry-after": String(wait) },
      });
    const found = await findLogin(store.db, email);
    const ok = found?.passwordHash ? await verifyPassword(password, found.passwordHash) : false;
    if (!found || !ok) throw new AppError("unauthenticated", "wrong email or password");
    const token = newSecret("ses");
    const expires = new Date(Date.now() + config.sessionDays * 86_400_000);
    await createSession(store.db, found.account.id, hashSecret(token), expires);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "Lax",
      secure: isTls(c),
      path: "/",
      expires,
    });
    return c.json({ ...found.account, today: requestToday(c) }, 200);
  });
  app.openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(store.db, hashSecret(token));
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.body(null, 204);
  });
  app.openapi(me, (c) => {
    const { scope: _scope, ...account } = requireUser(c);
    return c.json({ ...account, today: requestToday(c) }, 200);
  });
  app.openapi(setup, async (c) => {
    const body = c.req.valid("json");
    if (!setupLink || setupLink.used || hashSecret(body.token) !== setupLink.tokenHash)
      throw new AppError("not-found", "no setup is pending, or the setup link is not valid");
    setupLink.used = true;
    const account = await createAccount(
      store.db,
      {
        email: body.email,
        name: body.name,
        role: "admin",
        passwordHash: await hashPassword(body.password),
      },
      "system:setup",
    );
    if (!account) throw new AppError("conflict", "an account with this email exists");
    return c.json(account, 201);
  });
}
