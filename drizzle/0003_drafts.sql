CREATE TABLE "drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"team_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"objective_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "drafted_from" jsonb;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "drafted_from" jsonb;