import type { Command } from "commander";
import { registerApplyCommand } from "./apply.js";
import { registerCheckinCommand } from "./checkin.js";
import { registerExportCommand } from "./export.js";
import { registerImportCommand } from "./import-measurements.js";
import { registerInitCommand } from "./init.js";
import { registerKpiCommand } from "./kpi.js";
import { registerStartCommand } from "./start.js";
import { registerValidateCommand } from "./validate.js";

/** Each command lives in its own file; this is the one list of them. */
export function registerCommands(program: Command): void {
  registerInitCommand(program);
  registerStartCommand(program);
  registerValidateCommand(program);
  registerApplyCommand(program);
  registerExportCommand(program);
  registerImportCommand(program);
  registerCheckinCommand(program);
  registerKpiCommand(program);
}
