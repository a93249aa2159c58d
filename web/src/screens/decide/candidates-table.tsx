import { type Column, Table } from "../../components/table";
import type { Candidate } from "./draft-types";

const score = (value: number) => value.toFixed(2);

const COLUMNS: Column<Candidate>[] = [
  {
    header: "Metric",
    cell: (c) => (
      <>
        <strong>{c.name}</strong>
        <div className="muted">{c.definition}</div>
        {c.workspaceKpi ? <div className="muted">Tracked as KPI {c.workspaceKpi}</div> : null}
      </>
    ),
  },
  { header: "Kind", cell: (c) => c.kind },
  { header: "Axis", cell: (c) => c.axis },
  {
    header: "Observability",
    numeric: true,
    cell: (c) => <span title={c.reasons.observability}>{score(c.scores.observability)}</span>,
  },
  {
    header: "Gameability (lower is better)",
    numeric: true,
    cell: (c) => <span title={c.reasons.gameability}>{score(c.scores.gameability)}</span>,
  },
  {
    header: "Decision relevance",
    numeric: true,
    cell: (c) => (
      <span title={c.reasons.decisionRelevance}>{score(c.scores.decisionRelevance)}</span>
    ),
  },
  {
    header: "Red team: exploit",
    cell: (c) => c.redTeam?.exploit ?? "—",
  },
  {
    header: "Guardrail",
    cell: (c) => c.redTeam?.guardrail ?? "—",
  },
];

/** The candidate metrics side by side: scores 0–1 (gameability: higher is worse) and the red team. */
export function CandidatesTable({ candidates }: { candidates: Candidate[] }) {
  return (
    <Table
      caption="Candidate metrics with their scores and red-team"
      columns={COLUMNS}
      rows={candidates}
      rowKey={(c) => c.metric}
    />
  );
}
