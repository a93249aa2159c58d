import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { FindingList } from "./finding-list";
import {
  BLANK_KILL_CRITERION,
  type KillCriterionDraft,
  type ObjectiveDraft,
} from "./objective-draft";
import type { Finding } from "./place-findings";

interface KillCriteriaEditorProps {
  draft: ObjectiveDraft;
  onChange: (draft: ObjectiveDraft) => void;
  findings: Finding[] | undefined;
}

/** Tripwires: a key result crossing a value, a date, or both, that force a stop-or-continue call. */
export function KillCriteriaEditor({ draft, onChange, findings }: KillCriteriaEditorProps) {
  const set = (index: number, patch: Partial<KillCriterionDraft>) =>
    onChange({
      ...draft,
      killCriteria: draft.killCriteria.map((kc, i) => (i === index ? { ...kc, ...patch } : kc)),
    });
  return (
    <div className="stack">
      <FindingList findings={findings} />
      {draft.killCriteria.map((kc, index) => {
        const label = `Tripwire ${index + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: tripwires have no id; position is their identity
          <div key={index} className="row kill-criterion">
            <Field label={`${label}: key result`}>
              <select
                value={kc.keyResult}
                onChange={(e) => set(index, { keyResult: e.target.value })}
              >
                <option value="">None (a date only)</option>
                {draft.keyResults.map((kr, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the option's value is the position
                  <option key={i} value={String(i)}>
                    {`KR ${i + 1}: ${kr.title || "untitled"}`}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={`${label}: when it is`}>
              <select
                value={kc.side}
                disabled={kc.keyResult === ""}
                onChange={(e) => set(index, { side: e.target.value as KillCriterionDraft["side"] })}
              >
                <option value="below">below</option>
                <option value="above">above</option>
              </select>
            </Field>
            <Field label={`${label}: value`}>
              <input
                inputMode="decimal"
                disabled={kc.keyResult === ""}
                value={kc.value}
                onChange={(e) => set(index, { value: e.target.value })}
              />
            </Field>
            <Field label={`${label}: by`}>
              <input
                type="date"
                value={kc.by}
                onChange={(e) => set(index, { by: e.target.value })}
              />
            </Field>
            <Button
              variant="danger"
              onClick={() =>
                onChange({
                  ...draft,
                  killCriteria: draft.killCriteria.filter((_, i) => i !== index),
                })
              }
            >
              Remove {label.toLowerCase()}
            </Button>
          </div>
        );
      })}
      <div>
        <Button
          onClick={() =>
            onChange({
              ...draft,
              killCriteria: [...draft.killCriteria, { ...BLANK_KILL_CRITERION }],
            })
          }
        >
          Add a tripwire
        </Button>
      </div>
    </div>
  );
}
