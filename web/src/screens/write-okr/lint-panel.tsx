import type { UseQueryResult } from "@tanstack/react-query";
import { Card } from "../../components/card";
import { Problem } from "../../components/problem";
import { FindingList } from "./finding-list";
import type { NewObjective } from "./objective-draft";
import type { FieldKey, Finding } from "./place-findings";

const FIELD_WORDS: Partial<Record<FieldKey, string>> = {
  title: "Title",
  owner: "Owner",
  team: "Team",
  cycle: "Cycle",
  parent: "Alignment",
  keyResults: "Key results",
  killCriteria: "Kill criteria",
  general: "Objective",
};
const wordsFor = (field: FieldKey) =>
  FIELD_WORDS[field] ?? `Key result ${Number(field.slice(3)) + 1}`;

/** The title a finding at `field` may rewrite, when it is about a title. */
function titleAt(objective: NewObjective | undefined, field: FieldKey): string | undefined {
  if (field === "title") return objective?.title ?? "";
  if (field.startsWith("kr:")) return objective?.keyResults?.[Number(field.slice(3))]?.title ?? "";
  return undefined;
}

interface LintPanelProps {
  lint: UseQueryResult<unknown>;
  objective: NewObjective | undefined;
  findings: Map<FieldKey, Finding[]>;
  /** The YAML editor has no fields to put findings beside: list them here, by field. */
  listFindings: boolean;
  onRewrite: (field: FieldKey, title: string) => void;
}

/** The linter's verdict in one line (announced as it changes), and the findings in YAML mode. */
export function LintPanel({ lint, objective, findings, listFindings, onRewrite }: LintPanelProps) {
  const all = [...findings.values()].flat();
  const errors = all.filter((f) => f.severity === "error").length;
  return (
    <Card title="Linter">
      <p role="status" aria-live="polite" data-testid="lint-summary">
        {!objective
          ? "Fix the YAML to lint it."
          : lint.isPending
            ? "Linting…"
            : all.length === 0
              ? "No findings: this objective reads well."
              : `${all.length} finding${all.length === 1 ? "" : "s"}, ${errors} error${errors === 1 ? "" : "s"}.`}
        {lint.isFetching && !lint.isPending ? " Checking…" : ""}
      </p>
      {lint.isError ? <Problem error={lint.error} /> : null}
      {listFindings
        ? [...findings.entries()].map(([field, list]) => {
            const title = titleAt(objective, field);
            return (
              <div key={field}>
                <h3>{wordsFor(field)}</h3>
                <FindingList
                  findings={list}
                  {...(title === undefined
                    ? {}
                    : { title, onRewrite: (t: string) => onRewrite(field, t) })}
                />
              </div>
            );
          })
        : null}
    </Card>
  );
}
