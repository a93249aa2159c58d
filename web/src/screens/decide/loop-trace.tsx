import type { DecisionDraft } from "./draft-types";

const STEP_WORDS: Record<string, string> = {
  reframe: "Reframe the decision",
  generate: "Generate candidate metrics",
  score: "Score observability, gameability, relevance",
  "red-team": "Red-team each candidate",
  emit: "Draft the OKR",
  lint: "Lint the draft",
};

/** The reasoning loop's steps in order, each with what it did and who did it (offline or a model). */
export function LoopTrace({ trace }: { trace: DecisionDraft["trace"] }) {
  return (
    <ol className="loop-trace" aria-label="Steps of the reasoning loop">
      {trace.map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a step may repeat; its position is its identity
        <li key={i}>
          <strong>{STEP_WORDS[step.step] ?? step.step}</strong>{" "}
          <span className="muted">({step.by})</span>
          <div>{step.note}</div>
        </li>
      ))}
    </ol>
  );
}
