import { useQuery } from "@tanstack/react-query";
import { useParams } from "wouter";
import { kpiHealthOneQuery, kpiQuery } from "../api/queries";
import { Badge } from "../components/badge";
import { Card } from "../components/card";
import { Page } from "../components/page";
import { ProcessChart } from "../components/process-chart";
import { PendingPage } from "../components/states";
import { formatDate, formatValue } from "../lib/format";
import { describeKpi } from "../lib/kpi-words";
import { KpiHistory } from "./kpi/kpi-history";
import { KpiLinks } from "./kpi/kpi-links";
import { KpiProposals } from "./kpi/kpi-proposals";

const PERIOD: Record<string, string> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
  quarterly: "quarter",
};

function rangeText(healthy: { min?: number; max?: number } | undefined, unit?: string): string {
  if (!healthy) return "no healthy range set";
  const { min, max } = healthy;
  if (min !== undefined && max !== undefined)
    return `${formatValue(min, unit)} to ${formatValue(max, unit)}`;
  if (min !== undefined) return `at least ${formatValue(min, unit)}`;
  if (max !== undefined) return `at most ${formatValue(max, unit)}`;
  return "no healthy range set";
}

/** One KPI: the process behaviour chart and everything that explains it. */
export default function KpiDetail() {
  const { id = "" } = useParams<{ id: string }>();
  const health = useQuery(kpiHealthOneQuery(id));
  const kpi = useQuery(kpiQuery(id));
  if (!health.data || !kpi.data)
    return <PendingPage title="KPI" queries={[health, kpi]} what="Loading the KPI" />;
  const h = health.data;
  const k = kpi.data;
  const signals = [...h.signals].sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <Page
      title={k.name}
      lead={`${k.description ?? ""} Healthy: ${rangeText(k.healthy, k.unit)} · ${k.cadence ?? h.cadence} · owner ${[k.owner].flat().join(", ") || "none"}`}
    >
      <div className="row">
        <span className="kpi-value">{formatValue(h.range.value, k.unit)}</span>
        <Badge tone={h.status} />
        <span className="muted">as of {formatDate(h.range.at)}</span>
      </div>
      <Card title="Process behaviour chart">
        <p>{describeKpi(h)}</p>
        {h.points.length < 2 ? (
          <p className="muted">Not enough measurements to draw a chart yet.</p>
        ) : (
          <ProcessChart kpi={h} />
        )}
        <p className="muted">
          Solid line: values. Dashed: centre line and natural process limits
          {h.limits
            ? ` (${formatValue(h.limits.lower, k.unit)} – ${formatValue(h.limits.upper, k.unit)})`
            : ""}
          . Dots: signals. Shaded: the healthy range.
        </p>
      </Card>
      <div className="split">
        <Card title="Signals">
          {signals.length === 0 ? (
            <p className="muted">No signal: the variation is routine.</p>
          ) : (
            <ul data-testid="signals">
              {signals.map((s) => (
                <li key={`${s.rule}-${s.at}`}>
                  <strong>{formatDate(s.at)}</strong>
                  {s.ongoing ? " (ongoing)" : ""}: {s.message}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Trend">
          {h.trend ? (
            <p>
              {h.trend.direction === "flat"
                ? "Flat"
                : `${h.trend.direction[0]?.toUpperCase()}${h.trend.direction.slice(1)}`}{" "}
              over the last {h.trend.periods} periods: {formatValue(h.trend.slope, k.unit)} per{" "}
              {PERIOD[h.trend.per] ?? h.trend.per} (95% interval {formatValue(h.trend.lower)} to{" "}
              {formatValue(h.trend.upper)}).
              {h.trend.outOfRangePeriods > 0
                ? ` Out of range for the last ${h.trend.outOfRangePeriods} periods.`
                : ""}
            </p>
          ) : (
            <p className="muted">Not enough data for a trend.</p>
          )}
        </Card>
      </div>
      <KpiLinks kpi={k} health={h} />
      <div className="split">
        <KpiProposals health={h} />
        <KpiHistory id={id} />
      </div>
    </Page>
  );
}
