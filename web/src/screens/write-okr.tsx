import { useMutation, useQueryClient } from "@tanstack/react-query";
import { dump } from "js-yaml";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { api, unwrap } from "../api/client";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Page } from "../components/page";
import { Problem } from "../components/problem";
import { ErrorState, Loading } from "../components/states";
import { useAccount, useToday } from "../lib/auth";
import "./write-okr.css";
import "./okr-form/kr-fieldset.css";
import { fillFromTitle } from "./okr-form/fill-from-title";
import { LintPanel } from "./write-okr/lint-panel";
import {
  blankDraft,
  fromObjective,
  type NewObjective,
  type ObjectiveDraft,
  toObjective,
} from "./write-okr/objective-draft";
import { ObjectiveForm } from "./write-okr/objective-form";
import { type FieldKey, firstPlaceholder, placeFindings } from "./write-okr/place-findings";
import { lintDocument, useLintContext, useLiveLint } from "./write-okr/use-live-lint";
import { readObjectiveYaml, YamlEditor } from "./write-okr/yaml-editor";

type Mode = "form" | "yaml";

/** A title rewrite applied to the objective as data (the YAML editor's one-click fix). */
function rewriteIn(objective: Record<string, unknown>, field: FieldKey, title: string) {
  if (field === "title") return { ...objective, title };
  const index = Number(field.slice(3));
  const krs = (objective.keyResults as Record<string, unknown>[]).map((kr, i) =>
    i === index ? { ...kr, title } : kr,
  );
  return { ...objective, keyResults: krs };
}

/** Write an OKR with the linter reading over your shoulder; save when it has nothing left to say. */
export default function WriteOkr() {
  const account = useAccount();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>("form");
  const [draft, setDraft] = useState<ObjectiveDraft>(() => blankDraft(account.person ?? ""));
  const [yamlText, setYamlText] = useState("");
  const { context, error } = useLintContext(draft.cycle);
  const titles = useRef(new Map<FieldKey, HTMLInputElement>());
  const titleRef = useCallback(
    (field: FieldKey) => (element: HTMLInputElement | null) => {
      if (element) titles.current.set(field, element);
      else titles.current.delete(field);
    },
    [],
  );

  // Start in the cycle that is running today, as most objectives are written for it.
  const today = useToday();
  const running = context?.cycles.find((c) => c.start <= today && today <= c.end)?.id;
  useEffect(() => {
    if (running) setDraft((d) => (d.cycle ? d : { ...d, cycle: running }));
  }, [running]);

  const yaml = readObjectiveYaml(yamlText);
  const objective: NewObjective | undefined =
    mode === "form" ? toObjective(draft) : yaml.ok ? (yaml.objective as NewObjective) : undefined;
  const linted = context && objective ? lintDocument(context, objective) : undefined;
  const lint = useLiveLint(linted ? { document: linted.document } : undefined);
  const findings =
    lint.data && linted ? placeFindings(lint.data.findings, linted.index) : new Map();
  const errors = [...findings.values()].flat().filter((f) => f.severity === "error").length;

  const save = useMutation({
    mutationFn: (body: NewObjective) => unwrap(api.POST("/api/v1/objectives", { body })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ["objectives"] }),
        client.invalidateQueries({ queryKey: ["okr-status"] }),
      ]),
  });

  const rewrite = (field: FieldKey, title: string) => {
    if (mode === "yaml" && yaml.ok) {
      setYamlText(dump(rewriteIn(yaml.objective, field, title), { lineWidth: -1 }));
      return;
    }
    setDraft((d) =>
      field === "title"
        ? { ...d, title }
        : {
            ...d,
            keyResults: d.keyResults.map((kr, i) =>
              `kr:${i}` === field ? fillFromTitle(kr, title) : kr,
            ),
          },
    );
    // Put the cursor on the first <placeholder> so the person types the real number over it.
    requestAnimationFrame(() => {
      const input = titles.current.get(field);
      const hole = firstPlaceholder(title);
      input?.focus();
      if (input && hole) input.setSelectionRange(hole.start, hole.end);
    });
  };

  const switchTo = (next: Mode) => {
    if (next === "yaml") setYamlText(dump(toObjective(draft), { lineWidth: -1 }));
    else if (yaml.ok) setDraft(fromObjective(yaml.objective));
    setMode(next);
  };

  const canWrite = account.role !== "viewer";
  const modeSwitch = (
    <fieldset className="row mode-switch">
      <legend className="visually-hidden">Editor</legend>
      {(["form", "yaml"] as const).map((m) => (
        <label key={m}>
          <input type="radio" name="editor" checked={mode === m} onChange={() => switchTo(m)} />{" "}
          {m === "form" ? "Form" : "YAML"}
        </label>
      ))}
    </fieldset>
  );

  return (
    <Page
      title="Write an OKR"
      lead="The linter reads as you type: fix what it flags, then save."
      actions={modeSwitch}
    >
      {error ? (
        <ErrorState error={error} />
      ) : !context ? (
        <Loading what="Loading people, teams and KPIs" />
      ) : (
        <div className="write-okr">
          <div className="stack">
            {mode === "form" ? (
              <ObjectiveForm
                draft={draft}
                onChange={setDraft}
                context={context}
                findings={findings}
                onRewrite={rewrite}
                titleRef={titleRef}
              />
            ) : (
              <Card title="Objective">
                <YamlEditor text={yamlText} onChange={setYamlText} read={yaml} />
              </Card>
            )}
          </div>
          <aside className="stack write-okr-side" aria-label="Linter and save">
            <LintPanel
              lint={lint}
              objective={objective}
              findings={findings}
              listFindings={mode === "yaml"}
              onRewrite={rewrite}
            />
            <Card title="Save">
              {save.isSuccess ? (
                <div className="stack">
                  <p role="status">
                    Saved.{" "}
                    <Link href={`/objectives/${save.data.id}`}>Open “{save.data.title}”</Link>
                  </p>
                  <Button
                    onClick={() => {
                      setDraft(blankDraft(account.person ?? "", draft.cycle));
                      setYamlText("");
                      setMode("form");
                      save.reset();
                    }}
                  >
                    Write another objective
                  </Button>
                </div>
              ) : null}
              {save.isError ? <Problem error={save.error} /> : null}
              {!canWrite ? (
                <p className="muted">Viewers can lint but not save: ask an editor.</p>
              ) : null}
              {errors > 0 ? <p className="muted">Fix the errors before saving.</p> : null}
              <Button
                variant="primary"
                disabled={!canWrite || !objective || errors > 0 || save.isPending}
                onClick={() => objective && save.mutate(objective)}
              >
                {save.isPending ? "Saving…" : "Save objective"}
              </Button>
            </Card>
          </aside>
        </div>
      )}
    </Page>
  );
}
