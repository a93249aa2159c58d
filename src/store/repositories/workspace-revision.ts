import { sql } from "drizzle-orm";
import type { Executor } from "../database.js";

/**
 * The workspace's revision: a number that changes whenever any process writes a goal table
 * (statement triggers bump the `workspace_revision` sequence, migration 0004). One catalog read, no locks;
 * equal revisions mean no statement changed the goals in between.
 */
export async function readWorkspaceRevision(db: Executor): Promise<string> {
  const result = (await db.execute(
    sql`SELECT last_value::text AS value, is_called AS called FROM workspace_revision`,
  )) as unknown as { rows: { value: string; called: boolean }[] };
  const row = result.rows[0];
  return row ? `${row.value}${row.called ? "" : "-"}` : "none";
}
