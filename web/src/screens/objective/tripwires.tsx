import type { ObjectiveStatus } from "../../api/types";
import { Badge } from "../../components/badge";
import { Card } from "../../components/card";
import { formatDate } from "../../lib/format";
import { RecordDecision } from "./record-decision";

const STATE = { fired: "red", armed: "neutral", unknown: "unknown" } as const;

/** Kill criteria with their state, the decisions taken, and the form when one is due. */
export function Tripwires({ status }: { status: ObjectiveStatus }) {
  return (
    <Card title="Kill criteria and decisions">
      {status.tripwires.length === 0 ? (
        <p className="muted">No kill criteria: nothing forces a stop-or-continue decision.</p>
      ) : (
        <ul className="decision-list">
          {status.tripwires.map((t) => (
            <li key={`${t.kind}-${t.metric ?? ""}-${t.by ?? ""}`}>
              <Badge tone={STATE[t.state]}>{t.state}</Badge> {t.message}
              {t.decision ? (
                <div className="muted">
                  Decided {t.decision.outcome} by {t.decision.by} on {formatDate(t.decision.at)}:{" "}
                  {t.decision.reason}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {status.decisionRequired ? (
        <>
          <h3>A tripwire fired: decide now</h3>
          <RecordDecision objective={status.id} />
        </>
      ) : null}
    </Card>
  );
}
