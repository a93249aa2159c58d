import { analyzeWorkspace } from "../../core/kpi/analyze-workspace.js";
import { listHealthProposals } from "../../core/kpi/health-proposals.js";
import { syncProposals } from "../../store/repositories/proposals.js";
import { type JobWork, requireDocument } from "../job-context.js";

export const AGENT_ACTOR = "system:agent";

/**
 * Daily: KPI health as of today; new proposals are filed once, never applied. A KPI that newly
 * earns a recovery OKR (red with a signal, or out of range two periods running) is announced on
 * Slack once — the proposal is filed once, so the alert is too.
 */
export const evaluateKpiHealth: JobWork = async ({ store, day, notifier }) => {
  const health = analyzeWorkspace(await requireDocument(store), { asOf: day });
  const synced = await syncProposals(store.db, listHealthProposals(health), { actor: AGENT_ACTOR });
  const fresh = synced.open.slice(synced.open.length - synced.added);
  const alerts = fresh.flatMap((p) =>
    p.kind === "recovery-okr"
      ? [`• ${(p.payload as { rationale?: string }).rationale ?? p.subject}`]
      : [],
  );
  let alerted = false;
  if (alerts.length > 0 && notifier.configured) {
    const posted = await notifier.post(
      `KPIs out of range — recovery OKRs proposed (accept or dismiss: okapi kpi proposals):\n${alerts.join("\n")}`,
    );
    if (!posted.ok) throw new Error(`proposals filed, but the Slack alert failed: ${posted.error}`);
    alerted = true;
  }
  const count = (status: string) => health.analyses.filter((a) => a.status === status).length;
  return {
    kpis: health.analyses.length,
    red: count("red"),
    amber: count("amber"),
    proposalsAdded: synced.added,
    proposalsOpen: synced.open.length,
    alerted,
  };
};
