import { Option } from "commander";
import { UsageError } from "./exit-codes.js";

/** The `--format` option every command takes; pass extra formats a command supports. */
export function formatOption(extra: readonly string[] = []): Option {
  return new Option("--format <format>", "output format")
    .choices(["text", "json", ...extra])
    .default("text");
}

/** Machine output: JSON on stdout and nothing else. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ""): void {
  process.stdout.write(`${text}\n`);
}

/** Parses a number argument or fails with a usage error naming the option. */
export function parseNumberOption(name: string) {
  return (text: string): number => {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) {
      throw new UsageError(`${name} must be a number, got "${text}"`);
    }
    return value;
  };
}
