import { Link } from "wouter";
import type { Schemas } from "../../api/client";
import { Badge } from "../../components/badge";
import { Card } from "../../components/card";
import { formatDate, formatValue } from "../../lib/format";

type ReviewKpi = Schemas["WeeklyReview"]["kpis"][number];

const TREND_WORDS = { rising: "Rising", falling: "Falling", flat: "Flat" } as const;

function change(kpi: ReviewKpi): string {
  if (kpi.change === undefined || kpi.previousValue === undefined) return "";
  const sign = kpi.change > 0 ? "+" : "";
  return ` (${sign}${formatValue(kpi.change, kpi.unit)} from ${formatValue(kpi.previousValue, kpi.unit)})`;
}

/** One KPI of the review: the number, its owner's explanation beside it, and what to do about it. */
function ReviewKpiCard({ kpi }: { kpi: ReviewKpi }) {
  return (
    <Card
      level={3}
      className="review-kpi"
      data-testid={`review-kpi-${kpi.id}`}
      title={
        <>
          <Link href={`/kpis/${kpi.id}`}>{kpi.name}</Link> <Badge tone={kpi.status} />
        </>
      }
    >
      <p className="review-number">
        <strong>{formatValue(kpi.value, kpi.unit)}</strong>
        {change(kpi)}
        {kpi.at ? <span className="muted"> · {formatDate(kpi.at)}</span> : null}
        {kpi.trend ? <span className="muted"> · {TREND_WORDS[kpi.trend]}</span> : null}
      </p>
      {kpi.annotation ? (
        <p className="review-annotation">
          “{kpi.annotation.note}”
          <span className="muted">
            {" "}
            — {kpi.annotation.by ?? kpi.owner ?? "owner"}, {formatDate(kpi.annotation.at)}
          </span>
        </p>
      ) : null}
      {kpi.sourceFailing ? (
        <p className="review-stale">
          Stale: the {kpi.sourceFailing.kind} source has been failing since{" "}
          {formatDate(kpi.sourceFailing.since)} ({kpi.sourceFailing.message}).
        </p>
      ) : null}
      <dl className="review-wbr">
        <dt>What changed</dt>
        <dd>{kpi.whatChanged}</dd>
        <dt>Why it matters</dt>
        <dd>{kpi.whyItMatters}</dd>
        <dt>What to test next</dt>
        <dd>{kpi.whatToTestNext}</dd>
      </dl>
      {kpi.signals.length > 0 ? (
        <ul aria-label={`Signals on ${kpi.name}`}>
          {kpi.signals.map((s) => (
            <li key={`${s.rule}:${s.at}`}>
              {s.message}{" "}
              <span className="muted">({s.favourable ? "favourable" : "unfavourable"})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {kpi.touchedObjectives.length > 0 ? (
        <p className="muted">
          Moves:{" "}
          {kpi.touchedObjectives.map((o, i) => (
            <span key={o.id}>
              {i > 0 ? ", " : ""}
              <Link href={`/objectives/${o.id}`}>{o.title}</Link> (as a {o.via.replace("-", " ")})
            </span>
          ))}
        </p>
      ) : null}
      {kpi.guardrails.length > 0 ? (
        <p className="muted">
          Guardrails:{" "}
          {kpi.guardrails.map((g) => (
            <span key={g.id}>
              {g.id} <Badge tone={g.status} />{" "}
            </span>
          ))}
        </p>
      ) : null}
    </Card>
  );
}

/** Every red KPI and every KPI with an ongoing signal, red first (as the review orders them). */
export function ReviewKpis({ kpis }: { kpis: ReviewKpi[] }) {
  return (
    <Card title="KPIs that moved">
      {kpis.length === 0 ? (
        <p className="muted">No KPI is red or shows a signal this week.</p>
      ) : (
        <div className="review-kpis">
          {kpis.map((kpi) => (
            <ReviewKpiCard key={kpi.id} kpi={kpi} />
          ))}
        </div>
      )}
    </Card>
  );
}
