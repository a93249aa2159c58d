import { Link } from "wouter";
import type { Schemas } from "../../api/client";
import { Badge } from "../../components/badge";
import { Card } from "../../components/card";
import { ReasonText } from "../../components/reason-text";
import { type Column, Table } from "../../components/table";
import { formatPercent } from "../../lib/format";

type WeeklyReview = Schemas["WeeklyReview"];
type ReviewObjective = WeeklyReview["objectives"][number];

const pct = (v: number | null) => formatPercent(v ?? undefined);
const conf = (v: number | null) => (v === null ? "—" : `${v}/10`);

const COLUMNS: Column<ReviewObjective>[] = [
  { header: "Objective", cell: (o) => <Link href={`/objectives/${o.id}`}>{o.title}</Link> },
  { header: "Team", cell: (o) => o.team ?? "Company" },
  {
    header: "Progress last week → now",
    numeric: true,
    cell: (o) => `${pct(o.progressLastWeek)} → ${pct(o.progress)}`,
  },
  { header: "Expected", numeric: true, cell: (o) => formatPercent(o.expected) },
  {
    header: "Confidence last week → now",
    numeric: true,
    cell: (o) => `${conf(o.confidenceLastWeek)} → ${conf(o.confidence)}`,
  },
  { header: "Risk", cell: (o) => <Badge tone={o.risk} /> },
];

/** Tripwires that fired with no decision yet: the first thing the meeting settles. */
export function ReviewDecisions({ decisions }: { decisions: WeeklyReview["decisions"] }) {
  return (
    <Card title="Decisions required">
      {decisions.length === 0 ? (
        <p className="muted">No tripwire is waiting for a decision.</p>
      ) : (
        <ul>
          {decisions.map((d) => (
            <li key={d.objective}>
              <Link href={`/objectives/${d.objective}`}>{d.title}</Link>
              {d.owner ? <span className="muted"> ({d.owner})</span> : null}:{" "}
              {d.tripwires.join("; ")}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Objectives at risk or off track, each with the reasons in words. */
export function ReviewAtRisk({ atRisk }: { atRisk: WeeklyReview["atRisk"] }) {
  return (
    <Card title="At-risk goals">
      {atRisk.length === 0 ? (
        <p className="muted">Every objective is on track.</p>
      ) : (
        <ul className="review-at-risk">
          {atRisk.map((o) => (
            <li key={o.id}>
              <Badge tone={o.risk} /> <Link href={`/objectives/${o.id}`}>{o.title}</Link>
              {o.owner ? <span className="muted"> ({o.owner})</span> : null}
              <ul>
                {o.reasons.map((r) => (
                  <li key={`${r.code}:${r.keyResult ?? ""}`}>
                    <ReasonText reason={r} />
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

/** This week against last week for every live objective. */
export function ReviewOkrChanges({ objectives }: { objectives: ReviewObjective[] }) {
  return (
    <Card title="OKR changes">
      {objectives.length === 0 ? (
        <p className="muted">No live objectives.</p>
      ) : (
        <Table
          caption="Objectives this week against last week"
          columns={COLUMNS}
          rows={objectives}
          rowKey={(o) => o.id}
        />
      )}
    </Card>
  );
}
