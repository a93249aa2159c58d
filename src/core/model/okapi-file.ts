import { z } from "zod";
import { CycleInput } from "./cycle.js";
import { KpiInput } from "./kpi.js";
import { LintConfigInput } from "./lint-config.js";
import { ObjectiveInput } from "./objective.js";
import { PersonInput } from "./person.js";
import { TeamInput } from "./team.js";

/** The okapi file, version 1: goals as code. The shape is a public contract (docs/okapi-file.md). */
export const OkapiFileInput = z.strictObject({
  version: z.literal(1, { message: "version must be 1 (the only okapi file version so far)" }),
  organization: z.string().min(1, { message: "name the organization, e.g. organization: Acme" }),
  people: z.array(PersonInput).optional(),
  teams: z.array(TeamInput).optional(),
  cycles: z.array(CycleInput).optional(),
  kpis: z.array(KpiInput).optional(),
  objectives: z.array(ObjectiveInput).optional(),
  lint: LintConfigInput.optional(),
});
export type OkapiDocument = z.infer<typeof OkapiFileInput>;
