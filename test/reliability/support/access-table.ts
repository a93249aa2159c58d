/**
 * Who may call each API operation. Every operation of the OpenAPI document needs a row:
 * the authorization matrix fails on an operation missing here, so a new route gets one.
 */

/** public: anyone; user: any signed-in caller; writer: a write-scoped credential of any role;
 * editor: editors and admins with a write-scoped credential; admin: admins with one;
 * admin-read: admins with any credential (reading everything, private goals included);
 * nobody: only a one-time secret opens it (the setup link), so every caller is refused. */
export type Access = "public" | "user" | "writer" | "editor" | "admin" | "admin-read" | "nobody";

/** Goals that can be team-private: the matrix tries an own-team, another team's and a private one. */
export type Guarded = "kpi" | "objective" | "key-result";

interface RequestParts {
  id?: string;
  body?: unknown;
  query?: Record<string, string>;
}

export interface MatrixContext {
  /** A fresh id, so creates never collide. */
  unique(prefix: string): string;
  /** A new goal of this kind in the given team (private or not), for routes that consume it. */
  fresh(kind: Guarded | Disposable, variant: Variant): Promise<string>;
  proposalId: string;
}

export type Variant = "own" | "other" | "private";

/** Things a delete consumes, created afresh for each attempt. */
type Disposable = "person" | "webhook" | "source" | "team" | "cycle";

export interface Expectation {
  access: Access;
  /** The path id is a goal whose visibility depends on its team. */
  guarded?: Guarded;
  /** Each attempt needs its own object (deletes). */
  consumes?: Guarded | Disposable;
  request?: (ctx: MatrixContext) => RequestParts;
  /** Statuses that still mean "let through" besides 2xx (e.g. 404 for another caller's token). */
  alsoAllowed?: number[];
}

const today = "2026-08-10";

