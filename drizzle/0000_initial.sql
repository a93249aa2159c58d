CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key_result_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"confidence" double precision,
	"note" text,
	"blockers" jsonb,
	"by_person" text,
	"corrects_id" bigint,
	"superseded" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"start_day" date NOT NULL,
	"end_day" date NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_results" (
	"id" text PRIMARY KEY NOT NULL,
	"objective_id" text NOT NULL,
	"title" text NOT NULL,
	"from_value" double precision,
	"to_value" double precision,
	"band_min" double precision,
	"band_max" double precision,
	"unit" text,
	"direction" text,
	"kpi_id" text,
	"metric" text,
	"kind" text,
	"owner_id" text,
	"extra_owner_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"weight" double precision,
	"curve" text,
	"confidence" double precision,
	"grade_score" double precision,
	"grade_comment" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kill_criteria" (
	"objective_id" text NOT NULL,
	"position" integer NOT NULL,
	"metric" text,
	"below" double precision,
	"above" double precision,
	"by_day" date,
	"note" text,
	"decision" jsonb,
	CONSTRAINT "kill_criteria_objective_id_position_pk" PRIMARY KEY("objective_id","position")
);
--> statement-breakpoint
CREATE TABLE "kpi_guardrails" (
	"kpi_id" text NOT NULL,
	"position" integer NOT NULL,
	"guardrail_kpi_id" text NOT NULL,
	CONSTRAINT "kpi_guardrails_kpi_id_position_pk" PRIMARY KEY("kpi_id","position")
);
--> statement-breakpoint
CREATE TABLE "kpi_leading" (
	"kpi_id" text NOT NULL,
	"position" integer NOT NULL,
	"leading_kpi_id" text NOT NULL,
	"lead_weeks" integer,
	CONSTRAINT "kpi_leading_kpi_id_position_pk" PRIMARY KEY("kpi_id","position")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"unit" text,
	"direction" text,
	"kind" text,
	"axis" text,
	"owner_id" text,
	"extra_owner_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"team_id" text,
	"cadence" text,
	"healthy_min" double precision,
	"healthy_max" double precision,
	"alert_below" double precision,
	"alert_above" double precision,
	"range_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_id" text,
	"formula" text,
	"status" text,
	"retired_reason" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"metric_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"source" text,
	"note" text,
	"by_person" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_id" text,
	"extra_owner_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"team_id" text,
	"cycle" text,
	"type" text,
	"parent_id" text,
	"status" text,
	"retro" text,
	"leading_indicators" text[],
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"lead_id" text,
	"parent_id" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspace" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"organization" text NOT NULL,
	"lint" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_key_result_id_key_results_id_fk" FOREIGN KEY ("key_result_id") REFERENCES "public"."key_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kill_criteria" ADD CONSTRAINT "kill_criteria_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_guardrails" ADD CONSTRAINT "kpi_guardrails_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_leading" ADD CONSTRAINT "kpi_leading_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity" ON "audit_events" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "checkins_key_result_at" ON "checkins" USING btree ("key_result_id","at");--> statement-breakpoint
CREATE INDEX "key_results_objective" ON "key_results" USING btree ("objective_id");--> statement-breakpoint
CREATE INDEX "measurements_metric_at" ON "measurements" USING btree ("metric_id","at");--> statement-breakpoint
CREATE INDEX "objectives_team_cycle" ON "objectives" USING btree ("team_id","cycle");