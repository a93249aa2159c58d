// Straight from the generated types (not api/client), so these pure helpers load in Node tests too.
import type { components } from "../../api/generated/okapi-api.js";

type Schemas = components["schemas"];

export type Finding = Schemas["LintReport"]["findings"][number];

/** Where on the form a finding is shown: a field of the objective, one key result, or a section. */
export type FieldKey =
  | "title"
  | "owner"
  | "team"
  | "cycle"
  | "parent"
  | "keyResults"
  | "killCriteria"
  | "general"
  | `kr:${number}`;

/** Objective-level rules and the field they are about; the others show above the form. */
const OBJECTIVE_FIELD: Record<string, FieldKey> = {
  "objective-is-output": "title",
  "objective-is-metric": "title",
  "objective-is-kpi": "title",
  "objective-length": "title",
  "missing-owner": "owner",
  "multiple-owners": "owner",
  "missing-cycle": "cycle",
  "orphan-objective": "parent",
  "too-few-krs": "keyResults",
  "too-many-krs": "keyResults",
  "kr-lagging-only": "keyResults",
  "confidence-sandbagging": "keyResults",
  "missing-kill-criteria": "killCriteria",
};

/**
 * The field a finding concerns, when it is about the objective at `index` of the linted
 * document (e.g. `objectives[3].keyResults[1]` → `kr:1`); undefined for other objectives.
 */
export function fieldOf(finding: Finding, index: number): FieldKey | undefined {
  const prefix = `objectives[${index}]`;
  if (finding.path !== prefix && !finding.path.startsWith(`${prefix}.`)) return undefined;
  const rest = finding.path.slice(prefix.length);
  const kr = /^\.keyResults\[(\d+)\]/.exec(rest);
  if (kr) return `kr:${Number(kr[1])}`;
  if (rest.startsWith(".killCriteria")) return "killCriteria";
  const field = /^\.(title|owner|team|cycle|parent)\b/.exec(rest)?.[1] as FieldKey | undefined;
  return field ?? OBJECTIVE_FIELD[finding.rule] ?? "general";
}

/** Groups the findings about one objective by the field they concern. */
export function placeFindings(findings: Finding[], index: number): Map<FieldKey, Finding[]> {
  const placed = new Map<FieldKey, Finding[]>();
  for (const finding of findings) {
    const field = fieldOf(finding, index);
    if (field) placed.set(field, [...(placed.get(field) ?? []), finding]);
  }
  return placed;
}

/** Rules whose fix proposes a new title for the objective or key result it points at. */
const REWRITES_TITLE = new Set([
  "kr-is-task",
  "kr-is-kpi",
  "kr-activity-volume",
  "kr-not-measurable",
  "kr-missing-target",
  "objective-is-output",
  "objective-is-metric",
  "objective-is-kpi",
]);

/**
 * The rewritten title a finding's fix proposes, or undefined when the fix is advice rather
 * than a title. The fix quotes it ("…"): the quote after "e.g." wins, else the longest quote
 * that is not the current title; a trailing " — and keep …" aside is dropped.
 * @example titleRewrite(krIsTask, "Ship the wizard") // "Increase <metric…> from <today> to <target>"
 */
export function titleRewrite(finding: Finding, current: string): string | undefined {
  if (!REWRITES_TITLE.has(finding.rule)) return undefined;
  const quotes = [...finding.fix.matchAll(/"([^"]+)"/g)].map((m) => ({
    text: (m[1] ?? "").split(" — ")[0]?.trim() ?? "",
    afterExample: /e\.g\.\s*\(?$/.test(finding.fix.slice(0, m.index).trimEnd()),
  }));
  const usable = quotes.filter((q) => q.text !== current.trim() && q.text.includes(" "));
  const example = usable.find((q) => q.afterExample);
  const longest = usable.sort((a, b) => b.text.length - a.text.length)[0];
  return (example ?? longest)?.text;
}

/** The first "<…>" placeholder in a title, so the editor can select it for typing over. */
export function firstPlaceholder(title: string): { start: number; end: number } | undefined {
  const match = /<[^>]*>/.exec(title);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
