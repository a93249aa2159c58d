import type { Command } from "commander";
import { registerApplyCommand } from "./apply.js";
import { registerExportCommand } from "./export.js";
import { registerImportCommand } from "./import-measurements.js";
import { registerValidateCommand } from "./validate.js";

/** Each command lives in its own file; this is the one list of them. */
export function registerCommands(program: Command): void {
  registerValidateCommand(program);
  registerApplyCommand(program);
  registerExportCommand(program);
  registerImportCommand(program);
}
