import type { Objective, ObjectiveStatus } from "../../api/types";
import { ProgressBar } from "../../components/progress-bar";
import { RiskBadge } from "../../components/risk-badge";
import { Table } from "../../components/table";
import { formatPercent, formatValue } from "../../lib/format";

/** Key results with progress against expected, the projection to cycle end and why they are at risk. */
export function KeyResultsTable({
  status,
  definition,
}: {
  status: ObjectiveStatus;
  definition?: Objective | undefined;
}) {
  const units = new Map((definition?.keyResults ?? []).map((kr) => [kr.id, kr.unit]));
  return (
    <Table
      caption="Key results"
      rowKey={(kr) => kr.id}
      rows={status.keyResults}
      columns={[
        { header: "Key result", cell: (kr) => kr.title },
        {
          header: "Progress vs expected",
          cell: (kr) => (
            <ProgressBar
              value={kr.progress ?? 0}
              expected={kr.expected}
              tone={kr.risk}
              label={`Progress of ${kr.title}`}
            />
          ),
        },
        {
          header: "Now → target",
          numeric: true,
          cell: (kr) =>
            `${formatValue(kr.current?.value, units.get(kr.id))} → ${formatValue(kr.target ?? undefined, units.get(kr.id))}`,
        },
        {
          header: "Projection at end",
          numeric: true,
          cell: (kr) =>
            kr.projection
              ? `${formatValue(kr.projection.value, units.get(kr.id))} (${formatPercent(kr.projection.progress ?? undefined)})`
              : "—",
        },
        {
          header: "Confidence",
          numeric: true,
          cell: (kr) => (kr.confidence === null ? "—" : `${kr.confidence}/10`),
        },
        { header: "Risk", cell: (kr) => <RiskBadge status={kr} /> },
        {
          header: "Why",
          cell: (kr) => (kr.reasons.length ? kr.reasons.map((r) => r.message).join(" ") : "—"),
        },
      ]}
    />
  );
}
