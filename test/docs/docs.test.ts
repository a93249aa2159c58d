import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../src/core/lint/lint-rules.js";
import { OkapiFileInput } from "../../src/core/model/okapi-file.js";

const ROOT = resolve(new URL("../../", import.meta.url).pathname);
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const pages = readdirSync(join(ROOT, "docs")).filter((name) => name.endsWith(".md"));

/** Relative links of a Markdown file, resolved against its folder. */
function linksOf(path: string): string[] {
  const text = read(path);
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((link) => !/^(https?:|mailto:|#)/.test(link))
    .map((link) => resolve(dirname(join(ROOT, path)), link.split("#")[0] as string));
}

describe("the repository's own documentation", () => {
  it("links only to files inside the repository that exist, from README, ARCHITECTURE and docs/", () => {
    const outside: string[] = [];
    for (const path of ["README.md", "ARCHITECTURE.md", ...pages.map((p) => `docs/${p}`)])
      for (const target of linksOf(path))
        if (relative(ROOT, target).startsWith("..") || !existsSync(target))
          outside.push(`${path} → ${relative(ROOT, target)}`);
    expect(outside).toEqual([]);
    expect(read("README.md")).not.toMatch(/\.\.\/shared\//);
  });

  it("documents every lint rule id, each under its own heading", () => {
    const catalogue = read("docs/lint-rules.md");
    const missing = LINT_RULES.filter((rule) => !catalogue.includes(`#### \`${rule.id}\``));
    expect(missing.map((rule) => rule.id)).toEqual([]);
    expect(LINT_RULES.length).toBeGreaterThanOrEqual(28);
  });

  it("documents every top-level key of the okapi file", () => {
    const format = read("docs/okapi-file.md");
    const keys = Object.keys(OkapiFileInput.shape);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(keys.filter((key) => !format.includes(`\`${key}\``))).toEqual([]);
  });

  it("documents the JSON of every command the CLI registers", () => {
    const contract = `${read("docs/cli-json.md")}\n${read("docs/cli-json-kpi-and-reviews.md")}`;
    const commands = [
      ...read("src/cli/commands/index.ts").matchAll(/^ {2}"?([a-z-]+)"?: async/gm),
    ].map((m) => m[1] as string);
    expect(commands.length).toBeGreaterThanOrEqual(15);
    expect(commands.filter((name) => !contract.includes(`okapi ${name}`))).toEqual([]);
  });
});
