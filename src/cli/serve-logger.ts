import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export interface ServeLoggerOptions {
  level: string;
  /** Whether stdout is a terminal a person reads. */
  terminal: boolean;
}

/**
 * Logs for `okapi serve`: JSON lines for log collectors when stdout is a pipe or a file, human
 * lines (time, level, message, then the fields) when a person watches a terminal.
 */
export function createServeLogger(options: ServeLoggerOptions): Logger {
  if (!options.terminal) return pino({ level: options.level });
  return pino(
    { level: options.level },
    pretty({
      colorize: true,
      translateTime: "HH:MM:ss",
      ignore: "pid,hostname",
      singleLine: true,
      sync: true,
    }),
  );
}

/** The lines a person starting the server looks for, set apart from the log on a terminal. */
export function describeServerStart(server: { url: string; setupUrl?: string }): string {
  const lines = [
    "",
    "  Okapi is running",
    `    Dashboard   ${server.url}`,
    `    API docs    ${server.url}/api/docs`,
  ];
  if (server.setupUrl)
    lines.push(
      `    First admin ${server.setupUrl}`,
      "                (one-time link: open it in a browser to create the first admin account)",
    );
  lines.push("    Stop        Ctrl+C", "");
  return `${lines.join("\n")}\n`;
}
