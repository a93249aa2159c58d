import { accessSync, constants } from "node:fs";
import type { Command } from "commander";
import { BackupError } from "../../store/backup/backup-format.js";
import { restoreBackup } from "../../store/backup/restore-backup.js";
import { UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { withStore } from "../with-store.js";

/** Fails before the store is opened when the archive cannot be read. */
function requireReadable(file: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code}`);
  }
}

/** "1200 rows in 19 tables" */
export function describeCounts(tables: Record<string, number>): string {
  const rows = Object.values(tables).reduce((sum, n) => sum + n, 0);
  return `${rows} rows in ${Object.keys(tables).length} tables`;
}

/** `okapi restore FILE`: an archive from `okapi backup` into an empty store, all or nothing. */
export function registerRestoreCommand(program: Command): void {
  program
    .command("restore")
    .description("restore a backup written by `okapi backup` into an empty store")
    .argument("<file>", "archive written by `okapi backup`")
    .option("--force", "replace whatever the store holds (in the same transaction)")
    .addOption(formatOption())
    .action(async (file: string, options: { format: string; force?: boolean }) => {
      requireReadable(file);
      const started = performance.now();
      const tables = await withStore(async (store) => {
        try {
          return await restoreBackup(store.db, file, { force: options.force === true });
        } catch (error) {
          if (error instanceof BackupError) throw new UsageError(`${file}: ${error.message}`);
          throw error;
        }
      });
      const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
      if (options.format === "json") printJson({ file, tables, seconds });
      else printLine(`restored ${describeCounts(tables)} from ${file} in ${seconds} s`);
    });
}
