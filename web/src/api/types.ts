import type { Schemas } from "./client";

// Names for the API shapes the screens pass around (all generated from the OpenAPI).
export type OkrStatus = Schemas["OkrStatus"];
export type ObjectiveStatus = OkrStatus["objectives"][number];
export type KeyResultStatus = ObjectiveStatus["keyResults"][number];
export type KpiHealth = Schemas["KpiHealth"];
export type Objective = Schemas["Objective"];
export type Risk = ObjectiveStatus["risk"];
