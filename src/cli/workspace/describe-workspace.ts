import type { OkapiDocument } from "../../core/model/index.js";

export interface WorkspaceSummary {
  organization: string;
  people: number;
  teams: number;
  kpis: number;
  measurements: number;
  objectives: number;
  keyResults: number;
  checkins: number;
}

/** Counts of what a workspace holds, for `init` and `start`. */
export function summarizeWorkspace(document: OkapiDocument): WorkspaceSummary {
  const kpis = document.kpis ?? [];
  const objectives = document.objectives ?? [];
  const keyResults = objectives.flatMap((o) => o.keyResults ?? []);
  return {
    organization: document.organization,
    people: document.people?.length ?? 0,
    teams: document.teams?.length ?? 0,
    kpis: kpis.length,
    measurements: kpis.reduce((sum, k) => sum + (k.measurements?.length ?? 0), 0),
    objectives: objectives.length,
    keyResults: keyResults.length,
    checkins: keyResults.reduce((sum, kr) => sum + (kr.checkins?.length ?? 0), 0),
  };
}

export function formatSummary(summary: WorkspaceSummary): string {
  return `${summary.organization}: ${summary.teams} teams, ${summary.people} people, ${summary.kpis} KPIs (${summary.measurements} measurements), ${summary.objectives} objectives with ${summary.keyResults} key results (${summary.checkins} check-ins)`;
}
