import { eq, inArray, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Who is asking: admins see everything, others see public items and their teams' private ones. */
export interface Viewer {
  admin: boolean;
  teams: readonly string[];
}

/** The workspace itself, for use-cases that act on every item whoever triggered them. */
export const WHOLE_WORKSPACE: Viewer = { admin: true, teams: [] };

/** The SQL condition for rows a viewer may see; undefined means no restriction. */
export function visibleTo(
  viewer: Viewer,
  privateColumn: PgColumn,
  teamColumn: PgColumn,
): SQL | undefined {
  if (viewer.admin) return undefined;
  if (viewer.teams.length === 0) return eq(privateColumn, false);
  return or(eq(privateColumn, false), inArray(teamColumn, [...viewer.teams]));
}

/** Whether a viewer may see one item. */
export function canSee(
  viewer: Viewer,
  item: { private: boolean; team?: string | null | undefined },
): boolean {
  return viewer.admin || !item.private || (!!item.team && viewer.teams.includes(item.team));
}
