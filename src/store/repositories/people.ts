import { asc, eq, gt, max } from "drizzle-orm";
import { type Person, PersonInput } from "../../core/model/index.js";
import type { Database, Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";
import type { Patch, WriteOptions, WriteOutcome } from "./outcome.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";
import { versionOf } from "./version.js";

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

/** Creates a person with its audit event; a taken id is a conflict. */
export async function createPerson(
  db: Database,
  person: Person,
  options: WriteOptions,
): Promise<WriteOutcome<Person>> {
  return db.transaction(async (tx) => {
    if (await getPerson(tx, person.id))
      return { ok: false, reason: "conflict", detail: `a person with id ${person.id} exists` };
    const [last] = await tx.select({ n: max(t.people.position) }).from(t.people);
    await tx.insert(t.people).values({
      id: person.id,
      name: person.name,
      email: person.email ?? null,
      position: (last?.n ?? -1) + 1,
    });
    await writeAudit(tx, {
      actor: options.actor,
      entity: "person",
      entityId: person.id,
      action: "create",
      before: null,
      after: person,
    });
    return { ok: true, value: person, version: versionOf(person) };
  });
}

/** Applies a partial change if `ifMatch` is the person's current version. */
export async function updatePerson(
  db: Database,
  id: string,
  patch: Patch<Omit<Person, "id">>,
  options: WriteOptions,
): Promise<WriteOutcome<Person>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(t.people).where(eq(t.people.id, id)).for("update");
    if (!row) return { ok: false, reason: "not-found" };
    const before = toPerson(row);
    if (options.ifMatch !== versionOf(before))
      return { ok: false, reason: "stale", version: versionOf(before) };
    const parsed = PersonInput.safeParse(compact({ ...before, ...patch }));
    if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
    const after = parsed.data;
    await tx
      .update(t.people)
      .set({ name: after.name, email: after.email ?? null, updatedAt: new Date() })
      .where(eq(t.people.id, id));
    await writeAudit(tx, {
      actor: options.actor,
      entity: "person",
      entityId: id,
      action: "update",
      before,
      after,
    });
    return { ok: true, value: after, version: versionOf(after) };
  });
}

/** Deletes a person if `ifMatch` is current; references to them are left for the linter. */
export async function deletePerson(
  db: Database,
  id: string,
  options: WriteOptions,
): Promise<WriteOutcome<Person>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(t.people).where(eq(t.people.id, id)).for("update");
    if (!row) return { ok: false, reason: "not-found" };
    const before = toPerson(row);
    if (options.ifMatch !== versionOf(before))
      return { ok: false, reason: "stale", version: versionOf(before) };
    await tx.delete(t.people).where(eq(t.people.id, id));
    await writeAudit(tx, {
      actor: options.actor,
      entity: "person",
      entityId: id,
      action: "delete",
      before,
      after: null,
    });
    return { ok: true, value: before, version: versionOf(before) };
  });
}
