import { asc, eq, gt } from "drizzle-orm";
import { type CycleDefinition, parseCycle, type Team } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import * as t from "../schema.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";

type TeamRow = typeof t.teams.$inferSelect;

export function toTeam(row: TeamRow): Team {
  return compact({ id: row.id, name: row.name, lead: row.leadId, parent: row.parentId }) as Team;
}

/** Teams ordered by id, one page at a time. */
export async function listTeams(db: Executor, page: PageRequest): Promise<Page<Team>> {
  const after = decodeCursor(page.cursor);
  const rows = await db
    .select()
    .from(t.teams)
    .where(after ? gt(t.teams.id, after) : undefined)
    .orderBy(asc(t.teams.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id, toTeam);
}

/** One team, or undefined. */
export async function getTeam(db: Executor, id: string): Promise<Team | undefined> {
  const [row] = await db.select().from(t.teams).where(eq(t.teams.id, id));
  return row ? toTeam(row) : undefined;
}

type CycleRow = typeof t.cycles.$inferSelect;

export function toCycle(row: CycleRow): CycleDefinition {
  return compact({ id: row.id, name: row.name, start: row.start, end: row.end }) as CycleDefinition;
}

/** One declared cycle, or undefined (cycles only named by objectives are not stored). */
export async function getCycle(db: Executor, id: string): Promise<CycleDefinition | undefined> {
  const [row] = await db.select().from(t.cycles).where(eq(t.cycles.id, id));
  return row ? toCycle(row) : undefined;
}

/** Declared cycles and those objectives name (`2026-Q3`), earliest first. */
export async function listCycles(db: Executor): Promise<CycleDefinition[]> {
  const rows = await db.select().from(t.cycles).orderBy(asc(t.cycles.start), asc(t.cycles.id));
  const declared = rows.map(toCycle);
  const named = await db.selectDistinct({ cycle: t.objectives.cycle }).from(t.objectives);
  const implied = named
    .map((row) => (row.cycle ? parseCycle(row.cycle, declared) : null))
    .filter((cycle): cycle is CycleDefinition => cycle !== null)
    .filter((cycle) => !declared.some((d) => d.id === cycle.id));
  return [...declared, ...implied].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
}
