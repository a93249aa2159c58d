import { checkRuleId } from "../../core/lint/index.js";
import {
  type RuleSetting,
  RuleSetting as RuleSettingSchema,
} from "../../core/model/lint-config.js";
import { UsageError } from "../exit-codes.js";

/** Collects repeated `--rule id=severity` options into one map, failing on unknown ids. */
export function collectRuleOption(
  text: string,
  previous: Record<string, RuleSetting> = {},
): Record<string, RuleSetting> {
  const [id = "", setting = "", ...rest] = text.split("=");
  if (id.trim() === "" || rest.length > 0 || setting === "")
    throw new UsageError(
      `--rule expects id=off|info|warning|error (e.g. --rule kr-is-kpi=off), got "${text}"`,
    );
  const problem = checkRuleId(id.trim());
  if (problem) throw new UsageError(`--rule ${text}: ${problem}`);
  const parsed = RuleSettingSchema.safeParse(setting.trim());
  if (!parsed.success)
    throw new UsageError(
      `--rule ${text}: severity must be off, info, warning or error, got "${setting}"`,
    );
  return { ...previous, [id.trim()]: parsed.data };
}
