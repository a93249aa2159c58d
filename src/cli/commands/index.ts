import type { Command } from "commander";
import { registerValidateCommand } from "./validate.js";

/** Each command lives in its own file; this is the one list of them. */
export function registerCommands(program: Command): void {
  registerValidateCommand(program);
}
