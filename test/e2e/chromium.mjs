// Which chromium the browser tests and the dashboard bench drive, and how it is launched.
import { existsSync } from "node:fs";

/** OKAPI_CHROMIUM when set (a path that does not exist means "none"), else Debian's chromium. */
export const CHROMIUM_PATH = process.env.OKAPI_CHROMIUM || "/usr/bin/chromium";

/** The path when the binary exists, else undefined. */
export const CHROMIUM = existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;

/** Headless, no sandbox (containers), nothing phoning home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
