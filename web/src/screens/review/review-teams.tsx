import type { Schemas } from "../../api/client";
import { Card } from "../../components/card";
import { type Column, Table } from "../../components/table";
import { formatDate } from "../../lib/format";

type WeeklyReview = Schemas["WeeklyReview"];
type Quadrant = WeeklyReview["quadrants"][number];

const QUADRANT_COLUMNS: Column<Quadrant>[] = [
  { header: "Team", cell: (q) => q.name },
  { header: "Quadrant", cell: (q) => <span data-quadrant={q.quadrant}>{q.label}</span> },
  {
    header: "KPIs healthy / unhealthy",
    numeric: true,
    cell: (q) => `${q.kpis.healthy} / ${q.kpis.unhealthy}`,
  },
  {
    header: "Objectives on track / at risk / off track",
    numeric: true,
    cell: (q) => `${q.objectives.onTrack} / ${q.objectives.atRisk} / ${q.objectives.offTrack}`,
  },
];

/** Key results whose owners have not checked in, grouped by owner so each knows what to do. */
export function ReviewStaleCheckins({ stale }: { stale: WeeklyReview["staleCheckins"] }) {
  return (
    <Card title="Stale check-ins by owner">
      {stale.length === 0 ? (
        <p className="muted">Everyone checked in this week.</p>
      ) : (
        <ul>
          {stale.map((owner) => (
            <li key={owner.owner}>
              <strong>{owner.name}</strong>
              <ul>
                {owner.keyResults.map((kr) => (
                  <li key={kr.id}>
                    {kr.title}{" "}
                    <span className="muted">
                      —{" "}
                      {kr.lastCheckin
                        ? `last check-in ${formatDate(kr.lastCheckin)}`
                        : "never checked in"}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** KPI health × OKR progress per team: sustainable, pointed nowhere, overheating or both bad. */
export function ReviewQuadrants({ quadrants }: { quadrants: Quadrant[] }) {
  return (
    <Card title="Operating quadrant per team">
      <Table
        caption="Operating quadrant per team"
        columns={QUADRANT_COLUMNS}
        rows={quadrants}
        rowKey={(q) => q.team}
      />
    </Card>
  );
}
