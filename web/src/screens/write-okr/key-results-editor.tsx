import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { describeReading, fillFromTitle } from "../okr-form/fill-from-title";
import { KeyResultNumbers } from "../okr-form/key-result-numbers";
import { FindingList } from "./finding-list";
import {
  BLANK_KEY_RESULT,
  type KeyResultDraft,
  MAX_KEY_RESULTS,
  MIN_KEY_RESULTS,
  type ObjectiveDraft,
} from "./objective-draft";
import type { FieldKey, Finding } from "./place-findings";

interface KeyResultsEditorProps {
  draft: ObjectiveDraft;
  onChange: (draft: ObjectiveDraft) => void;
  findings: Map<FieldKey, Finding[]>;
  onRewrite: (field: FieldKey, title: string) => void;
  titleRef: (field: FieldKey) => (element: HTMLInputElement | null) => void;
}

/** Removing a key result drops the tripwires on it and renumbers the ones on later key results. */
function withoutKeyResult(draft: ObjectiveDraft, index: number): ObjectiveDraft {
  return {
    ...draft,
    keyResults: draft.keyResults.filter((_, i) => i !== index),
    killCriteria: draft.killCriteria.map((kc) => {
      if (kc.keyResult === "") return kc;
      const at = Number(kc.keyResult);
      if (at === index) return { ...kc, keyResult: "" };
      return at > index ? { ...kc, keyResult: String(at - 1) } : kc;
    }),
  };
}

/** Two to five key results, each a title with its baseline, target and unit, findings inline. */
export function KeyResultsEditor({
  draft,
  onChange,
  findings,
  onRewrite,
  titleRef,
}: KeyResultsEditorProps) {
  const replace = (index: number, next: KeyResultDraft) =>
    onChange({
      ...draft,
      keyResults: draft.keyResults.map((kr, i) => (i === index ? next : kr)),
    });
  const set = (index: number, patch: Partial<KeyResultDraft>) => {
    const kr = draft.keyResults[index];
    if (kr) replace(index, { ...kr, ...patch });
  };
  return (
    <div className="stack">
      <FindingList findings={findings.get("keyResults")} />
      {draft.keyResults.map((kr, index) => {
        const field: FieldKey = `kr:${index}`;
        const label = `Key result ${index + 1}`;
        const reading = describeReading(kr.read);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: key results have no id until saved; position is their identity
          <fieldset key={index} className="kr-editor" data-testid={`kr-${index}`}>
            <legend>{label}</legend>
            <Field
              label={`${label}: title`}
              hint='An outcome with a number, e.g. "Increase 90-day adoption from 34% to 60%"'
            >
              <input
                ref={titleRef(field)}
                value={kr.title}
                onChange={(e) => replace(index, fillFromTitle(kr, e.target.value))}
              />
            </Field>
            <div className="row kr-numbers">
              <KeyResultNumbers label={label} value={kr} onChange={(patch) => set(index, patch)} />
              <Button
                variant="danger"
                disabled={draft.keyResults.length <= MIN_KEY_RESULTS}
                onClick={() => onChange(withoutKeyResult(draft, index))}
              >
                Remove {label.toLowerCase()}
              </Button>
            </div>
            {reading ? (
              <p className="muted" data-testid={`kr-read-${index}`}>
                Read from the title: {reading}.
              </p>
            ) : null}
            <FindingList
              findings={findings.get(field)}
              title={kr.title}
              onRewrite={(title) => onRewrite(field, title)}
            />
          </fieldset>
        );
      })}
      <div>
        <Button
          disabled={draft.keyResults.length >= MAX_KEY_RESULTS}
          onClick={() =>
            onChange({ ...draft, keyResults: [...draft.keyResults, { ...BLANK_KEY_RESULT }] })
          }
        >
          Add a key result
        </Button>{" "}
        <span className="muted">
          {MIN_KEY_RESULTS}–{MAX_KEY_RESULTS} key results.
        </span>
      </div>
    </div>
  );
}
