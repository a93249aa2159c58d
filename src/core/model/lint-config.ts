import { z } from "zod";

export const RuleSetting = z.enum(["off", "info", "warning", "error"]);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Per-file linter settings: severities by rule id and named thresholds (e.g. maxObjectivesPerTeam). */
export const LintConfigInput = z.strictObject({
  rules: z.record(z.string(), RuleSetting).optional(),
  thresholds: z.record(z.string(), z.number()).optional(),
});
export type LintConfig = z.infer<typeof LintConfigInput>;
