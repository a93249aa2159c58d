-- The workspace revision: a sequence that every statement changing a goal table bumps, so
-- caches of computed views (the dashboard summary) see writes from any process. Kept out of
-- the Drizzle schema on purpose: it is not a table, and only these triggers touch it.
CREATE SEQUENCE workspace_revision;
--> statement-breakpoint
-- Every statement that changes a goal table bumps the workspace_revision sequence, so caches
-- of computed views (the dashboard summary) see writes from any process. Sequences take no
-- row locks: concurrent writers never wait on each other here. Accounts, sessions and
-- tokens are left out on purpose: signing in is not a change to the goals.
CREATE FUNCTION bump_workspace_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('workspace_revision');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER workspace_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "workspace" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER people_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "people" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER teams_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "teams" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER cycles_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cycles" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER kpis_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kpis" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER kpi_leading_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kpi_leading" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER kpi_guardrails_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kpi_guardrails" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER measurements_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measurements" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER objectives_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "objectives" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER key_results_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "key_results" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER checkins_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "checkins" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER kill_criteria_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kill_criteria" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER team_members_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "team_members" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER proposals_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "proposals" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
--> statement-breakpoint
CREATE TRIGGER drafts_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "drafts" FOR EACH STATEMENT EXECUTE FUNCTION bump_workspace_revision();
