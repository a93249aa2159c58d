import type { RuleSetting } from "../model/lint-config.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { didYouMean } from "../okapi-file/did-you-mean.js";
import {
  LINT_THRESHOLDS,
  type LintThresholdName,
  type LintThresholds,
} from "../thresholds/lint.js";
import { LINT_RULES, lintRule } from "./lint-rules.js";
import type { LintOptions, RuleHit } from "./lint-types.js";

/** Effective rule severities and thresholds, plus what was wrong with the settings. */
export interface LintSettings {
  severities: Map<string, RuleSetting>;
  thresholds: LintThresholds;
  problems: RuleHit[];
}

const RULE_IDS = LINT_RULES.map((rule) => rule.id);
const THRESHOLD_NAMES = Object.keys(LINT_THRESHOLDS);

function hint(name: string, known: readonly string[]): string {
  const guess = didYouMean(name, known);
  return guess ? `did you mean ${guess}?` : `known: ${known.join(", ")}`;
}

/** Explains an unknown rule id, or undefined when it is known. */
export function checkRuleId(id: string): string | undefined {
  return lintRule(id) ? undefined : `unknown lint rule "${id}" (${hint(id, RULE_IDS)})`;
}

/** Explains an unknown threshold name or a bad value, or undefined when fine. */
function checkThreshold(name: string, value: number): string | undefined {
  if (!Object.hasOwn(LINT_THRESHOLDS, name))
    return `unknown lint threshold "${name}" (${hint(name, THRESHOLD_NAMES)})`;
  if (!Number.isFinite(value) || value < 0)
    return `lint threshold ${name} must be a number ≥ 0, got ${value}`;
  return undefined;
}

/** Defaults, then the file's `lint:` block, then the run's options (the run wins). */
export function resolveSettings(document: OkapiDocument, options: LintOptions = {}): LintSettings {
  const severities = new Map<string, RuleSetting>(
    LINT_RULES.map((rule) => [rule.id, rule.severity]),
  );
  const thresholds: LintThresholds = { ...LINT_THRESHOLDS };
  const problems: RuleHit[] = [];
  const layers = [
    { where: "lint", config: document.lint ?? {} },
    { where: "options", config: options },
  ];
  for (const { where, config } of layers) {
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      const problem = checkRuleId(id);
      if (problem)
        problems.push({
          path: `${where}.rules.${id}`,
          message: problem,
          fix: `use one of the rule ids listed by \`okapi lint --help\``,
        });
      else severities.set(id, setting);
    }
    for (const [name, value] of Object.entries(config.thresholds ?? {})) {
      const problem = checkThreshold(name, value);
      if (problem)
        problems.push({
          path: `${where}.thresholds.${name}`,
          message: problem,
          fix: `thresholds: ${THRESHOLD_NAMES.join(", ")}`,
        });
      else thresholds[name as LintThresholdName] = value;
    }
  }
  return { severities, thresholds, problems };
}
