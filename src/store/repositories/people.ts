import { asc, eq, gt, max } from "drizzle-orm";
import { type Person, PersonInput } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import * as t from "../schema.js";
import { guardedWrites } from "./guarded-writes.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";

type PersonRow = typeof t.people.$inferSelect;

function toPerson(row: PersonRow): Person {
  return compact({ id: row.id, name: row.name, email: row.email }) as Person;
}

/** People ordered by id, one page at a time. */
export async function listPeople(db: Executor, page: PageRequest): Promise<Page<Person>> {
  const after = decodeCursor(page.cursor);
  const rows = await db
    .select()
    .from(t.people)
    .where(after ? gt(t.people.id, after) : undefined)
    .orderBy(asc(t.people.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id, toPerson);
}

/** One person, or undefined. */
export async function getPerson(db: Executor, id: string): Promise<Person | undefined> {
  const [row] = await db.select().from(t.people).where(eq(t.people.id, id));
  return row ? toPerson(row) : undefined;
}

/** Create, update and delete of people; references to a deleted person are left for the linter. */
export const personWrites = guardedWrites<Person>({
  entity: "person",
  schema: PersonInput,
  async lock(tx, id) {
    const [row] = await tx.select().from(t.people).where(eq(t.people.id, id)).for("update");
    return row ? toPerson(row) : undefined;
  },
  async insert(tx, person) {
    const [last] = await tx.select({ n: max(t.people.position) }).from(t.people);
    await tx.insert(t.people).values({
      id: person.id,
      name: person.name,
      email: person.email ?? null,
      position: (last?.n ?? -1) + 1,
    });
  },
  async update(tx, person) {
    await tx
      .update(t.people)
      .set({ name: person.name, email: person.email ?? null, updatedAt: new Date() })
      .where(eq(t.people.id, person.id));
  },
  async remove(tx, id) {
    await tx.delete(t.people).where(eq(t.people.id, id));
  },
});
