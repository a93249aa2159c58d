import { Card } from "../../components/card";
import { ChoiceOptions } from "../../components/choice-options";
import { Field } from "../../components/field";
import { FindingList } from "./finding-list";
import { KeyResultsEditor } from "./key-results-editor";
import { KillCriteriaEditor } from "./kill-criteria-editor";
import { type ObjectiveDraft, objectiveIdOf } from "./objective-draft";
import type { FieldKey, Finding } from "./place-findings";
import type { LintContext } from "./use-live-lint";

interface ObjectiveFormProps {
  draft: ObjectiveDraft;
  onChange: (draft: ObjectiveDraft) => void;
  context: LintContext;
  findings: Map<FieldKey, Finding[]>;
  onRewrite: (field: FieldKey, title: string) => void;
  titleRef: (field: FieldKey) => (element: HTMLInputElement | null) => void;
}

/** The objective as a form: every field with the linter's findings about it right below. */
export function ObjectiveForm({
  draft,
  onChange,
  context,
  findings,
  onRewrite,
  titleRef,
}: ObjectiveFormProps) {
  const set = (patch: Partial<ObjectiveDraft>) => onChange({ ...draft, ...patch });
  const parents = context.all.filter(
    (o) => o.id !== objectiveIdOf(draft) && (!draft.cycle || o.cycle === draft.cycle),
  );
  return (
    <>
      <Card title="Objective">
        <div className="stack">
          <FindingList findings={findings.get("general")} />
          <Field
            label="Title"
            hint="The change you want, in words: a direction, not a number or a deliverable"
          >
            <input
              ref={titleRef("title")}
              value={draft.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </Field>
          <FindingList
            findings={findings.get("title")}
            title={draft.title}
            onRewrite={(t) => onRewrite("title", t)}
          />
          <Field
            label="ID"
            hint={`Used in links and the okapi file; blank means "${objectiveIdOf(draft)}"`}
          >
            <input
              value={draft.id}
              placeholder={objectiveIdOf(draft)}
              onChange={(e) => set({ id: e.target.value })}
            />
          </Field>
          <div className="grid">
            <div>
              <Field label="Owner" hint="Exactly one person answers for it">
                <select value={draft.owner} onChange={(e) => set({ owner: e.target.value })}>
                  <ChoiceOptions blank="Nobody yet" items={context.people} />
                </select>
              </Field>
              <FindingList findings={findings.get("owner")} />
            </div>
            <div>
              <Field label="Team">
                <select value={draft.team} onChange={(e) => set({ team: e.target.value })}>
                  <ChoiceOptions blank="Company" items={context.teams} />
                </select>
              </Field>
              <FindingList findings={findings.get("team")} />
            </div>
            <div>
              <Field label="Cycle">
                <select
                  value={draft.cycle}
                  onChange={(e) => set({ cycle: e.target.value, parent: "" })}
                >
                  <ChoiceOptions blank="No cycle" items={context.cycles} />
                </select>
              </Field>
              <FindingList findings={findings.get("cycle")} />
            </div>
            <Field label="Type" hint="Aspirational succeeds at 0.7; committed expects 1.0">
              <select
                value={draft.type}
                onChange={(e) => set({ type: e.target.value as ObjectiveDraft["type"] })}
              >
                <option value="aspirational">Aspirational</option>
                <option value="committed">Committed</option>
              </select>
            </Field>
            <div>
              <Field label="Aligned to" hint="The objective this one moves">
                <select value={draft.parent} onChange={(e) => set({ parent: e.target.value })}>
                  <ChoiceOptions blank="Nothing (a company objective)" items={parents} />
                </select>
              </Field>
              <FindingList findings={findings.get("parent")} />
            </div>
          </div>
        </div>
      </Card>
      <Card title="Key results">
        <KeyResultsEditor
          draft={draft}
          onChange={onChange}
          findings={findings}
          onRewrite={onRewrite}
          titleRef={titleRef}
        />
      </Card>
      <Card title="Kill criteria">
        <KillCriteriaEditor
          draft={draft}
          onChange={onChange}
          findings={findings.get("killCriteria")}
        />
      </Card>
    </>
  );
}
