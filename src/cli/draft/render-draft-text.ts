import type { DecisionDraft } from "../../core/reasoning/draft-types.js";
import type { DecisionStructure } from "../../core/reasoning/read-decision-structure.js";

function renderStructure(structure: DecisionStructure): string[] {
  const scope = structure.scope.map((part) => `${part.text} (${part.kind})`).join(", ");
  const lines = [
    `Action: ${structure.action ?? "none named"}${structure.object ? ` · object: ${structure.object}` : ""}`,
  ];
  if (scope) lines.push(`Scope: ${scope}`);
  if (structure.magnitude) lines.push(`Magnitude: ${structure.magnitude.text}`);
  lines.push(`Period: ${structure.horizon.reason}`);
  return lines;
}

function score(value: number): string {
  return value.toFixed(2);
}

/** Human-readable draft: Markdown when `markdown`, plain text otherwise. */
export function renderDraft(draft: DecisionDraft, markdown: boolean): string {
  const h = (level: number, text: string) =>
    markdown ? `${"#".repeat(level)} ${text}` : text.toUpperCase();
  const lines: string[] = [h(1, "Decision draft"), "", `Decision: ${draft.decision}`];
  if (draft.reframe.pushback) lines.push("", `Push-back: ${draft.reframe.pushback}`);
  lines.push(
    `Question: ${draft.reframe.question}`,
    `Constraint: ${draft.reframe.constraint} · type: ${draft.reframe.decisionType}`,
    ...renderStructure(draft.reframe.structure),
  );
  if (draft.wrongTool) {
    lines.push(
      "",
      h(2, "OKRs are the wrong tool here"),
      draft.wrongTool.reason,
      `Instead: ${draft.wrongTool.instead}`,
    );
    return `${lines.join("\n")}\n`;
  }
  lines.push("", h(2, "Candidates"));
  for (const c of draft.candidates) {
    const partner = c.leadingPartner
      ? ` · leading partner: ${c.leadingPartner.name} (~${c.leadingPartner.leadWeeks} weeks earlier)`
      : "";
    lines.push(
      `- ${c.name} [${c.kind}, ${c.axis}] — observability ${score(c.scores.observability)}, gameability ${score(c.scores.gameability)}, relevance ${score(c.scores.decisionRelevance)}${partner}`,
      `  ${c.definition} Formula: ${c.formula} (${c.unit}; source: ${c.source}).`,
      `  Why: ${c.reasons.decisionRelevance} ${c.reasons.observability} ${c.reasons.gameability}`,
    );
    if (c.redTeam) lines.push(`  Red team: ${c.redTeam.exploit} Guardrail: ${c.redTeam.guardrail}`);
  }
  if (draft.okr) {
    lines.push("", h(2, `Draft OKR (${draft.okr.cycle})`), `Objective: ${draft.okr.objective}`);
    for (const kr of draft.okr.keyResults)
      lines.push(`- KR: ${kr.title} (baseline: ${kr.baseline})`);
    lines.push(`Leading indicators: ${draft.okr.leadingIndicators.join(", ") || "none"}`);
    for (const kill of draft.okr.killCriteria) lines.push(`- Kill criterion: ${kill.note}`);
  }
  lines.push("", h(2, "Trace"));
  for (const entry of draft.trace) lines.push(`- ${entry.step} (${entry.by}): ${entry.note}`);
  return `${lines.join("\n")}\n`;
}
