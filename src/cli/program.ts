import { createRequire } from "node:module";
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";

const packageJson = createRequire(import.meta.url)("../../package.json") as { version: string };

/** The `okapi` command tree for these arguments; `main.ts` runs it, tests can too. */
export async function createProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command("okapi")
    .description("KPIs and OKRs in one system: the speedometer and the GPS of a company.")
    .version(packageJson.version)
    .showHelpAfterError("(run `okapi --help` for usage)")
    .exitOverride();
  await registerCommands(program, argv);
  for (const command of program.commands) command.exitOverride();
  return program;
}
