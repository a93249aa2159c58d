// Straight from the generated types (not api/client), so these pure helpers load in Node tests too.
import type { components } from "../../api/generated/okapi-api.js";
import type { NumbersReadFromTitle } from "../okr-form/fill-from-title.js";

type Schemas = components["schemas"];

export type NewObjective = Schemas["NewObjective"];
type NewKeyResult = NonNullable<NewObjective["keyResults"]>[number];
type NewKillCriterion = NonNullable<NewObjective["killCriteria"]>[number];

/** One key result as typed: numbers stay text until the objective is built. */
export interface KeyResultDraft {
  title: string;
  from: string;
  to: string;
  unit: string;
  /** What the title stated when from/to/unit were last filled from it. */
  read?: NumbersReadFromTitle | undefined;
}

/** A tripwire as typed; `keyResult` is the index of the key result it watches ("" = a date only). */
export interface KillCriterionDraft {
  keyResult: string;
  side: "below" | "above";
  value: string;
  by: string;
}

/** What the Write-an-OKR form holds. */
export interface ObjectiveDraft {
  id: string;
  title: string;
  owner: string;
  team: string;
  cycle: string;
  /** The objective this one moves (alignment); "" for none. */
  parent: string;
  type: "aspirational" | "committed";
  keyResults: KeyResultDraft[];
  killCriteria: KillCriterionDraft[];
}

export const MIN_KEY_RESULTS = 2;
export const MAX_KEY_RESULTS = 5;

export const BLANK_KEY_RESULT: KeyResultDraft = { title: "", from: "", to: "", unit: "" };
export const BLANK_KILL_CRITERION: KillCriterionDraft = {
  keyResult: "",
  side: "below",
  value: "",
  by: "",
};

export function blankDraft(owner = "", cycle = ""): ObjectiveDraft {
  return {
    id: "",
    title: "",
    owner,
    team: "",
    cycle,
    parent: "",
    type: "aspirational",
    keyResults: [{ ...BLANK_KEY_RESULT }, { ...BLANK_KEY_RESULT }],
    killCriteria: [],
  };
}

/** An id from a title: "Make onboarding the reason…" → "make-onboarding-the-reason". */
export function slugOf(text: string, maxWords = 5): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9\s-]/g, " ")
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}

/** The objective's id: typed, or derived from the title. */
export const objectiveIdOf = (draft: ObjectiveDraft): string =>
  draft.id.trim() || slugOf(draft.title) || "new-objective";

/** Key result ids are the objective's id and a position, so kill criteria can point at them. */
const keyResultIdOf = (draft: ObjectiveDraft, index: number): string =>
  `${objectiveIdOf(draft)}-kr${index + 1}`;

/** A number typed in a field; blank or not a number stays out of the objective. */
function numberOf(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

function keyResultOf(draft: ObjectiveDraft, kr: KeyResultDraft, index: number): NewKeyResult {
  const from = numberOf(kr.from);
  const to = numberOf(kr.to);
  return {
    id: keyResultIdOf(draft, index),
    title: kr.title,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(kr.unit.trim() ? { unit: kr.unit.trim() } : {}),
  };
}

function killCriterionOf(draft: ObjectiveDraft, kc: KillCriterionDraft): NewKillCriterion {
  const value = numberOf(kc.value);
  const metric = kc.keyResult === "" ? undefined : keyResultIdOf(draft, Number(kc.keyResult));
  return {
    ...(metric ? { metric } : {}),
    ...(metric && value !== undefined ? { [kc.side]: value } : {}),
    ...(kc.by ? { by: kc.by } : {}),
  };
}

/** The objective the form describes, as POST /api/v1/objectives takes it. */
export function toObjective(draft: ObjectiveDraft): NewObjective {
  return {
    id: objectiveIdOf(draft),
    title: draft.title,
    ...(draft.owner ? { owner: draft.owner } : {}),
    ...(draft.team ? { team: draft.team } : {}),
    ...(draft.cycle ? { cycle: draft.cycle } : {}),
    ...(draft.parent ? { parent: draft.parent } : {}),
    type: draft.type,
    keyResults: draft.keyResults.map((kr, i) => keyResultOf(draft, kr, i)),
    killCriteria: draft.killCriteria.map((kc) => killCriterionOf(draft, kc)),
  };
}

const text = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";

/** The form for an objective read from YAML, so a person can switch between the two editors. */
export function fromObjective(objective: Record<string, unknown>): ObjectiveDraft {
  const krs = Array.isArray(objective.keyResults) ? (objective.keyResults as NewKeyResult[]) : [];
  const ids = krs.map((kr) => kr.id);
  const kcs = Array.isArray(objective.killCriteria)
    ? (objective.killCriteria as NewKillCriterion[])
    : [];
  return {
    id: text(objective.id),
    title: text(objective.title),
    owner: Array.isArray(objective.owner) ? text(objective.owner[0]) : text(objective.owner),
    team: text(objective.team),
    cycle: text(objective.cycle),
    parent: text(objective.parent),
    type: objective.type === "committed" ? "committed" : "aspirational",
    keyResults: krs.map((kr) => ({
      title: text(kr.title),
      from: text(kr.from),
      to: text(kr.to),
      unit: text(kr.unit),
    })),
    killCriteria: kcs.map((kc) => ({
      keyResult: kc.metric && ids.includes(kc.metric) ? String(ids.indexOf(kc.metric)) : "",
      side: kc.above !== undefined ? "above" : "below",
      value: text(kc.above ?? kc.below),
      by: text(kc.by),
    })),
  };
}
