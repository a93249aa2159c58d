import type { OkapiDocument } from "../core/model/index.js";
import { generateDemoWorkspace } from "./generate-demo-workspace.js";

interface ScaleOptions {
  /** The demo's "today", YYYY-MM-DD, as for generateDemoWorkspace. */
  asOf: string;
  /** How many copies of the demo company: 1 is the demo itself, 100 is a 2,000-person company. */
  scale: number;
}

/** Keys whose string values (or arrays of strings) name another entity of the file. */
const REFERENCE_KEYS = new Set([
  "id",
  "owner",
  "team",
  "lead",
  "parent",
  "kpi",
  "metric",
  "by",
  "guardrails",
  "leadingIndicators",
]);

function idsOf(document: OkapiDocument): Set<string> {
  const ids = new Set<string>();
  for (const entity of [...(document.people ?? []), ...(document.teams ?? [])]) ids.add(entity.id);
  for (const kpi of document.kpis ?? []) ids.add(kpi.id);
  for (const objective of document.objectives ?? []) {
    ids.add(objective.id);
    for (const kr of objective.keyResults ?? []) ids.add(kr.id);
  }
  return ids;
}

/** A deep copy where every reference to one of `ids` gets `suffix`; dates and text stay. */
function renameReferences(value: unknown, ids: Set<string>, suffix: string, key = ""): unknown {
  if (typeof value === "string")
    return REFERENCE_KEYS.has(key) && ids.has(value) ? `${value}${suffix}` : value;
  if (Array.isArray(value)) return value.map((item) => renameReferences(item, ids, suffix, key));
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = renameReferences(v, ids, suffix, k);
    return copy;
  }
  return value;
}

/** Copy `division` of the demo: its own people, teams, KPIs and goals, referring only to each other. */
function demoDivision(demo: OkapiDocument, ids: Set<string>, division: number): OkapiDocument {
  const suffix = `-d${division}`;
  const label = ` (division ${division})`;
  const renamed = renameReferences(demo, ids, suffix) as OkapiDocument;
  return {
    ...renamed,
    people: (renamed.people ?? []).map((p) => ({
      ...p,
      name: `${p.name}${label}`,
      ...(p.email ? { email: p.email.replace("@", `+d${division}@`) } : {}),
    })),
    teams: (renamed.teams ?? []).map((team) => ({ ...team, name: `${team.name}${label}` })),
    kpis: (renamed.kpis ?? []).map((kpi) => ({ ...kpi, name: `${kpi.name}${label}` })),
  };
}

/**
 * The demo company `scale` times over, for benchmarks: every copy after the first is a
 * division with its own people, teams, KPIs (with the demo's two years of history) and
 * objectives, so row counts grow linearly with `scale` and references stay valid.
 * @example generateScaledWorkspace({ asOf: "2026-11-23", scale: 10 }).kpis?.length // 140
 */
export function generateScaledWorkspace({ asOf, scale }: ScaleOptions): OkapiDocument {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be a whole number of demo companies (1 or more), got ${scale}`);
  const demo = generateDemoWorkspace({ asOf });
  const ids = idsOf(demo);
  const divisions = Array.from({ length: scale - 1 }, (_, i) => demoDivision(demo, ids, i + 1));
  const all = [demo, ...divisions];
  return {
    ...demo,
    people: all.flatMap((d) => d.people ?? []),
    teams: all.flatMap((d) => d.teams ?? []),
    kpis: all.flatMap((d) => d.kpis ?? []),
    objectives: all.flatMap((d) => d.objectives ?? []),
  };
}
