import { Link } from "wouter";
import type { Schemas } from "../../api/client";
import type { KpiHealth } from "../../api/types";
import { Card } from "../../components/card";
import { Table } from "../../components/table";

type Kpi = Schemas["Kpi"];

const VERDICT: Record<KpiHealth["leads"][number]["verdict"], string> = {
  confirmed: "Confirmed",
  contradicted: "Contradicted by the data",
  unsupported: "Not supported by the data",
  "insufficient-data": "Not enough data yet",
};

/** Leading indicators (declared lead vs measured lead) and guardrails of one KPI. */
export function KpiLinks({ kpi, health }: { kpi: Kpi; health: KpiHealth }) {
  const declared = kpi.leading ?? [];
  return (
    <div className="split">
      <Card title="Leading indicators">
        {declared.length === 0 ? (
          <p className="muted">None declared.</p>
        ) : (
          <Table
            caption="Leading indicators with their measured lead"
            rowKey={(l) => l.kpi}
            rows={declared}
            columns={[
              { header: "KPI", cell: (l) => <Link href={`/kpis/${l.kpi}`}>{l.kpi}</Link> },
              {
                header: "Declared lead",
                numeric: true,
                cell: (l) => (l.leadWeeks === undefined ? "—" : `${l.leadWeeks} wk`),
              },
              {
                header: "Measured lead",
                numeric: true,
                cell: (l) => {
                  const check = health.leads.find((c) => c.leading === l.kpi);
                  return check?.found.leads ? `${check.found.bestLagWeeks} wk` : "—";
                },
              },
              {
                header: "Verdict",
                cell: (l) => {
                  const check = health.leads.find((c) => c.leading === l.kpi);
                  return check ? <span title={check.message}>{VERDICT[check.verdict]}</span> : "—";
                },
              },
            ]}
          />
        )}
      </Card>
      <Card title="Guardrails">
        {(kpi.guardrails ?? []).length === 0 ? (
          <p className="muted">No guardrail: nothing catches gaming this KPI.</p>
        ) : (
          <ul>
            {(kpi.guardrails ?? []).map((g) => (
              <li key={g}>
                <Link href={`/kpis/${g}`}>{g}</Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
