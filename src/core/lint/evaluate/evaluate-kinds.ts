import type { KrKind } from "../../language/parsed-key-result.js";
import type { OkapiDocument } from "../../model/okapi-file.js";
import { lintDocument } from "../lint-document.js";
import { readKeyResults } from "../read-key-results.js";

const KINDS: readonly KrKind[] = ["outcome", "task", "threshold", "unmeasurable"];

/** One published key result with the label a person gave it. */
export interface LabelledKeyResult {
  org: string;
  url: string;
  text: string;
  label: KrKind;
}

export type Part = "tuning" | "held-out";

/**
 * Which part an item belongs to, fixed before any rule was written: the 32-bit FNV-1a hash of
 * its text (code points) divisible by 3 is held out (docs/lint-labelling-guide.md).
 */
export function partOf(text: string): Part {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 3 === 0 ? "held-out" : "tuning";
}

interface ClassFigures {
  precision: number;
  recall: number;
  support: number;
}

/** How the linter did on one part of the corpus. */
export interface PartFigures {
  count: number;
  accuracy: number;
  classes: Record<KrKind, ClassFigures>;
  /** Outcome-labelled KRs that got an error-level finding other than kr-missing-target. */
  outcomesWithError: number;
  outcomeErrorRate: number;
}

/** An item with what the linter made of it. */
export interface Prediction {
  item: LabelledKeyResult;
  part: Part;
  kind: KrKind;
  cue: string;
  errorRules: string[];
}

// One objective per key result, so every KR is judged on its own sentence.
function corpusDocument(items: readonly LabelledKeyResult[]): OkapiDocument {
  return {
    version: 1,
    organization: "Published key results",
    objectives: items.map((item, i) => ({
      id: `o${i}`,
      title: "Make the published key results readable",
      keyResults: [{ id: `kr${i}`, title: item.text }],
    })),
  };
}

/** Lints every item and pairs the kind the linter read with the label. */
export function predictKinds(items: readonly LabelledKeyResult[]): Prediction[] {
  const document = corpusDocument(items);
  const readings = readKeyResults(document);
  const errors = new Map<string, string[]>();
  for (const finding of lintDocument(document).findings) {
    if (finding.severity !== "error" || !finding.path.includes(".keyResults[")) continue;
    if (finding.rule === "kr-missing-target") continue;
    errors.set(finding.path, [...(errors.get(finding.path) ?? []), finding.rule]);
  }
  return items.map((item, i) => {
    const reading = readings[i];
    return {
      item,
      part: partOf(item.text),
      kind: reading?.parsed.kind ?? "outcome",
      cue: reading?.parsed.evidence.cue ?? "",
      errorRules: errors.get(reading?.path ?? "") ?? [],
    };
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Accuracy, per-class precision and recall, and the outcome error rate of some predictions. */
export function scorePredictions(predictions: readonly Prediction[]): PartFigures {
  const classes = {} as Record<KrKind, ClassFigures>;
  for (const kind of KINDS) {
    const predicted = predictions.filter((p) => p.kind === kind).length;
    const actual = predictions.filter((p) => p.item.label === kind);
    const hits = actual.filter((p) => p.kind === kind).length;
    classes[kind] = {
      precision: ratio(hits, predicted),
      recall: ratio(hits, actual.length),
      support: actual.length,
    };
  }
  const outcomes = predictions.filter((p) => p.item.label === "outcome");
  const outcomesWithError = outcomes.filter((p) => p.errorRules.length > 0).length;
  return {
    count: predictions.length,
    accuracy: ratio(predictions.filter((p) => p.kind === p.item.label).length, predictions.length),
    classes,
    outcomesWithError,
    outcomeErrorRate: ratio(outcomesWithError, outcomes.length),
  };
}
