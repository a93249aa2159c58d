import type { WorkspaceKpiHealth } from "./analyze-workspace.js";

/** A proposal ready to file: its kind, the KPI or key result it is about, and the full proposal. */
export interface FoundProposal {
  kind: string;
  subject: string;
  payload: unknown;
}

/** Every proposal a workspace analysis makes: recovery OKRs, retirements and promotions. */
export function listHealthProposals(health: WorkspaceKpiHealth): FoundProposal[] {
  return [
    ...health.analyses.flatMap((a) =>
      a.proposals.map((p) => ({ kind: p.kind, subject: p.kpi, payload: p })),
    ),
    ...health.promotions.map((p) => ({ kind: p.kind, subject: p.keyResult, payload: p })),
  ];
}
