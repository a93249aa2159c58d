import type { KeyResult, Kpi, Objective } from "../../core/model/index.js";
import { buildDraftDocument } from "../../core/reasoning/build-draft-document.js";
import type { Candidate, DraftOkr } from "../../core/reasoning/draft-types.js";
import type { DraftRecord } from "./draft-records.js";

/** A key result as a person edits it before accepting: the id is chosen for them when absent. */
type KeyResultEdit = Omit<KeyResult, "id"> & { id?: string | undefined };

/** What a person may change when accepting a draft; everything else comes from the draft. */
export interface DraftEdits {
  id?: string | undefined;
  title?: string | undefined;
  owner?: string | undefined;
  team?: string | undefined;
  cycle?: string | undefined;
  keyResults?: KeyResultEdit[] | undefined;
  /** The day it is accepted (the objective's `since`), so its first check-in is due a week later. */
  since?: string | undefined;
}

/** Ids already in the store: new goals must not collide with them. */
export interface TakenIds {
  objectives: ReadonlySet<string>;
  keyResults: ReadonlySet<string>;
  kpis: ReadonlySet<string>;
}

/** "Make mid-market buyers choose us" → "make-mid-market-buyers-choose". */
function slugOf(title: string): string {
  const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 5).join("-").slice(0, 60) || "drafted-objective";
}

/** The first of `preferred`, `fallback`, `fallback-2`… that is not taken, and claims it. */
function claim(preferred: string, fallback: string, taken: Set<string>): string {
  let id = taken.has(preferred) ? fallback : preferred;
  for (let n = 2; taken.has(id); n++) id = `${fallback}-${n}`;
  taken.add(id);
  return id;
}

/** The draft's key results as the linter checked them, linked to workspace KPIs where tracked. */
function draftKeyResults(okr: DraftOkr, byMetric: ReadonlyMap<string, Candidate>): KeyResultEdit[] {
  const linted = buildDraftDocument(okr, undefined).objectives?.[0]?.keyResults ?? [];
  // The placeholder owner is dropped: the person accepting names the real one.
  return linted.map(({ owner: _owner, metric, ...kr }) => {
    const kpi = metric ? byMetric.get(metric)?.workspaceKpi : undefined;
    return kpi ? { ...kr, kpi } : { ...kr, ...(metric ? { metric } : {}) };
  });
}

/** A leading indicator the workspace does not track yet, as a proposed KPI. */
function proposedKpi(candidate: Candidate, objective: Objective): Kpi {
  return {
    id: candidate.metric,
    name: candidate.name,
    description: `${candidate.definition} Formula: ${candidate.formula}. Source: ${candidate.source}.`,
    unit: candidate.unit,
    direction: candidate.direction,
    kind: candidate.kind,
    axis: candidate.axis,
    ...(typeof objective.owner === "string" ? { owner: objective.owner } : {}),
    ...(objective.team ? { team: objective.team } : {}),
    status: "proposed",
    ...(objective.draftedFrom ? { draftedFrom: objective.draftedFrom } : {}),
  };
}

/**
 * The objective (KRs, leading indicators, kill criteria) and the proposed KPIs an accepted
 * draft creates, both marked `draftedFrom`. Ids that would collide with stored ones are
 * prefixed with the objective's id; kill criteria follow renamed key results.
 */
export function goalsFromDraft(
  draft: DraftRecord,
  okr: DraftOkr,
  edits: DraftEdits,
  taken: TakenIds,
): { objective: Objective; kpis: Kpi[] } {
  const byMetric = new Map(draft.result.candidates.map((c) => [c.metric, c]));
  const title = edits.title ?? okr.objective;
  const objectiveId = edits.id ?? claim(slugOf(title), slugOf(title), new Set(taken.objectives));
  const owner = edits.owner;
  const krIds = new Set(taken.keyResults);
  const renamed = new Map<string, string>();
  const keyResults: KeyResult[] = (edits.keyResults ?? draftKeyResults(okr, byMetric)).map(
    (kr, i) => {
      const wanted = kr.id ?? `kr-${i + 1}`;
      const id =
        kr.id && edits.keyResults ? kr.id : claim(wanted, `${objectiveId}-${wanted}`, krIds);
      renamed.set(wanted, id);
      return { ...kr, id, ...(owner && !kr.owner ? { owner } : {}) };
    },
  );
  const objective: Objective = {
    id: objectiveId,
    title,
    ...(owner ? { owner } : {}),
    ...((edits.team ?? draft.team) ? { team: edits.team ?? draft.team } : {}),
    cycle: edits.cycle ?? okr.cycle,
    ...(edits.since ? { since: edits.since } : {}),
    type: "aspirational",
    keyResults,
    killCriteria: okr.killCriteria.map(({ metric, below, above, ...rest }) => {
      // A metric tripwire follows its key result; one whose KR was edited away keeps its date.
      const target = metric === undefined ? undefined : renamed.get(metric);
      if (!target || !keyResults.some((kr) => kr.id === target)) return rest;
      return {
        metric: target,
        ...(below === undefined ? {} : { below }),
        ...(above === undefined ? {} : { above }),
        ...rest,
      };
    }),
    draftedFrom: { decision: draft.decision, draft: draft.id },
  };
  const kpis: Kpi[] = [];
  const leading = okr.leadingIndicators.map((metric) => {
    const candidate = byMetric.get(metric);
    if (candidate?.workspaceKpi) return candidate.workspaceKpi;
    if (candidate && !taken.kpis.has(metric)) kpis.push(proposedKpi(candidate, objective));
    return metric;
  });
  if (leading.length > 0) objective.leadingIndicators = leading;
  return { objective, kpis };
}
