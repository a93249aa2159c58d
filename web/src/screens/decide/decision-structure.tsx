import type { DecisionDraft } from "./draft-types";

type Structure = DecisionDraft["reframe"]["structure"];

/** What the engine read in the decision: action, object, scope, magnitude, and the period it chose. */
export function DecisionStructureView({ structure }: { structure: Structure }) {
  const { period } = structure.horizon;
  return (
    <dl className="decision-structure" aria-label="The decision's structure">
      <dt>Action</dt>
      <dd>
        {structure.action ?? "none named"}
        {structure.object ? ` · ${structure.object}` : ""}
      </dd>
      <dt>Scope</dt>
      <dd>
        {structure.scope.length > 0
          ? structure.scope.map((part) => `${part.text} (${part.kind})`).join(", ")
          : "the whole business"}
      </dd>
      <dt>Magnitude</dt>
      <dd>{structure.magnitude?.text ?? "none named"}</dd>
      <dt>Period</dt>
      <dd>
        <strong>{period.id}</strong> ({period.start} – {period.end}){" "}
        <span className="muted">{structure.horizon.reason}</span>
      </dd>
    </dl>
  );
}
