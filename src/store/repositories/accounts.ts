import { randomUUID } from "node:crypto";
import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import type { Database, Executor } from "../database.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";

type Role = "admin" | "editor" | "viewer";
export type TokenScope = "read" | "write";

/** An account as the API shows it; the password hash never leaves the store module. */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  teams: string[];
  person?: string;
}

/** What authentication resolves to: the account and, for a token, its scope. */
export interface Principal extends Account {
  scope: TokenScope;
}

type UserRow = typeof t.users.$inferSelect;

async function teamsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ team: t.teamMembers.teamId })
    .from(t.teamMembers)
    .where(eq(t.teamMembers.userId, userId))
    .orderBy(asc(t.teamMembers.teamId));
  return rows.map((row) => row.team);
}

async function toAccount(db: Executor, row: UserRow): Promise<Account> {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    teams: await teamsOf(db, row.id),
    ...(row.personId ? { person: row.personId } : {}),
  };
}

/** How many accounts exist (zero on a fresh install, before the first admin). */
export async function countAccounts(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(t.users);
  return row?.n ?? 0;
}

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  teams?: readonly string[] | undefined;
  person?: string | undefined;
}

/** Creates an account; undefined when the email is taken. */
export async function createAccount(
  db: Database,
  input: NewAccount,
  actor: string,
): Promise<Account | undefined> {
  return db.transaction(async (tx) => {
    const email = input.email.toLowerCase();
    const [taken] = await tx
      .select({ id: t.users.id })
      .from(t.users)
      .where(eq(t.users.email, email));
    if (taken) return undefined;
    const id = randomUUID();
    await tx.insert(t.users).values({
      id,
      email,
      name: input.name,
      role: input.role,
      passwordHash: input.passwordHash,
      personId: input.person ?? null,
    });
    for (const team of input.teams ?? [])
      await tx.insert(t.teamMembers).values({ userId: id, teamId: team });
    const account: Account = {
      id,
      email,
      name: input.name,
      role: input.role,
      teams: [...(input.teams ?? [])].sort(),
      ...(input.person ? { person: input.person } : {}),
    };
    await writeAudit(tx, {
      actor,
      entity: "user",
      entityId: id,
      action: "create",
      before: null,
      after: account,
    });
    return account;
  });
}

export interface AccountPatch {
  role?: Role | undefined;
  teams?: readonly string[] | undefined;
  name?: string | undefined;
}

/**
 * Changes an account's role, teams or name with its audit event, in one transaction. Refuses
 * to demote the last admin, which would lock everyone out of managing accounts.
 */
export async function updateAccount(
  db: Database,
  id: string,
  patch: AccountPatch,
  actor: string,
): Promise<Account | "not-found" | "last-admin"> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(t.users).where(eq(t.users.id, id)).for("update");
    if (!row) return "not-found";
    if (row.role === "admin" && patch.role && patch.role !== "admin") {
      const [admins] = await tx
        .select({ n: count() })
        .from(t.users)
        .where(eq(t.users.role, "admin"));
      if ((admins?.n ?? 0) <= 1) return "last-admin";
    }
    const before = await toAccount(tx, row);
    if (patch.role !== undefined || patch.name !== undefined)
      await tx
        .update(t.users)
        .set({
          ...(patch.role ? { role: patch.role } : {}),
          ...(patch.name ? { name: patch.name } : {}),
        })
        .where(eq(t.users.id, id));
    if (patch.teams !== undefined) {
      await tx.delete(t.teamMembers).where(eq(t.teamMembers.userId, id));
      for (const team of new Set(patch.teams))
        await tx.insert(t.teamMembers).values({ userId: id, teamId: team });
    }
    const [updated] = await tx.select().from(t.users).where(eq(t.users.id, id));
    const after = await toAccount(tx, updated ?? row);
    await writeAudit(tx, { actor, entity: "user", entityId: id, action: "update", before, after });
    return after;
  });
}

/** All accounts, by email. */
export async function listAccounts(db: Executor): Promise<Account[]> {
  const rows = await db.select().from(t.users).orderBy(asc(t.users.email));
  return Promise.all(rows.map((row) => toAccount(db, row)));
}

/** The account and password hash for a login attempt. */
export async function findLogin(
  db: Executor,
  email: string,
): Promise<{ account: Account; passwordHash: string | null } | undefined> {
  const [row] = await db
    .select()
    .from(t.users)
    .where(and(eq(t.users.email, email.toLowerCase()), eq(t.users.disabled, false)));
  return row ? { account: await toAccount(db, row), passwordHash: row.passwordHash } : undefined;
}

/** Stores a session under the hash of its cookie token. */
export async function createSession(
  db: Executor,
  userId: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.insert(t.sessions).values({ tokenHash, userId, expiresAt });
}

/** Ends a session. */
export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(t.sessions).where(eq(t.sessions.tokenHash, tokenHash));
}

/** The principal of a live session, or undefined when it expired or never existed. */
export async function principalForSession(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<Principal | undefined> {
  const [row] = await db
    .select({ user: t.users })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .where(
      and(
        eq(t.sessions.tokenHash, tokenHash),
        gt(t.sessions.expiresAt, now),
        eq(t.users.disabled, false),
      ),
    );
  return row ? { ...(await toAccount(db, row.user)), scope: "write" } : undefined;
}

/** A personal API token as listed: never the secret, which is shown once at creation. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt?: string;
  revoked: boolean;
}

/** Stores a new token's hash for a user. */
export async function createApiToken(
  db: Executor,
  input: { userId: string; name: string; scope: TokenScope; tokenHash: string },
): Promise<ApiTokenInfo> {
  const id = randomUUID();
  const [row] = await db
    .insert(t.apiTokens)
    .values({ id, ...input })
    .returning();
  return {
    id,
    name: input.name,
    scope: input.scope,
    createdAt: (row?.createdAt ?? new Date()).toISOString(),
    revoked: false,
  };
}

/** A user's tokens, newest first. */
export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenInfo[]> {
  const rows = await db.select().from(t.apiTokens).where(eq(t.apiTokens.userId, userId));
  return rows
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((row) => ({
      id: row.id,
      name: row.name,
      scope: row.scope as TokenScope,
      createdAt: row.createdAt.toISOString(),
      ...(row.lastUsedAt ? { lastUsedAt: row.lastUsedAt.toISOString() } : {}),
      revoked: row.revokedAt !== null,
    }));
}

/** Revokes one of a user's tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(db: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(t.apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(t.apiTokens.id, id), eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)),
    )
    .returning({ id: t.apiTokens.id });
  return rows.length > 0;
}

/** The principal of an unrevoked token, stamping its last use. */
export async function principalForToken(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<Principal | undefined> {
  const [row] = await db
    .select({ user: t.users, token: t.apiTokens })
    .from(t.apiTokens)
    .innerJoin(t.users, eq(t.users.id, t.apiTokens.userId))
    .where(
      and(
        eq(t.apiTokens.tokenHash, tokenHash),
        isNull(t.apiTokens.revokedAt),
        eq(t.users.disabled, false),
      ),
    );
  if (!row) return undefined;
  // Stamping every request would turn each read into a write; once a minute is enough to audit.
  const last = row.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - last > 60_000)
    await db.update(t.apiTokens).set({ lastUsedAt: now }).where(eq(t.apiTokens.id, row.token.id));
  return { ...(await toAccount(db, row.user)), scope: row.token.scope as TokenScope };
}
