import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { api, unwrap } from "../api/client";
import { teamsQuery } from "../api/queries";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Field } from "../components/field";
import { Page } from "../components/page";
import { Problem } from "../components/problem";
import { Loading, QueryView } from "../components/states";
import { useAccount } from "../lib/auth";
import "./decide.css";
import "./okr-form/kr-fieldset.css";
import { ChoiceOptions } from "../components/choice-options";
import { DraftList } from "./decide/draft-list";
import { DraftView } from "./decide/draft-view";

/** Type a decision; the engine reframes it, weighs candidate metrics and drafts an OKR to accept. */
export default function Decide() {
  const account = useAccount();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const current = new URLSearchParams(useSearch()).get("draft") ?? undefined;
  const [decision, setDecision] = useState("");
  const [team, setTeam] = useState("");
  const teams = useQuery(teamsQuery());
  const draft = useQuery({
    queryKey: ["drafts", current],
    enabled: current !== undefined,
    queryFn: () =>
      unwrap(api.GET("/api/v1/drafts/{id}", { params: { path: { id: current as string } } })),
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/drafts", { body: { decision, ...(team ? { team } : {}) } })),
    onSuccess: async (created) => {
      client.setQueryData(["drafts", created.id], created);
      await client.invalidateQueries({ queryKey: ["drafts", "list"] });
      navigate(`/decide?draft=${created.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const canWrite = account.role !== "viewer";
  return (
    <Page
      title="Decision engine"
      lead="Type a decision you face. Okapi reframes it, weighs metrics, red-teams them and drafts an OKR; you make the final cut."
    >
      <Card title="Decision">
        <form className="stack" onSubmit={submit}>
          <Field label="The decision" hint='e.g. "Should we expand into mid-market EMEA in H2?"'>
            <textarea
              rows={2}
              value={decision}
              onChange={(e) => setDecision(e.target.value)}
              required
            />
          </Field>
          <div className="row">
            <Field label="For team">
              <select value={team} onChange={(e) => setTeam(e.target.value)}>
                <ChoiceOptions blank="The company" items={teams.data?.items} />
              </select>
            </Field>
            <Button
              type="submit"
              variant="primary"
              disabled={!canWrite || create.isPending || !decision.trim()}
            >
              {create.isPending ? "Drafting…" : "Draft"}
            </Button>
          </div>
          {!canWrite ? (
            <p className="muted">Viewers can read drafts; an editor drafts and accepts them.</p>
          ) : null}
          {create.isPending ? (
            <Loading what="Reframing, generating candidates, scoring, red-teaming, drafting, linting" />
          ) : null}
          {create.isError ? <Problem error={create.error} /> : null}
        </form>
      </Card>
      {current ? <QueryView query={draft}>{(d) => <DraftView draft={d} />}</QueryView> : null}
      <Card title="Earlier drafts">
        <DraftList current={current} />
      </Card>
    </Page>
  );
}
