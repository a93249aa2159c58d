import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { api, unwrap } from "../../api/client";
import { cyclesQuery, peopleQuery, teamsQuery } from "../../api/queries";
import { Button } from "../../components/button";
import { ChoiceOptions } from "../../components/choice-options";
import { Field } from "../../components/field";
import { Problem } from "../../components/problem";
import { useAccount } from "../../lib/auth";
import { KeyResultNumbers } from "../okr-form/key-result-numbers";
import { acceptanceOf, type Draft, type DraftOkr, editsOf, type OkrEdits } from "./draft-types";

interface DraftEditorProps {
  draft: Draft;
  okr: DraftOkr;
}

/** The drafted OKR, editable, with Accept (creates the objective and proposed KPIs) and Dismiss. */
export function DraftEditor({ draft, okr }: DraftEditorProps) {
  const account = useAccount();
  const client = useQueryClient();
  const [edits, setEdits] = useState<OkrEdits>(() =>
    editsOf(okr, draft.team, account.person ?? ""),
  );
  const people = useQuery(peopleQuery());
  const teams = useQuery(teamsQuery());
  const cycles = useQuery(cyclesQuery());
  const refresh = () =>
    Promise.all(
      ["drafts", "objectives", "okr-status"].map((key) =>
        client.invalidateQueries({ queryKey: [key] }),
      ),
    );
  const accept = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/drafts/{id}/accept", {
          params: { path: { id: draft.id } },
          body: acceptanceOf(draft, okr, edits),
        }),
      ),
    onSuccess: refresh,
  });
  const dismiss = useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/drafts/{id}/dismiss", { params: { path: { id: draft.id } } })),
    onSuccess: refresh,
  });
  const set = (patch: Partial<OkrEdits>) => setEdits((e) => ({ ...e, ...patch }));
  const setKr = (index: number, patch: Partial<OkrEdits["keyResults"][number]>) =>
    setEdits((e) => ({
      ...e,
      keyResults: e.keyResults.map((kr, i) => (i === index ? { ...kr, ...patch } : kr)),
    }));

  const objectiveId = accept.data?.objective.id ?? draft.objective;
  if (draft.status !== "open" || accept.isSuccess || dismiss.isSuccess) {
    return objectiveId ? (
      <p role="status" className="accepted">
        Accepted:{" "}
        <Link href={`/objectives/${objectiveId}`}>
          {accept.data?.objective.title ?? "open the objective"}
        </Link>
        {accept.data && accept.data.kpis.length > 0
          ? ` — and ${accept.data.kpis.length} proposed KPI${accept.data.kpis.length === 1 ? "" : "s"}: ${accept.data.kpis.map((k) => k.name).join(", ")}.`
          : ""}
      </p>
    ) : (
      <p role="status">Dismissed: nothing was created.</p>
    );
  }
  const canWrite = account.role !== "viewer";
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        accept.mutate();
      }}
    >
      <Field label="Objective">
        <input value={edits.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <div className="grid">
        <Field label="Owner" hint="Defaults to you when you have a linked person">
          <select value={edits.owner} onChange={(e) => set({ owner: e.target.value })}>
            <ChoiceOptions
              blank={account.person ? "Me" : "Nobody yet"}
              items={people.data?.items}
            />
          </select>
        </Field>
        <Field label="Team">
          <select value={edits.team} onChange={(e) => set({ team: e.target.value })}>
            <ChoiceOptions blank="Company" items={teams.data?.items} />
          </select>
        </Field>
        <Field label="Cycle">
          <input
            value={edits.cycle}
            list="draft-cycles"
            onChange={(e) => set({ cycle: e.target.value })}
          />
        </Field>
        <datalist id="draft-cycles">
          {(cycles.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id} />
          ))}
        </datalist>
      </div>
      {edits.keyResults.map((kr, i) => {
        const label = `Key result ${i + 1}`;
        const drafted = okr.keyResults[i];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the draft's key results are fixed; position is identity
          <fieldset key={i} className="kr-editor">
            <legend>{label}</legend>
            <Field
              label={`${label}: title`}
              hint={drafted ? `${drafted.name} (${drafted.kind}); ${drafted.baseline}` : undefined}
            >
              <input value={kr.title} onChange={(e) => setKr(i, { title: e.target.value })} />
            </Field>
            <div className="row">
              <KeyResultNumbers label={label} value={kr} onChange={(patch) => setKr(i, patch)} />
            </div>
          </fieldset>
        );
      })}
      {accept.isError ? <Problem error={accept.error} /> : null}
      {dismiss.isError ? <Problem error={dismiss.error} /> : null}
      {!canWrite ? <p className="muted">Viewers can read drafts; an editor accepts them.</p> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={!canWrite || accept.isPending}>
          {accept.isPending ? "Accepting…" : "Accept draft"}
        </Button>
        <Button
          variant="danger"
          disabled={!canWrite || dismiss.isPending}
          onClick={() => dismiss.mutate()}
        >
          Dismiss
        </Button>
      </div>
    </form>
  );
}
