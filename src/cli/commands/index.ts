import type { Command } from "commander";

type Register = (program: Command) => void;

/**
 * Each command lives in its own file; this is the one list of them. Commands load
 * lazily: `okapi status` should not pay for PGlite, the server or the linter.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  init: async () => (await import("./init.js")).registerInitCommand,
  serve: async () => (await import("./serve.js")).registerServeCommand,
  validate: async () => (await import("./validate.js")).registerValidateCommand,
  lint: async () => (await import("./lint.js")).registerLintCommand,
  apply: async () => (await import("./apply.js")).registerApplyCommand,
  export: async () => (await import("./export.js")).registerExportCommand,
  backup: async () => (await import("./backup.js")).registerBackupCommand,
  restore: async () => (await import("./restore.js")).registerRestoreCommand,
  import: async () => (await import("./import-measurements.js")).registerImportCommand,
  checkin: async () => (await import("./checkin.js")).registerCheckinCommand,
  status: async () => (await import("./status.js")).registerStatusCommand,
  grade: async () => (await import("./grade.js")).registerGradeCommand,
  decide: async () => (await import("./decide.js")).registerDecideCommand,
  "carry-forward": async () => (await import("./carry-forward.js")).registerCarryForwardCommand,
  kpi: async () => (await import("./kpi.js")).registerKpiCommand,
  draft: async () => (await import("./draft.js")).registerDraftCommand,
  review: async () => (await import("./review.js")).registerReviewCommand,
  source: async () => (await import("./source.js")).registerSourceCommand,
};

/** Registers the command named in `argv` only, or every command when help is wanted. */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  const named = argv[2];
  if (named === "--version" || named === "-V") return;
  const wanted = named !== undefined && COMMANDS[named] ? [named] : Object.keys(COMMANDS);
  for (const name of wanted) {
    const load = COMMANDS[name];
    if (load) (await load())(program);
  }
}
