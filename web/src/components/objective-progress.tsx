import type { ObjectiveStatus } from "../api/types";
import { ProgressBar } from "./progress-bar";
import { RiskBadge } from "./risk-badge";

/** Where an objective stands: risk, team and cycle, progress against expected. */
export function ObjectiveProgress({ status }: { status: ObjectiveStatus }) {
  return (
    <>
      <div className="row">
        <RiskBadge status={status} />
        <span className="muted">
          {status.team ?? "Company"} · {status.cycle.id}
        </span>
      </div>
      <ProgressBar
        value={status.progress ?? 0}
        expected={status.expected}
        tone={status.risk}
        label={`Progress of ${status.title}`}
      />
    </>
  );
}
