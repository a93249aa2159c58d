import { parseKeyResult } from "../../language/parse-key-result.js";
import type { ParsedKeyResult } from "../../language/parsed-key-result.js";
import type { KeyResult } from "../../model/key-result.js";
import type { Kpi } from "../../model/kpi.js";
import type { Objective } from "../../model/objective.js";
import type { OkapiDocument } from "../../model/okapi-file.js";

export interface KeyResultView {
  keyResult: KeyResult;
  index: number;
  path: string;
  objective: ObjectiveView;
  parsed: ParsedKeyResult;
  /** Baseline: the `from` field, else what the title states. */
  from?: number;
  /** Target: the `to` field, else the title's target or threshold. */
  to?: number;
  /** Filled by the first rule that asks (several do): see countsActivity. */
  countsActivity?: boolean;
  /** Filled by the first rule that asks: see krReading. */
  reading?: { kind: ParsedKeyResult["kind"]; evidence: ParsedKeyResult["evidence"] };
  /** `parsed` with the concluded kind, built once for the findings that show it. */
  shownParsed?: ParsedKeyResult;
}

export interface ObjectiveView {
  objective: Objective;
  index: number;
  path: string;
  keyResults: KeyResultView[];
}

export interface KpiView {
  kpi: Kpi;
  index: number;
  path: string;
}

/** The document with paths and parsed titles, built once per lint run and shared by every rule. */
export interface DocumentView {
  objectives: ObjectiveView[];
  kpis: KpiView[];
  kpiById: ReadonlyMap<string, Kpi>;
  keyResultCount: number;
}

function viewKeyResult(
  objective: ObjectiveView,
  keyResult: KeyResult,
  index: number,
): KeyResultView {
  const parsed = parseKeyResult(keyResult.title);
  const view: KeyResultView = {
    keyResult,
    index,
    path: `${objective.path}.keyResults[${index}]`,
    objective,
    parsed,
  };
  const from = keyResult.from ?? parsed.from;
  const to = keyResult.to ?? parsed.to;
  if (from !== undefined) view.from = from;
  if (to !== undefined) view.to = to;
  return view;
}

/** Builds the shared view of a document. */
export function viewDocument(document: OkapiDocument): DocumentView {
  let keyResultCount = 0;
  const objectives = (document.objectives ?? []).map((objective, index) => {
    const view: ObjectiveView = { objective, index, path: `objectives[${index}]`, keyResults: [] };
    view.keyResults = (objective.keyResults ?? []).map((kr, k) => viewKeyResult(view, kr, k));
    keyResultCount += view.keyResults.length;
    return view;
  });
  const kpis = (document.kpis ?? []).map((kpi, index) => ({ kpi, index, path: `kpis[${index}]` }));
  const kpiById = new Map<string, Kpi>();
  for (const { kpi } of kpis) if (!kpiById.has(kpi.id)) kpiById.set(kpi.id, kpi);
  return { objectives, kpis, kpiById, keyResultCount };
}
