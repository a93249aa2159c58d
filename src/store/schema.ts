import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const ownerColumns = {
  ownerId: text("owner_id"),
  /** One owner is the rule; extra owners are kept so the linter can flag them. */
  extraOwnerIds: text("extra_owner_ids").array().notNull().default(sql`'{}'::text[]`),
};

const stamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const workspace = pgTable("workspace", {
  id: integer("id").primaryKey().default(1),
  organization: text("organization").notNull(),
  lint: jsonb("lint"),
  ...stamps,
});

export const people = pgTable("people", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email"),
  position: integer("position").notNull(),
  ...stamps,
});

export const teams = pgTable("teams", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  leadId: text("lead_id"),
  parentId: text("parent_id"),
  position: integer("position").notNull(),
  ...stamps,
});

export const cycles = pgTable("cycles", {
  id: text("id").primaryKey(),
  name: text("name"),
  start: date("start_day").notNull(),
  end: date("end_day").notNull(),
  position: integer("position").notNull(),
  ...stamps,
});

export const kpis = pgTable("kpis", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  description: text("description"),
  unit: text("unit"),
  direction: text("direction"),
  kind: text("kind"),
  axis: text("axis"),
  ...ownerColumns,
  teamId: text("team_id"),
  cadence: text("cadence"),
  healthyMin: doublePrecision("healthy_min"),
  healthyMax: doublePrecision("healthy_max"),
  alertBelow: doublePrecision("alert_below"),
  alertAbove: doublePrecision("alert_above"),
  /** Which of `healthy` / `alert` the author wrote, so an empty `healthy: {}` survives export. */
  rangeKeys: text("range_keys").array().notNull().default(sql`'{}'::text[]`),
  parentId: text("parent_id"),
  formula: text("formula"),
  status: text("status"),
  retiredReason: text("retired_reason"),
  /** `{ decision, draft }` when an accepted decision-engine draft proposed this KPI. */
  draftedFrom: jsonb("drafted_from"),
  /** Visible only to members of `team_id` (and admins); others get 404 so existence does not leak. */
  private: boolean("private").notNull().default(false),
  position: integer("position").notNull(),
  ...stamps,
});

export const kpiLeading = pgTable(
  "kpi_leading",
  {
    kpiId: text("kpi_id")
      .notNull()
      .references(() => kpis.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    leadingKpiId: text("leading_kpi_id").notNull(),
    leadWeeks: integer("lead_weeks"),
  },
  (table) => [primaryKey({ columns: [table.kpiId, table.position] })],
);

export const kpiGuardrails = pgTable(
  "kpi_guardrails",
  {
    kpiId: text("kpi_id")
      .notNull()
      .references(() => kpis.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    guardrailKpiId: text("guardrail_kpi_id").notNull(),
  },
  (table) => [primaryKey({ columns: [table.kpiId, table.position] })],
);

/** The time series of every metric (a KPI id or a key result id). */
export const measurements = pgTable(
  "measurements",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    metricId: text("metric_id").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    value: doublePrecision("value").notNull(),
    source: text("source"),
    note: text("note"),
    by: text("by_person"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("measurements_metric_at").on(table.metricId, table.at)],
);

export const objectives = pgTable(
  "objectives",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    description: text("description"),
    ...ownerColumns,
    teamId: text("team_id"),
    cycle: text("cycle"),
    type: text("type"),
    parentId: text("parent_id"),
    status: text("status"),
    /** The day an objective added mid-cycle was set: its first check-in is due a week after it. */
    since: date("since_day"),
    retro: text("retro"),
    leadingIndicators: text("leading_indicators").array(),
    /** `{ decision, draft }` when the objective was accepted from a decision-engine draft. */
    draftedFrom: jsonb("drafted_from"),
    private: boolean("private").notNull().default(false),
    position: integer("position").notNull(),
    ...stamps,
  },
  (table) => [index("objectives_team_cycle").on(table.teamId, table.cycle)],
);

export const keyResults = pgTable(
  "key_results",
  {
    id: text("id").primaryKey(),
    objectiveId: text("objective_id")
      .notNull()
      .references(() => objectives.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    from: doublePrecision("from_value"),
    to: doublePrecision("to_value"),
    bandMin: doublePrecision("band_min"),
    bandMax: doublePrecision("band_max"),
    unit: text("unit"),
    direction: text("direction"),
    kpiId: text("kpi_id"),
    metric: text("metric"),
    kind: text("kind"),
    ...ownerColumns,
    weight: doublePrecision("weight"),
    curve: text("curve"),
    confidence: doublePrecision("confidence"),
    gradeScore: doublePrecision("grade_score"),
    gradeComment: text("grade_comment"),
    position: integer("position").notNull(),
    ...stamps,
  },
  (table) => [index("key_results_objective").on(table.objectiveId)],
);

export const checkins = pgTable(
  "checkins",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    keyResultId: text("key_result_id")
      .notNull()
      .references(() => keyResults.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    value: doublePrecision("value").notNull(),
    confidence: doublePrecision("confidence"),
    note: text("note"),
    blockers: jsonb("blockers"),
    by: text("by_person"),
    /** A correction points at the check-in it replaces; the original is kept as history. */
    correctsId: bigint("corrects_id", { mode: "number" }),
    superseded: boolean("superseded").notNull().default(false),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("checkins_key_result_at").on(table.keyResultId, table.at)],
);

export const killCriteria = pgTable(
  "kill_criteria",
  {
    objectiveId: text("objective_id")
      .notNull()
      .references(() => objectives.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    metric: text("metric"),
    below: doublePrecision("below"),
    above: doublePrecision("above"),
    by: date("by_day"),
    note: text("note"),
    decision: jsonb("decision"),
  },
  (table) => [primaryKey({ columns: [table.objectiveId, table.position] })],
);

export const proposals = pgTable("proposals", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  kind: text("kind").notNull(),
  subjectId: text("subject_id").notNull(),
  payload: jsonb("payload").notNull(),
  status: text("status").notNull().default("open"),
  decidedBy: text("decided_by"),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
  ...stamps,
});

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actor: text("actor").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
  },
  (table) => [index("audit_events_entity").on(table.entity, table.entityId)],
);

