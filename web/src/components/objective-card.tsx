import { Link } from "wouter";
import type { Objective, ObjectiveStatus } from "../api/types";
import { confidenceTrend } from "../lib/confidence";
import { ObjectiveProgress } from "./objective-progress";
import { ReasonText } from "./reason-text";
import { Sparkline } from "./sparkline";

interface ObjectiveCardProps {
  status: ObjectiveStatus;
  /** The stored objective, for its check-ins' confidence trend. */
  definition?: Objective | undefined;
}

/** An objective as the GPS: progress against expected, confidence trend and risk. */
export function ObjectiveCard({ status, definition }: ObjectiveCardProps) {
  const trend = definition ? confidenceTrend(definition) : [];
  const first = trend[0];
  const last = trend.at(-1);
  return (
    <article className="card" data-testid={`objective-${status.id}`}>
      <h3>
        <Link href={`/objectives/${status.id}`}>{status.title}</Link>
      </h3>
      <ObjectiveProgress status={status} />
      {first !== undefined && last !== undefined && trend.length >= 2 ? (
        <div className="row confidence">
          <span className="muted">
            Confidence {first.toFixed(1)} → {last.toFixed(1)}
          </span>
          <span style={{ width: "6rem" }}>
            <Sparkline values={trend} label={`Confidence trend of ${status.title}`} />
          </span>
        </div>
      ) : null}
      {status.reasons[0] ? (
        <p className="muted" data-testid="lead-reason">
          <ReasonText reason={status.reasons[0]} />
        </p>
      ) : null}
    </article>
  );
}
