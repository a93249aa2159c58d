import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { api, unwrap } from "../api/client";
import { objectiveQuery, okrStatusQuery } from "../api/queries";
import { Badge } from "../components/badge";
import { Card } from "../components/card";
import { ObjectiveProgress } from "../components/objective-progress";
import { Page } from "../components/page";
import { PendingPage, QueryView } from "../components/states";
import { CheckinHistoryChart } from "./objective/checkin-history-chart";
import { KeyResultsTable } from "./objective/key-results-table";
import { Tripwires } from "./objective/tripwires";

const SEVERITY = { error: "red", warning: "amber", info: "neutral" } as const;

/** One objective: key results against expected, history, tripwires and what the linter says. */
export default function ObjectiveDetail() {
  const { id = "" } = useParams<{ id: string }>();
  const okr = useQuery(okrStatusQuery());
  const definition = useQuery(objectiveQuery(id));
  const findings = useQuery({
    queryKey: ["findings", id],
    queryFn: () =>
      unwrap(api.GET("/api/v1/objectives/{id}/findings", { params: { path: { id } } })),
  });
  if (!okr.data || !definition.data)
    return (
      <PendingPage title="Objective" queries={[definition, okr]} what="Loading the objective" />
    );
  const status = okr.data.objectives.find((o) => o.id === id);
  const d = definition.data;
  if (!status)
    return (
      <Page title={d.title}>
        <p>
          This objective is a draft or closed, so it is not tracked. Status: {d.status ?? "draft"}.
        </p>
      </Page>
    );
  return (
    <Page
      title={status.title}
      lead={`${d.type ?? "aspirational"} objective · owner ${[d.owner].flat().join(", ") || "none"}`}
    >
      <div>
        <ObjectiveProgress status={status} />
        {status.parent ? (
          <p className="muted">
            Aligned to <Link href={`/objectives/${status.parent}`}>{status.parent}</Link>
          </p>
        ) : null}
      </div>
      <Card title="Key results">
        <KeyResultsTable status={status} definition={d} />
      </Card>
      <Card title="Check-in history">
        <CheckinHistoryChart status={status} definition={d} />
      </Card>
      <div className="split">
        <Tripwires status={status} />
        <Card title="Linter findings">
          <QueryView
            query={findings}
            empty="The linter has nothing to say about this objective."
            isEmpty={(f) => f.items.length === 0}
          >
            {(f) => (
              <ul className="decision-list">
                {f.items.map((item) => (
                  <li key={`${item.rule}-${item.path}`}>
                    <Badge tone={SEVERITY[item.severity]}>{item.rule}</Badge>{" "}
                    {item.path ? <code>{item.path}</code> : null} {item.message}
                    <div className="muted">Fix: {item.fix}</div>
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </Card>
      </div>
    </Page>
  );
}
