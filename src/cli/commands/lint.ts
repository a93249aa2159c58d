import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { LINT_RULES } from "../../core/lint/index.js";
import type { RuleSetting } from "../../core/model/lint-config.js";
import { packagePath } from "../../package-root.js";
import { EXIT_FOUND_PROBLEMS, EXIT_OK } from "../exit-codes.js";
import { lintFiles } from "../lint/lint-files.js";
import { collectRuleOption } from "../lint/parse-rule-option.js";
import { renderLintText } from "../lint/render-lint-text.js";
import { toLintJson } from "../lint/to-lint-json.js";
import { toSarif } from "../lint/to-sarif.js";
import { formatOption, printJson, printLine } from "../output.js";

interface LintCommandOptions {
  format: string;
  rule?: Record<string, RuleSetting>;
}

const { version } = JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as {
  version: string;
};

function ruleList(): string {
  return LINT_RULES.map(
    (rule) => `  ${rule.id.padEnd(24)} ${rule.severity.padEnd(8)} ${rule.why}`,
  ).join("\n");
}

/** `okapi lint FILE…`: the goal linter (text, JSON or SARIF); exit 1 when an error remains. */
export function registerLintCommand(program: Command): void {
  program
    .command("lint")
    .description(
      "check goals for the classic OKR and KPI mistakes, with why and a rewrite for each",
    )
    .argument("<files...>", "okapi files (YAML or JSON)")
    .addOption(formatOption(["sarif"]))
    .option(
      "--rule <id=severity>",
      "set a rule's severity for this run: off, info, warning or error (repeatable)",
      collectRuleOption,
    )
    .addHelpText(
      "after",
      `\nRules (id, default severity, why):\n${ruleList()}\n\nPer file: lint: { rules: { <id>: off }, thresholds: { maxKeyResults: 4 } }`,
    )
    .action((files: string[], options: LintCommandOptions) => {
      const linted = lintFiles(files, options.rule ? { rules: options.rule } : {});
      const json = toLintJson(linted);
      if (options.format === "json") printJson(json);
      else if (options.format === "sarif") printJson(toSarif(linted, version));
      else
        printLine(renderLintText(linted, process.stdout.isTTY === true && !process.env.NO_COLOR));
      process.exitCode = json.summary.errors > 0 ? EXIT_FOUND_PROBLEMS : EXIT_OK;
    });
}
