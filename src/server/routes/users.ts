import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Store } from "../../store/open-store.js";
import {
  createAccount,
  createApiToken,
  listAccounts,
  listApiTokens,
  revokeApiToken,
  updateAccount,
} from "../../store/repositories/accounts.js";
import { AppError } from "../app-error.js";
import { hashPassword, hashSecret, newSecret } from "../auth/secrets.js";
import type { AppEnv } from "../context.js";
import { actorOf, requireAdmin, requireUser } from "../guards.js";
import { createErrorResponses, errorResponses, IdParam, jsonBody, problem } from "../schemas.js";

const Role = z.enum(["admin", "editor", "viewer"]);
export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: Role,
    teams: z.array(z.string()),
    person: z.string().optional(),
  })
  .openapi("Account");
const NewAccount = z
  .object({
    email: z.email(),
    name: z.string().min(1),
    role: Role,
    password: z.string().min(12, { message: "use at least 12 characters" }).max(1024),
    teams: z.array(z.string()).optional(),
    person: z.string().optional(),
  })
  .openapi("NewAccount");
const AccountPatch = z
  .strictObject({
    role: Role.optional(),
    teams: z.array(z.string()).optional(),
    name: z.string().min(1).optional(),
  })
  .openapi("AccountPatch");
const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: z.enum(["read", "write"]),
    createdAt: z.string(),
    lastUsedAt: z.string().optional(),
    revoked: z.boolean(),
  })
  .openapi("ApiToken");
const NewToken = z
  .object({ name: z.string().min(1).max(100), scope: z.enum(["read", "write"]) })
  .openapi("NewApiToken");
const CreatedToken = TokenInfo.extend({
  token: z.string().openapi({ description: "The secret: shown this once, stored only hashed" }),
}).openapi("CreatedApiToken");

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const listUsers = createRoute({
  method: "get",
  path: "/users",
  tags: ["accounts"],
  responses: {
    200: json(z.object({ items: z.array(AccountSchema) }), "Accounts"),
    ...errorResponses,
  },
});
const addUser = createRoute({
  method: "post",
  path: "/users",
  tags: ["accounts"],
  request: { body: jsonBody(NewAccount) },
  responses: { 201: json(AccountSchema, "Created"), ...createErrorResponses },
});
const changeUser = createRoute({
  method: "patch",
  path: "/users/{id}",
  tags: ["accounts"],
  summary: "Change an account's role, teams or name (admins)",
  request: { params: IdParam, body: jsonBody(AccountPatch) },
  responses: {
    200: json(AccountSchema, "The account as changed"),
    ...errorResponses,
    409: problem("The last admin cannot be demoted"),
  },
});
const listTokens = createRoute({
  method: "get",
  path: "/tokens",
  tags: ["accounts"],
  responses: {
    200: json(z.object({ items: z.array(TokenInfo) }), "Your API tokens"),
    ...errorResponses,
  },
});
const addToken = createRoute({
  method: "post",
  path: "/tokens",
  tags: ["accounts"],
  request: { body: jsonBody(NewToken) },
  responses: { 201: json(CreatedToken, "Created; the secret is in `token`"), ...errorResponses },
});
const revokeToken = createRoute({
  method: "delete",
  path: "/tokens/{id}",
  tags: ["accounts"],
  request: { params: IdParam },
  responses: { 204: { description: "Revoked" }, ...errorResponses },
});

/** Accounts (admins manage them) and personal API tokens (each user their own). */
export function registerUserRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(listUsers, async (c) => {
    requireAdmin(c);
    return c.json({ items: await listAccounts(store.db) }, 200);
  });
  app.openapi(addUser, async (c) => {
    const admin = requireAdmin(c);
    const { password, ...rest } = c.req.valid("json");
    const account = await createAccount(
      store.db,
      { ...rest, passwordHash: await hashPassword(password) },
      actorOf(admin),
    );
    if (!account) throw new AppError("conflict", "an account with this email exists");
    return c.json(account, 201);
  });
  app.openapi(changeUser, async (c) => {
    const admin = requireAdmin(c);
    const { id } = c.req.valid("param");
    const result = await updateAccount(store.db, id, c.req.valid("json"), actorOf(admin));
    if (result === "not-found") throw new AppError("not-found", "no account with this id");
    if (result === "last-admin")
      throw new AppError("conflict", "this is the last admin: make another account admin first");
    return c.json(result, 200);
  });
  app.openapi(listTokens, async (c) => {
    const user = requireUser(c);
    return c.json({ items: await listApiTokens(store.db, user.id) }, 200);
  });
  app.openapi(addToken, async (c) => {
    const user = requireUser(c);
    if (user.id === "local")
      throw new AppError("bad-request", "tokens need accounts: authentication is off");
    if (user.scope !== "write")
      throw new AppError("forbidden", "a read-only token cannot create tokens");
    const { name, scope } = c.req.valid("json");
    const token = newSecret("okp");
    const info = await createApiToken(store.db, {
      userId: user.id,
      name,
      scope,
      tokenHash: hashSecret(token),
    });
    return c.json({ ...info, token }, 201);
  });
  app.openapi(revokeToken, async (c) => {
    const user = requireUser(c);
    if (user.scope !== "write")
      throw new AppError("forbidden", "a read-only token cannot revoke tokens");
    if (!(await revokeApiToken(store.db, user.id, c.req.valid("param").id)))
      throw new AppError("not-found", "no active token of yours with this id");
    return c.body(null, 204);
  });
}
