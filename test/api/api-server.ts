import createClient, { type Client } from "openapi-fetch";
import pino from "pino";
import type { OkapiDocument } from "../../src/core/model/index.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { storeDrivers, type TestStore } from "../../src/store/test-support/test-stores.js";
import { testToday } from "../test-today.js";
import type { paths } from "./generated/okapi-api.js";

export type ApiClient = Client<paths>;

export const ADMIN = { email: "admin@example.com", password: "correct horse battery" };

/** A small workspace: two teams, a KPI each, an objective with two key results. */
export const FIXTURE: OkapiDocument = {
  version: 1,
  organization: "Acme",
  people: [
    { id: "maria", name: "Maria Lopez", email: "maria@example.com" },
    { id: "li", name: "Li Wei" },
  ],
  teams: [
    { id: "growth", name: "Growth", lead: "maria" },
    { id: "finance", name: "Finance", lead: "li" },
  ],
  kpis: [
    {
      id: "nrr",
      name: "Net revenue retention",
      unit: "%",
      direction: "higher-is-better",
      owner: "maria",
      team: "growth",
      healthy: { min: 105 },
      alert: { below: 95 },
      measurements: [
        { at: "2026-04-30", value: 101 },
        { at: "2026-05-31", value: 103 },
        { at: "2026-06-30", value: 103.5 },
      ],
    },
    {
      id: "burn",
      name: "Net burn",
      unit: "kUSD",
      direction: "lower-is-better",
      owner: "li",
      team: "finance",
      healthy: { max: 400 },
      alert: { above: 600 },
    },
  ],
  objectives: [
    {
      id: "onboarding",
      title: "Make our onboarding the reason customers renew",
      owner: "maria",
      team: "growth",
      cycle: "2026-Q3",
      type: "aspirational",
      keyResults: [
        {
          id: "adoption",
          title: "Increase 90-day adoption from 34% to 60%",
          from: 34,
          to: 60,
          unit: "%",
          checkins: [{ at: "2026-07-14", value: 38, confidence: 7 }],
        },
        { id: "ttv", title: "Cut time to value from 14 to 5 days", from: 14, to: 5, unit: "days" },
      ],
    },
  ],
};

export interface TestServer {
  url: string;
  server: RunningServer;
  store: TestStore;
  /** A client signed in with a bearer token of the given credential. */
  client(token?: string): ApiClient;
  stop(): Promise<void>;
}

/** The store drivers the API suite runs against: PGlite always, PostgreSQL with DATABASE_URL. */
export const drivers = storeDrivers;

/** Starts the real server on 127.0.0.1 and a random port over a fresh store holding FIXTURE. */
export async function startTestServer(
  open: () => Promise<TestStore>,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const store = await open();
  await store.store.applyDocument(FIXTURE, { actor: "test" });
  const server = await startServer({
    store: store.store,
    port: 0,
    hostname: "127.0.0.1",
    env: {
      OKAPI_ADMIN_EMAIL: ADMIN.email,
      OKAPI_ADMIN_PASSWORD: ADMIN.password,
      OKAPI_TODAY: testToday(),
      ...env,
    },
    logger: pino({ level: "silent" }),
  });
  return {
    url: server.url,
    server,
    store,
    client: (token) =>
      createClient<paths>({
        baseUrl: server.url,
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      }),
    async stop() {
      await server.close();
      await store.dispose().catch(() => undefined);
    },
  };
}

/** Signs in with a password and returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

/** Creates a write- or read-scoped API token for the account behind a session cookie. */
export async function tokenFor(
  url: string,
  cookie: string,
  scope: "read" | "write",
): Promise<string> {
  const response = await fetch(`${url}/api/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name: `test ${scope}`, scope }),
  });
  const body = (await response.json()) as { token: string };
  return body.token;
}

export interface Team {
  admin: string;
  editor: string;
  viewer: string;
  /** An editor who belongs to the finance team. */
  financeEditor: string;
  readOnly: string;
}

/** Creates one account per role (admin from the environment) and a write token for each. */
export async function createAccounts(server: TestServer): Promise<Team> {
  const adminCookie = await signIn(server.url, ADMIN.email, ADMIN.password);
  const admin = await tokenFor(server.url, adminCookie, "write");
  const client = server.client(admin);
  const password = "a long enough password";
  const make = async (email: string, role: "editor" | "viewer", teams: string[] = []) => {
    const created = await client.POST("/api/v1/users", {
      body: { email, name: email, role, password, teams },
    });
    if (created.response.status !== 201)
      throw new Error(`user ${email}: ${created.response.status}`);
    return tokenFor(server.url, await signIn(server.url, email, password), "write");
  };
  const [editor, viewer, financeEditor] = await Promise.all([
    make("editor@example.com", "editor", ["growth"]),
    make("viewer@example.com", "viewer", ["growth"]),
    make("fin@example.com", "editor", ["finance"]),
  ]);
  const readOnly = await tokenFor(server.url, adminCookie, "read");
  return { admin, editor, viewer, financeEditor, readOnly };
}
