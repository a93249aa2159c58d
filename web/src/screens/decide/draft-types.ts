// Straight from the generated types (not api/client), so these pure helpers load in Node tests too.
import type { components } from "../../api/generated/okapi-api.js";

type Schemas = components["schemas"];

export type Draft = Schemas["Draft"];
export type DecisionDraft = Schemas["DecisionDraft"];
export type Candidate = DecisionDraft["candidates"][number];
export type DraftOkr = NonNullable<DecisionDraft["okr"]>;
export type DraftAcceptance = Schemas["DraftAcceptance"];
type KeyResultEdit = NonNullable<NonNullable<DraftAcceptance["objective"]>["keyResults"]>[number];

/** The draft OKR as the person edits it before accepting; numbers stay text while typed. */
export interface OkrEdits {
  title: string;
  owner: string;
  team: string;
  cycle: string;
  keyResults: { title: string; from: string; to: string; unit: string }[];
}

const text = (n: number | null) => (n === null ? "" : String(n));

export function editsOf(okr: DraftOkr, team: string | undefined, owner: string): OkrEdits {
  return {
    title: okr.objective,
    owner,
    team: team ?? "",
    cycle: okr.cycle,
    keyResults: okr.keyResults.map((kr) => ({
      title: kr.title,
      from: text(kr.from),
      to: text(kr.to),
      unit: kr.unit,
    })),
  };
}

const numberOf = (value: string) => {
  const n = Number(value.replace(/,/g, ""));
  return value.trim() === "" || !Number.isFinite(n) ? undefined : n;
};

const DIRECTIONS = new Set(["higher-is-better", "lower-is-better", "within-range"]);

/**
 * The accept request for the edits: only what changed is sent, so an untouched draft is
 * accepted exactly as the engine wrote it. Edited key results keep the draft's ids, metric,
 * kind and direction, so the kill criteria still point at them.
 */
export function acceptanceOf(draft: Draft, okr: DraftOkr, edits: OkrEdits): DraftAcceptance {
  const original = editsOf(okr, draft.team, "");
  const krsChanged = JSON.stringify(edits.keyResults) !== JSON.stringify(original.keyResults);
  const byMetric = new Map(draft.result.candidates.map((c) => [c.metric, c]));
  const keyResults: KeyResultEdit[] = okr.keyResults.map((kr, i) => {
    const edit = edits.keyResults[i] ?? original.keyResults[i];
    const from = numberOf(edit?.from ?? "");
    const to = numberOf(edit?.to ?? "");
    const kpi = byMetric.get(kr.metric)?.workspaceKpi;
    return {
      id: kr.id,
      title: edit?.title ?? kr.title,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(edit?.unit ? { unit: edit.unit } : {}),
      ...(DIRECTIONS.has(kr.direction)
        ? { direction: kr.direction as NonNullable<KeyResultEdit["direction"]> }
        : {}),
      ...(kpi ? { kpi } : { metric: kr.metric }),
      kind: kr.kind,
    };
  });
  const objective = {
    ...(edits.title !== original.title ? { title: edits.title } : {}),
    ...(edits.owner ? { owner: edits.owner } : {}),
    ...(edits.team && edits.team !== original.team ? { team: edits.team } : {}),
    ...(edits.cycle !== original.cycle ? { cycle: edits.cycle } : {}),
    ...(krsChanged ? { keyResults } : {}),
  };
  return Object.keys(objective).length > 0 ? { objective } : {};
}
