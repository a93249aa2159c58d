import { CommanderError } from "commander";
import { EXIT_USAGE, InvalidFileError, UsageError } from "./exit-codes.js";
import { printJson } from "./output.js";
import { createProgram } from "./program.js";

function failUsage(message: string): never {
  process.stderr.write(`okapi: ${message}\n`);
  process.exit(EXIT_USAGE);
}

// Piping into `head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function wantsJson(argv: readonly string[]): boolean {
  return (
    argv.includes("--format=json") ||
    argv.some((arg, i) => arg === "--format" && argv[i + 1] === "json")
  );
}

try {
  await (await createProgram(process.argv)).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and --version "fail" with exit code 0; commander already printed the text.
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  if (error instanceof InvalidFileError && wantsJson(process.argv))
    printJson({ errors: error.errors });
  if (error instanceof UsageError) failUsage(error.message);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`okapi: unexpected failure: ${message}\n`);
  if (process.env.OKAPI_DEBUG) console.error(error);
  process.exit(EXIT_USAGE);
}
