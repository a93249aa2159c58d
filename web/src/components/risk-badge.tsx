import type { KeyResultStatus, ObjectiveStatus } from "../api/types";
import { Badge } from "./badge";

const CLOSED = { achieved: "Achieved", missed: "Missed", stopped: "Stopped" } as const;

/**
 * Risk of an objective or key result; a closed one shows how it ended instead, and one waiting
 * for its first check-in says so (amber: silence is never green, but it is not late either).
 */
export function RiskBadge({ status }: { status: ObjectiveStatus | KeyResultStatus }) {
  const health = status.health;
  if (health === "achieved" || health === "missed" || health === "stopped")
    return <Badge tone={health === "achieved" ? "on-track" : "off-track"}>{CLOSED[health]}</Badge>;
  if (health === "pending")
    return (
      <Badge tone="amber">
        <span title="No check-in yet; the first is not due yet">Pending</span>
      </Badge>
    );
  return (
    <>
      <Badge tone={status.risk} />
      {health === "stale" ? <Badge tone="amber">Stale</Badge> : null}
    </>
  );
}
