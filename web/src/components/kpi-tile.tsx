import { Link } from "wouter";
import type { KpiHealth } from "../api/types";
import { formatValue } from "../lib/format";
import { describeKpi, signalIndexes } from "../lib/kpi-words";
import { Badge } from "./badge";
import { Sparkline } from "./sparkline";

/** A KPI at a glance: value, status colour, sparkline with process limits, latest signal. */
export function KpiTile({ kpi }: { kpi: KpiHealth }) {
  const values = kpi.points.map((p) => p.value);
  return (
    <article className="card kpi-tile" data-status={kpi.status} data-testid={`kpi-${kpi.kpi}`}>
      <h3>
        <Link href={`/kpis/${kpi.kpi}`}>{kpi.name}</Link>
      </h3>
      <div className="row">
        <span className="kpi-value">{formatValue(kpi.range.value, kpi.unit)}</span>
        <Badge tone={kpi.status} />
      </div>
      <Sparkline
        values={values}
        limits={kpi.limits}
        signals={signalIndexes(kpi)}
        label={`${kpi.name}: last ${values.length} values${kpi.trend ? `, ${kpi.trend.direction}` : ""}`}
      />
      <p className="kpi-signal">{describeKpi(kpi)}</p>
    </article>
  );
}
