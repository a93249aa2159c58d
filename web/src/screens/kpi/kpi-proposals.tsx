import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { KpiHealth } from "../../api/types";
import { Badge } from "../../components/badge";
import { Card } from "../../components/card";
import { QueryView } from "../../components/states";
import { formatDate } from "../../lib/format";

/** What this KPI proposes now (computed) and the proposals it filed before (stored). */
export function KpiProposals({ health }: { health: KpiHealth }) {
  const stored = useQuery({
    queryKey: ["proposals"],
    queryFn: () => unwrap(api.GET("/api/v1/proposals", { params: { query: { limit: 500 } } })),
  });
  return (
    <Card title="Proposals">
      {health.proposals.length > 0 ? (
        <ul>
          {health.proposals.map((p) => (
            <li key={p.kind}>
              <strong>{p.kind === "recovery-okr" ? "Recovery OKR" : "Retire this KPI"}:</strong>{" "}
              {p.rationale}
              {p.objective ? <div className="muted">Objective: {p.objective}</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing proposed today.</p>
      )}
      <QueryView query={stored}>
        {(d) => {
          const mine = d.items.filter((p) => p.subject === health.kpi);
          return mine.length === 0 ? null : (
            <>
              <h3>Filed before</h3>
              <ul>
                {mine.map((p) => (
                  <li key={p.id}>
                    {p.kind} · {formatDate(p.createdAt)}{" "}
                    <Badge tone={p.status === "open" ? "amber" : "neutral"}>{p.status}</Badge>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
