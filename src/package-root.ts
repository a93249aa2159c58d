import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  // Walked up rather than fixed: the same code runs from src/ (tests), dist/ (tsc) and
  // dist/bundle/ (the bundled CLI), each at a different depth.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("okapi: cannot find its package.json above its code");
    dir = parent;
  }
  return dir;
}

/** The installed package's folder: package.json, drizzle/ migrations, web/dist. */
const PACKAGE_ROOT = findPackageRoot();

/** A path inside the installed package. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
