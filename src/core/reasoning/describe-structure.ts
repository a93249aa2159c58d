import type { DecisionStructure, Magnitude } from "./read-decision-structure.js";

function describeMagnitude(magnitude: Magnitude): string {
  return `${magnitude.kind} "${magnitude.text}"`;
}

/** One line of the trace: what the engine read in the decision, and the period it chose and why. */
export function describeStructure(structure: DecisionStructure): string {
  const parts = [
    `action ${structure.action ? `${structure.action} ("${structure.verb}")` : "none named"}`,
    `object ${structure.object ? `"${structure.object}"` : "none named"}`,
    `scope ${structure.scope.length > 0 ? structure.scope.map((part) => `${part.kind} ${part.text}`).join(", ") : "whole business"}`,
    `magnitude ${structure.magnitude ? describeMagnitude(structure.magnitude) : "none named"}`,
  ];
  return `Structure: ${parts.join("; ")}. Horizon: ${structure.horizon.reason}`;
}