export const ACCESS_TABLE: Record<string, Expectation> = {
  "POST /api/v1/auth/login": {
    access: "public",
    request: () => ({ body: { email: "nobody@example.com", password: "wrong password" } }),
    alsoAllowed: [401],
  },
  "POST /api/v1/auth/logout": { access: "public" },
  "GET /api/v1/auth/me": { access: "user" },
  "POST /api/v1/setup": {
    access: "nobody",
    request: ({ unique }) => ({
      body: {
        token: "not-the-setup-token",
        email: `${unique("setup")}@example.com`,
        name: "Setup",
        password: "a long enough password",
      },
    }),
  },
  "GET /api/v1/users": { access: "admin" },
  "POST /api/v1/users": {
    access: "admin",
    request: ({ unique }) => ({
      body: {
        email: `${unique("user")}@example.com`,
        name: "New",
        role: "viewer",
        password: "a long enough password",
      },
    }),
  },
  // Admins are checked before the account is looked up, so an unknown id tells only them 404.
  "PATCH /api/v1/users/{id}": {
    access: "admin",
    request: () => ({ id: "no-such-account", body: { name: "Renamed" } }),
    alsoAllowed: [404],
  },
  "GET /api/v1/tokens": { access: "user" },
  "POST /api/v1/tokens": {
    access: "writer",
    request: ({ unique }) => ({ body: { name: unique("token"), scope: "read" } }),
  },
  // Only the caller's own tokens can be revoked; another's id is "not found" for everyone.
  "DELETE /api/v1/tokens/{id}": {
    access: "writer",
    request: () => ({ id: "tok-of-someone-else" }),
    alsoAllowed: [404],
  },
  "GET /api/v1/people": { access: "user" },
  "POST /api/v1/people": {
    access: "editor",
    request: ({ unique }) => ({ body: { id: unique("person"), name: "New Person" } }),
  },
  "GET /api/v1/people/{id}": { access: "user", request: () => ({ id: "maria" }) },
  "PATCH /api/v1/people/{id}": {
    access: "editor",
    request: () => ({ id: "li", body: { name: "Li Wei" } }),
  },
  "DELETE /api/v1/people/{id}": { access: "editor", consumes: "person" },
  "GET /api/v1/teams": { access: "user" },
  "GET /api/v1/teams/{id}": { access: "user", request: () => ({ id: "growth" }) },
  "GET /api/v1/cycles": { access: "user" },
  // The audit trail holds before/after of every goal, private ones included: admins only.
  "GET /api/v1/audit-events": { access: "admin-read" },
  "GET /api/v1/summary": { access: "user" },
  "GET /api/v1/kpi-health": { access: "user", request: () => ({ query: { asOf: today } }) },
  "GET /api/v1/kpi-tree": { access: "user", request: () => ({ query: { asOf: today } }) },
  "GET /api/v1/kpis/{id}/health": {
    access: "user",
    guarded: "kpi",
    request: () => ({ query: { asOf: today } }),
  },
  "GET /api/v1/kpis": { access: "user" },
  "POST /api/v1/kpis": {
    access: "editor",
    request: ({ unique }) => ({ body: { id: unique("kpi"), name: "New KPI", team: "growth" } }),
  },
  "GET /api/v1/kpis/{id}": { access: "user", guarded: "kpi" },
  "PATCH /api/v1/kpis/{id}": {
    access: "editor",
    guarded: "kpi",
    request: () => ({ body: { description: "checked by the authorization matrix" } }),
  },
  "DELETE /api/v1/kpis/{id}": {
    access: "editor",
    consumes: "kpi",
    request: () => ({ query: { reason: "matrix" } }),
  },
  "GET /api/v1/kpis/{id}/measurements": { access: "user", guarded: "kpi" },
  "POST /api/v1/kpis/{id}/measurements": {
    access: "editor",
    guarded: "kpi",
    request: () => ({ body: { at: today, value: 42 } }),
  },
  "GET /api/v1/objectives": { access: "user" },
  "POST /api/v1/objectives": {
    access: "editor",
    request: ({ unique }) => ({
      body: { id: unique("objective"), title: "Make renewals boring", team: "growth" },
    }),
  },
  "GET /api/v1/objectives/{id}": { access: "user", guarded: "objective" },
  "PATCH /api/v1/objectives/{id}": {
    access: "editor",
    guarded: "objective",
    request: () => ({ body: { description: "checked by the authorization matrix" } }),
  },
  "DELETE /api/v1/objectives/{id}": {
    access: "editor",
    consumes: "objective",
    request: () => ({ query: { reason: "matrix" } }),
  },
  "GET /api/v1/objectives/{id}/decisions": { access: "user", guarded: "objective" },
  "POST /api/v1/objectives/{id}/decisions": {
    access: "editor",
    guarded: "objective",
    request: () => ({ body: { outcome: "continue", reason: "matrix", decidedBy: "maria" } }),
    // No tripwire of the fixture has fired: the call is let through and refused on its merits.
    alsoAllowed: [409],
  },
  "GET /api/v1/okr-status": { access: "user", request: () => ({ query: { asOf: today } }) },
  "GET /api/v1/key-results/{id}": { access: "user", guarded: "key-result" },
  "PATCH /api/v1/key-results/{id}": {
    access: "editor",
    guarded: "key-result",
    request: () => ({ body: { unit: "%" } }),
  },
  "GET /api/v1/key-results/{id}/checkins": { access: "user", guarded: "key-result" },
  "POST /api/v1/key-results/{id}/checkins": {
    access: "editor",
    guarded: "key-result",
    request: () => ({ body: { at: today, value: 40, confidence: 6 } }),
  },
  "GET /api/v1/proposals": { access: "user" },
  "POST /api/v1/proposals": {
    access: "editor",
    request: ({ unique }) => ({
      body: { kind: "retire-kpi", subject: unique("subject"), payload: {} },
    }),
  },
  "GET /api/v1/proposals/{id}": { access: "user", request: (ctx) => ({ id: ctx.proposalId }) },
  "PATCH /api/v1/proposals/{id}": {
    access: "editor",
    request: (ctx) => ({ id: ctx.proposalId, body: { status: "dismissed", reason: "matrix" } }),
    // Once decided, a proposal cannot be decided again: let through, refused on its merits.
    alsoAllowed: [409],
  },
  // The whole workspace, private goals included: admins only.
  "GET /api/v1/workspace": { access: "admin-read" },
  "PUT /api/v1/workspace": {
    access: "admin",
    request: () => ({
      query: { dryRun: "true" },
      body: { version: 1, organization: "Acme", people: [{ id: "maria", name: "Maria Lopez" }] },
    }),
  },
  "GET /api/v1/webhooks": { access: "admin" },
  "POST /api/v1/webhooks": {
    access: "admin",
    request: () => ({ body: { url: "http://127.0.0.1:9/hook", events: ["kpi.red"] } }),
  },
  "DELETE /api/v1/webhooks/{id}": { access: "admin", consumes: "webhook" },
  "POST /api/v1/lint": {
    access: "user",
    request: () => ({ body: { source: "version: 1\norganization: Acme\n" } }),
  },
  "GET /api/v1/lint": { access: "user" },
  "GET /api/v1/objectives/{id}/findings": { access: "user", guarded: "objective" },
  "POST /api/v1/drafts": {
    access: "editor",
    request: () => ({ body: { decision: "Should we expand into mid-market EMEA in H2?" } }),
  },
  "GET /api/v1/drafts": { access: "user" },
  "GET /api/v1/drafts/{id}": {
    access: "user",
    request: () => ({ id: "9999" }),
    alsoAllowed: [404],
  },
  "POST /api/v1/drafts/{id}/accept": {
    access: "editor",
    request: () => ({ id: "9999" }),
    alsoAllowed: [404],
  },
  "POST /api/v1/drafts/{id}/dismiss": {
    access: "editor",
    request: () => ({ id: "9999" }),
    alsoAllowed: [404],
  },
  "GET /api/v1/jobs/runs": { access: "user" },
  "GET /api/v1/jobs/settings": { access: "user" },
  "PUT /api/v1/jobs/settings": { access: "admin", request: () => ({ body: { timezone: "UTC" } }) },
  "GET /api/v1/reviews/weekly": { access: "user", request: () => ({ query: { asOf: today } }) },
  "GET /api/v1/reviews/quarterly": {
    access: "user",
    request: () => ({ query: { cycle: "2026-Q3", asOf: "2026-10-05" } }),
  },
  "GET /api/v1/reviews": { access: "user" },
  "GET /api/v1/reviews/{id}": {
    access: "user",
    request: () => ({ id: "9999" }),
    alsoAllowed: [404],
  },
  // Structures pasted text against the caller's visible goals; it stores nothing.
  "POST /api/v1/reviews/notes": {
    access: "user",
    request: () => ({ body: { text: "NRR is slipping; onboarding adoption is up." } }),
  },
  "GET /api/v1/sources": { access: "user" },
  "POST /api/v1/sources": {
    access: "admin",
    request: ({ unique }) => ({
      body: {
        id: unique("source"),
        metric: "nrr",
        kind: "http-json",
        config: { url: "http://127.0.0.1:9/value", path: "$.value" },
      },
    }),
  },
  "DELETE /api/v1/sources/{id}": { access: "admin", consumes: "source" },
  "POST /api/v1/sources/{id}/run": { access: "editor", request: () => ({ id: "matrix-source" }) },
  "POST /api/v1/teams": {
    access: "editor",
    request: ({ unique }) => ({ body: { id: unique("team"), name: "New team" } }),
  },
  "PATCH /api/v1/teams/{id}": {
    access: "editor",
    request: () => ({ id: "finance", body: { name: "Finance" } }),
  },
  "DELETE /api/v1/teams/{id}": { access: "editor", consumes: "team" },
  "POST /api/v1/cycles": {
    access: "editor",
    request: ({ unique }) => ({
      body: { id: unique("cycle"), start: "2027-01-01", end: "2027-03-31" },
    }),
  },
  "GET /api/v1/cycles/{id}": { access: "user", request: () => ({ id: "2026-Q3" }) },
  "PATCH /api/v1/cycles/{id}": {
    access: "editor",
    request: () => ({ id: "matrix-cycle", body: { name: "Matrix cycle" } }),
  },
  "DELETE /api/v1/cycles/{id}": { access: "editor", consumes: "cycle" },
};
