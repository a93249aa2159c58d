import { Link } from "wouter";
import type { KpiHealth, OkrStatus } from "../../api/types";
import { Badge } from "../../components/badge";
import { Card } from "../../components/card";
import { describeReason } from "../../components/reason-text";
import { describeKpi } from "../../lib/kpi-words";

interface Item {
  key: string;
  href: string;
  title: string;
  why: string;
  tone: "red" | "amber" | "off-track" | "at-risk";
  label: string;
}

/** Everything that asks a person to decide, most urgent first. */
function decisionItems(okr: OkrStatus, kpis: KpiHealth[]): Item[] {
  const tripwires = okr.objectives.flatMap((o) =>
    o.decisionRequired
      ? o.tripwires
          .filter((t) => t.state === "fired" && !t.decision)
          .map((t, i) => ({
            key: `tripwire-${o.id}-${i}`,
            href: `/objectives/${o.id}`,
            title: o.title,
            why: `Tripwire fired: ${t.message}. Decide stop, continue or change.`,
            tone: "red" as const,
            label: "Decide",
          }))
      : [],
  );
  const redKpis = kpis
    .filter((k) => k.status === "red")
    .map((k) => ({
      key: `kpi-${k.kpi}`,
      href: `/kpis/${k.kpi}`,
      title: k.name,
      why: describeKpi(k),
      tone: "red" as const,
      label: "Red KPI",
    }));
  // A pending objective waits for its first check-in, which is not due yet: nothing to decide.
  const risky = okr.objectives
    .filter((o) => o.risk !== "on-track" && o.health !== "pending")
    .sort((a, b) => (a.risk === b.risk ? 0 : a.risk === "off-track" ? -1 : 1))
    .map((o) => ({
      key: `risk-${o.id}`,
      href: `/objectives/${o.id}`,
      title: o.title,
      why: o.reasons[0] ? describeReason(o.reasons[0]) : "Behind where it should be by now.",
      tone: o.risk as "off-track" | "at-risk",
      label: o.risk === "off-track" ? "Off track" : "At risk",
    }));
  const stale = okr.objectives.flatMap((o) =>
    o.keyResults
      .filter((kr) => kr.reasons.some((r) => r.code === "stale-checkin" || r.code === "no-checkin"))
      .map((kr) => ({
        key: `stale-${kr.id}`,
        href: "/checkin",
        title: kr.title,
        why:
          kr.reasons.find((r) => r.code === "stale-checkin" || r.code === "no-checkin")?.message ??
          "",
        tone: "amber" as const,
        label: "Check in",
      })),
  );
  return [...tripwires, ...redKpis, ...risky, ...stale];
}

/** "What needs a decision": the first thing on the home screen. */
export function NeedsDecision({ okr, kpis }: { okr: OkrStatus; kpis: KpiHealth[] }) {
  const items = decisionItems(okr, kpis);
  return (
    <Card title="What needs a decision">
      {items.length === 0 ? (
        <p className="muted">Nothing: no tripwire fired, no red KPI, every objective on track.</p>
      ) : (
        <ul className="decision-list">
          {items.map((item) => (
            <li key={item.key}>
              <Badge tone={item.tone}>{item.label}</Badge>{" "}
              <Link href={item.href}>{item.title}</Link>
              <div className="muted">{item.why}</div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
