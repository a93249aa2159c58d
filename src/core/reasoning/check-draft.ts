import type { OkapiDocument } from "../model/okapi-file.js";
import { MIN_DRAFT_KRS } from "../thresholds/reasoning.js";
import { buildDraftDocument } from "./build-draft-document.js";
import type { DraftFinding, DraftOkr } from "./draft-types.js";

/** The goal linter's shape as the loop uses it: `lintDocument` from src/core/lint. */
export type DraftLinter = (document: OkapiDocument) => { findings: readonly DraftFinding[] };

export interface DraftCheck {
  okr: DraftOkr;
  findings: DraftFinding[];
  repairs: string[];
}

const KR_PATH = /^objectives\[0\]\.keyResults\[(\d+)\]/;

function lint(okr: DraftOkr, team: string | undefined, linter: DraftLinter): DraftFinding[] {
  return linter(buildDraftDocument(okr, team)).findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    path: finding.path,
    message: finding.message,
  }));
}

/** Drops key results the linter rejects, as long as enough remain; returns what it did. */
function repair(
  okr: DraftOkr,
  errors: readonly DraftFinding[],
): { okr: DraftOkr; repairs: string[] } {
  const rejected = new Set(
    errors.flatMap((finding) => {
      const match = KR_PATH.exec(finding.path);
      return match ? [Number(match[1])] : [];
    }),
  );
  const kept = okr.keyResults.filter((_, index) => !rejected.has(index));
  if (rejected.size === 0 || kept.length < MIN_DRAFT_KRS) return { okr, repairs: [] };
  const keptIds = new Set(kept.map((kr) => kr.id));
  const repairs = okr.keyResults
    .filter((kr) => !keptIds.has(kr.id))
    .map((kr) => `dropped key result "${kr.title}" the linter rejected`);
  const killCriteria = okr.killCriteria.filter(
    (criterion) => criterion.metric === undefined || keptIds.has(criterion.metric),
  );
  return { okr: { ...okr, keyResults: kept, killCriteria }, repairs };
}

/** Lints the draft as an okapi document; on errors repairs it once and lints again. */
export function checkDraft(
  okr: DraftOkr,
  team: string | undefined,
  linter: DraftLinter,
): DraftCheck {
  const first = lint(okr, team, linter);
  const errors = first.filter((finding) => finding.severity === "error");
  if (errors.length === 0) return { okr, findings: first, repairs: [] };
  const repaired = repair(okr, errors);
  if (repaired.repairs.length === 0) return { okr, findings: first, repairs: [] };
  return {
    okr: repaired.okr,
    findings: lint(repaired.okr, team, linter),
    repairs: repaired.repairs,
  };
}
