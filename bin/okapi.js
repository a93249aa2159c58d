#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/bundle/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    "okapi: not built yet. Run `npm install` (or `npm run build`) in the repository first.\n",
  );
  process.exit(2);
}
await import(entry.href);
