import { Card } from "../../components/card";
import { CandidatesTable } from "./candidates-table";
import { DecisionStructureView } from "./decision-structure";
import { DraftEditor } from "./draft-editor";
import type { Draft } from "./draft-types";
import { LoopTrace } from "./loop-trace";

/** One draft: the loop's steps, the reframed question, the candidates and the editable OKR. */
export function DraftView({ draft }: { draft: Draft }) {
  const { result } = draft;
  const { reframe, okr } = result;
  return (
    <div className="stack" data-testid="draft">
      <Card title="The loop">
        <LoopTrace trace={result.trace} />
      </Card>
      <Card title="The question, reframed">
        <p className="reframed">{reframe.question}</p>
        <p>
          A <strong>{reframe.decisionType}</strong> decision limited by{" "}
          <strong>{reframe.constraint}</strong>. <span className="muted">{reframe.reason}</span>
        </p>
        {reframe.pushback ? <p className="muted">{reframe.pushback}</p> : null}
        <DecisionStructureView structure={reframe.structure} />
        {result.wrongTool ? (
          <div className="problem" role="note">
            <strong>OKRs are the wrong tool here: use {result.wrongTool.tool}.</strong>
            <p>{result.wrongTool.reason}</p>
            <p>{result.wrongTool.instead}</p>
          </div>
        ) : null}
      </Card>
      <Card title="Candidate metrics">
        {result.candidates.length === 0 ? (
          <p className="muted">No candidate metric fits this decision.</p>
        ) : (
          <CandidatesTable candidates={result.candidates} />
        )}
      </Card>
      {okr ? (
        <Card title="Draft OKR">
          <div className="stack">
            <DraftEditor key={draft.id} draft={draft} okr={okr} />
            <div className="grid">
              <div>
                <h3>Leading indicators</h3>
                <ul>
                  {okr.leadingIndicators.map((metric) => (
                    <li key={metric}>{metric}</li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>Kill criteria</h3>
                <ul>
                  {okr.killCriteria.map((kc) => (
                    <li key={`${kc.metric}:${kc.by}`}>
                      {kc.metric
                        ? `${kc.metric} ${kc.below !== undefined ? `below ${kc.below}` : kc.above !== undefined ? `above ${kc.above}` : ""} `
                        : ""}
                      by {kc.by}: <span className="muted">{kc.note}</span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
            {result.lint.findings.length > 0 ? (
              <div>
                <h3>
                  The linter on this draft: {result.lint.errors} errors, {result.lint.warnings}{" "}
                  warnings
                </h3>
                <ul>
                  {result.lint.findings.map((f) => (
                    <li key={`${f.rule}:${f.path}`}>
                      <code>{f.rule}</code> {f.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
