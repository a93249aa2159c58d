import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoWorkspace } from "../../src/demo/index.js";
import { BackupError } from "../../src/store/backup/backup-format.js";
import { restoreBackup } from "../../src/store/backup/restore-backup.js";
import { writeBackup } from "../../src/store/backup/write-backup.js";
import * as t from "../../src/store/schema.js";
import { storeDrivers, type TestStore } from "../../src/store/test-support/test-stores.js";
import { snapshotTables } from "./table-snapshot.js";

const AS_OF = "2026-08-12";

/** The demo company plus what the okapi file does not carry: accounts, a webhook, odd text. */
async function fillStore(store: TestStore["store"]): Promise<void> {
  await store.applyDocument(generateDemoWorkspace({ asOf: AS_OF }), { actor: "test" });
  await store.db.insert(t.users).values({
    id: "u1",
    email: "ops@example.com",
    name: "Ops “quoted”, with\nnewline",
    role: "admin",
    passwordHash: "scrypt$abc",
  });
  await store.db.insert(t.webhooks).values({
    id: "w1",
    url: "https://hooks.example.com/x",
    secret: "s3cret",
    events: ["checkin.created", "kpi.changed"],
  });
  await store.importMeasurements([
    { metricId: "unlinked-metric", at: "2026-08-01T00:00:00Z", value: -0.5, note: 'émoji 🦒 "q"' },
    { metricId: "unlinked-metric", at: "2026-08-02T00:00:00Z", value: 1e300, source: "api" },
  ]);
}

describe.each(storeDrivers)("okapi backup and restore on $name", ({ open }) => {
  const dir = mkdtempSync(join(tmpdir(), "okapi-backup-"));
  const archive = join(dir, "store.backup.gz");
  let source: TestStore;
  let target: TestStore;

  beforeAll(async () => {
    [source, target] = await Promise.all([open(), open()]);
    await fillStore(source.store);
  });
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores every row of every table into an empty store", async () => {
    const written = await writeBackup(source.store.db, source.store.driver, archive);
    expect(written.measurements).toBeGreaterThan(800);
    const restored = await restoreBackup(target.store.db, archive);
    expect(restored).toEqual(written);
    expect(await snapshotTables(target.store.db)).toEqual(await snapshotTables(source.store.db));
  });

  it("moves id sequences past the restored rows, so new rows get fresh ids", async () => {
    await target.store.importMeasurements([
      { metricId: "x", at: "2026-09-01T00:00:00Z", value: 1 },
    ]);
    const rows = await target.store.db.select({ id: t.measurements.id }).from(t.measurements);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("refuses a store that holds data, and --force replaces it in one transaction", async () => {
    await expect(restoreBackup(target.store.db, archive)).rejects.toThrow(/already holds data/);
    await restoreBackup(target.store.db, archive, { force: true });
    expect(await snapshotTables(target.store.db)).toEqual(await snapshotTables(source.store.db));
  });

  it("refuses a backup cut short and leaves the store as it was", async () => {
    const lines = gunzipSync(readFileSync(archive)).toString("utf8").split("\n");
    const cut = join(dir, "cut.backup.gz");
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    const before = await snapshotTables(target.store.db);
    await expect(restoreBackup(target.store.db, cut, { force: true })).rejects.toThrow(
      /incomplete/,
    );
    expect(await snapshotTables(target.store.db)).toEqual(before);
  });

  it("refuses a file that is not a backup, and one from a newer schema", async () => {
    const plain = join(dir, "plain.txt");
    writeFileSync(plain, "version: 1\n");
    await expect(restoreBackup(target.store.db, plain, { force: true })).rejects.toThrow(
      BackupError,
    );
    const lines = gunzipSync(readFileSync(archive)).toString("utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "{}");
    header.tables[0].columns.push("column_from_the_future");
    const newer = join(dir, "newer.backup.gz");
    writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join("\n")));
    await expect(restoreBackup(target.store.db, newer, { force: true })).rejects.toThrow(
      /newer Okapi.*column_from_the_future/,
    );
  });

  it("reproduces the okapi file, measurements included, through export and apply", async () => {
    const exported = await source.store.exportDocument();
    const copy = await open();
    try {
      await copy.store.applyDocument(exported as never, { actor: "test" });
      const again = await copy.store.exportDocument();
      expect(again).toEqual(exported);
      const kpiMeasurements = (again?.kpis ?? []).flatMap((k) => k.measurements ?? []);
      expect(kpiMeasurements.length).toBeGreaterThan(800);
    } finally {
      await copy.dispose();
    }
  });
});

/** Moving from the embedded store to a PostgreSQL server is a backup and a restore. */
describe.runIf(storeDrivers.length > 1)("a PGlite backup restored into PostgreSQL", () => {
  it("carries every row across drivers", async () => {
    const [embedded, server] = storeDrivers as [(typeof storeDrivers)[0], (typeof storeDrivers)[0]];
    const dir = mkdtempSync(join(tmpdir(), "okapi-backup-move-"));
    const [from, to] = await Promise.all([embedded.open(), server.open()]);
    try {
      await fillStore(from.store);
      const archive = join(dir, "move.backup.gz");
      await writeBackup(from.store.db, from.store.driver, archive);
      await restoreBackup(to.store.db, archive);
      expect(await snapshotTables(to.store.db)).toEqual(await snapshotTables(from.store.db));
    } finally {
      await Promise.all([from.dispose(), to.dispose()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
