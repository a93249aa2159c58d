import type { Command } from "commander";
import { writeBackup } from "../../store/backup/write-backup.js";
import { formatOption, printJson, printLine } from "../output.js";
import { withStore } from "../with-store.js";
import { describeCounts } from "./restore.js";

/** `okapi backup FILE`: every table of the store, as a compressed archive `okapi restore` reads. */
export function registerBackupCommand(program: Command): void {
  program
    .command("backup")
    .description("write the whole store (every table, measurements and accounts included) to FILE")
    .argument("<file>", "archive to write (gzip-compressed JSON Lines, e.g. okapi.backup.gz)")
    .addOption(formatOption())
    .action(async (file: string, options: { format: string }) => {
      const started = performance.now();
      const tables = await withStore((store) => writeBackup(store.db, store.driver, file));
      const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
      if (options.format === "json") printJson({ file, tables, seconds });
      else printLine(`backed up ${describeCounts(tables)} to ${file} in ${seconds} s`);
    });
}
