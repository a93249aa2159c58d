import { eq, max } from "drizzle-orm";
import { type CycleDefinition, CycleInput, type Team, TeamInput } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import * as t from "../schema.js";
import { guardedWrites } from "./guarded-writes.js";
import { toCycle, toTeam } from "./teams.js";

function teamColumns(team: Team) {
  return { name: team.name, leadId: team.lead ?? null, parentId: team.parent ?? null };
}

/** Teams: references to a deleted team are left for the linter, as with people. */
export const teamWrites = guardedWrites<Team>({
  entity: "team",
  schema: TeamInput,
  async lock(tx: Executor, id) {
    const [row] = await tx.select().from(t.teams).where(eq(t.teams.id, id)).for("update");
    return row ? toTeam(row) : undefined;
  },
  async insert(tx, team) {
    const [last] = await tx.select({ n: max(t.teams.position) }).from(t.teams);
    await tx
      .insert(t.teams)
      .values({ id: team.id, ...teamColumns(team), position: (last?.n ?? -1) + 1 });
  },
  async update(tx, team) {
    await tx
      .update(t.teams)
      .set({ ...teamColumns(team), updatedAt: new Date() })
      .where(eq(t.teams.id, team.id));
  },
  async remove(tx, id) {
    await tx.delete(t.teams).where(eq(t.teams.id, id));
  },
});

function cycleColumns(cycle: CycleDefinition) {
  return { name: cycle.name ?? null, start: cycle.start, end: cycle.end };
}

/** Declared cycles: objectives keep naming a deleted cycle; `2026-Q3`-style ids still resolve. */
export const cycleWrites = guardedWrites<CycleDefinition>({
  entity: "cycle",
  schema: CycleInput,
  async lock(tx: Executor, id) {
    const [row] = await tx.select().from(t.cycles).where(eq(t.cycles.id, id)).for("update");
    return row ? toCycle(row) : undefined;
  },
  async insert(tx, cycle) {
    const [last] = await tx.select({ n: max(t.cycles.position) }).from(t.cycles);
    await tx
      .insert(t.cycles)
      .values({ id: cycle.id, ...cycleColumns(cycle), position: (last?.n ?? -1) + 1 });
  },
  async update(tx, cycle) {
    await tx
      .update(t.cycles)
      .set({ ...cycleColumns(cycle), updatedAt: new Date() })
      .where(eq(t.cycles.id, cycle.id));
  },
  async remove(tx, id) {
    await tx.delete(t.cycles).where(eq(t.cycles.id, id));
  },
});