/** Accounts of the HTTP API; one workspace, so the role is the account's. */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").notNull(),
  passwordHash: text("password_hash"),
  personId: text("person_id"),
  disabled: boolean("disabled").notNull().default(false),
  ...stamps,
});

/** Browser sessions; the cookie carries a random token, the table only its hash. */
export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Personal API tokens: shown once, stored hashed, scoped, revocable. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scope: text("scope").notNull(),
    tokenHash: text("token_hash").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("api_tokens_hash").on(table.tokenHash)],
);

/** Which teams an account belongs to: the key to team-private KPIs and objectives. */
export const teamMembers = pgTable(
  "team_members",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    teamId: text("team_id").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.teamId] })],
);

/** Outgoing webhooks for goal events, signed with HMAC-SHA256 over the body. */
export const webhooks = pgTable("webhooks", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  secret: text("secret").notNull(),
  events: text("events").array().notNull(),
  active: boolean("active").notNull().default(true),
  ...stamps,
});

/**
 * The webhook outbox: one row per event and subscribed webhook, written in the transaction of
 * the change that caused the event (so every path that changes goals tells subscribers, and a
 * rolled-back change tells nobody), claimed with a lease so two processes never both deliver it.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey().default(sql`gen_random_uuid()::text`),
    eventId: text("event_id").notNull(),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    /** The event name as the webhook subscribed to it (an old alias keeps its name). */
    event: text("event").notNull(),
    occurredAt: text("occurred_at").notNull(),
    data: jsonb("data").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("webhook_deliveries_due")
      .on(table.nextAttemptAt)
      .where(sql`delivered_at is null and failed_at is null`),
  ],
);

/**
 * Data sources: a KPI or key result bound to a connector query. `config` holds no secret;
 * `sealedCredentials` are AES-256-GCM ciphertexts (OKAPI_SECRET_KEY), never returned by the API.
 */
export const sources = pgTable(
  "sources",
  {
    id: text("id").primaryKey(),
    metricId: text("metric_id").notNull(),
    kind: text("kind").notNull(),
    config: jsonb("config").notNull(),
    credentialsRef: text("credentials_ref"),
    sealedCredentials: jsonb("sealed_credentials"),
    cadence: text("cadence").notNull().default("daily"),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    lastErrorKind: text("last_error_kind"),
    lastError: text("last_error"),
    /** When the current run of failures began; null while the source is healthy. */
    failingSince: timestamp("failing_since", { withTimezone: true }),
    ...stamps,
  },
  (table) => [index("sources_metric").on(table.metricId)],
);

/** One row per scheduled job and period: the unique pair is what makes a job run once. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    job: text("job").notNull(),
    period: text("period").notNull(),
    instance: text("instance").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    outcome: text("outcome").notNull().default("running"),
    error: text("error"),
    summary: jsonb("summary"),
  },
  (table) => [uniqueIndex("job_runs_job_period").on(table.job, table.period)],
);

/** Generated reviews (weekly business reviews, quarterly reviews, KPI trend reviews), kept as JSON. */
export const reviews = pgTable(
  "reviews",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    period: text("period").notNull(),
    asOf: date("as_of").notNull(),
    content: jsonb("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("reviews_kind_period").on(table.kind, table.period)],
);

/** The operating rhythm of the workspace: time zone and cron patterns per job (one row). */
export const agentSettings = pgTable("agent_settings", {
  id: integer("id").primaryKey().default(1),
  timezone: text("timezone").notNull().default("UTC"),
  schedules: jsonb("schedules").notNull().default(sql`'{}'::jsonb`),
  slackChannel: text("slack_channel"),
  ...stamps,
});

/** Decision-engine drafts: the loop's whole answer, kept until a person accepts or dismisses it. */
export const drafts = pgTable("drafts", {
  id: text("id").primaryKey(),
  decision: text("decision").notNull(),
  teamId: text("team_id"),
  status: text("status").notNull().default("open"),
  /** The JSON of `okapi draft --format json`. */
  result: jsonb("result").notNull(),
  createdBy: text("created_by").notNull(),
  decidedBy: text("decided_by"),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
  /** The objective an accepted draft created. */
  objectiveId: text("objective_id"),
  ...stamps,
});
