import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, unwrap } from "../api/client";
import { objectivesQuery, okrStatusQuery } from "../api/queries";
import { Badge } from "../components/badge";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Page } from "../components/page";
import { PersonSelect } from "../components/person-select";
import { Problem } from "../components/problem";
import { Empty, PendingPage } from "../components/states";
import { useAccount, useToday } from "../lib/auth";
import { echoNumber } from "../lib/read-number";
import { type CheckinRow, checkinRows } from "./checkin/checkin-rows";
import { type CheckinDraft, judgeCheckinRow, type RowVerdict } from "./checkin/judge-checkin-row";

const BLANK: CheckinDraft = { value: "", confidence: "", note: "", confirmed: false };

interface ReadyRow {
  id: string;
  value: number;
  draft: CheckinDraft;
}

/** Posts every ready row; returns the failures by key result so the rest still land. */
async function saveAll(rows: ReadyRow[], at: string) {
  const failures: { id: string; error: unknown }[] = [];
  for (const { id, value, draft } of rows) {
    const body = {
      at,
      value,
      ...(draft.confidence !== "" ? { confidence: Number(draft.confidence) } : {}),
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    };
    try {
      await unwrap(
        api.POST("/api/v1/key-results/{id}/checkins", { params: { path: { id } }, body }),
      );
    } catch (error) {
      failures.push({ id, error });
    }
  }
  return { saved: rows.length - failures.length, failures };
}

/** What the row will save, said beside its input: the reading, a refusal, or a question. */
function RowVerdictNote({ id, verdict }: { id: string; verdict: RowVerdict }) {
  if (verdict.kind === "untouched") return <span id={id} />;
  if (verdict.kind === "ready")
    return (
      <span id={id} className="checkin-echo muted">
        reads as {verdict.echo}
      </span>
    );
  return (
    <span id={id} className="checkin-echo checkin-echo-problem">
      {verdict.message}
    </span>
  );
}

function Row({
  row,
  draft,
  verdict,
  locale,
  onChange,
}: {
  row: CheckinRow;
  draft: CheckinDraft;
  verdict: RowVerdict;
  locale: string;
  onChange: (d: CheckinDraft) => void;
}) {
  const current = row.status?.current;
  const noteId = `checkin-read-${row.id}`;
  const shown = (value: number | undefined) =>
    value === undefined
      ? "—"
      : `${echoNumber(value, locale)}${row.unit === "%" ? "%" : row.unit ? ` ${row.unit}` : ""}`;
  return (
    <tr data-testid={`checkin-${row.id}`}>
      <th scope="row">
        {row.title}
        <div className="muted">{row.objective}</div>
      </th>
      <td data-numeric="">
        {shown(current?.value)} → {shown(row.target)}
      </td>
      <td>{row.status ? <Badge tone={row.status.risk} /> : "—"}</td>
      <td>
        <input
          className="checkin-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={`New value of ${row.title}`}
          aria-describedby={noteId}
          aria-invalid={verdict.kind === "refused" ? true : undefined}
          value={draft.value}
          onChange={(e) => onChange({ ...draft, value: e.target.value, confirmed: false })}
        />
        <RowVerdictNote id={noteId} verdict={verdict} />
        {verdict.kind === "confirm" || (draft.confirmed && verdict.kind === "ready") ? (
          <label className="checkin-confirm">
            <input
              type="checkbox"
              checked={draft.confirmed}
              onChange={(e) => onChange({ ...draft, confirmed: e.target.checked })}
            />{" "}
            Save {verdict.echo} anyway
          </label>
        ) : null}
      </td>
      <td>
        <input
          className="checkin-input"
          type="number"
          min={0}
          max={10}
          step={1}
          aria-label={`Confidence (0–10) for ${row.title}`}
          value={draft.confidence}
          onChange={(e) => onChange({ ...draft, confidence: e.target.value })}
        />
      </td>
      <td>
        <input
          className="checkin-input"
          type="text"
          aria-label={`Note on ${row.title}`}
          value={draft.note}
          onChange={(e) => onChange({ ...draft, note: e.target.value })}
        />
      </td>
    </tr>
  );
}

/** The weekly check-in: every key result of one person on one page, saved with one Enter. */
export default function Checkin() {
  const account = useAccount();
  const today = useToday();
  const client = useQueryClient();
  const [person, setPerson] = useState(account.person ?? "");
  const [drafts, setDrafts] = useState<Record<string, CheckinDraft>>({});
  const [blocked, setBlocked] = useState(0);
  const locale = navigator.language || "en";
  const okr = useQuery(okrStatusQuery());
  const objectives = useQuery(objectivesQuery());
  const save = useMutation({
    mutationFn: (ready: ReadyRow[]) => saveAll(ready, today),
    onSuccess: async (result) => {
      const failed = new Set(result.failures.map((f) => f.id));
      setDrafts((all) => Object.fromEntries(Object.entries(all).filter(([id]) => failed.has(id))));
      await client.invalidateQueries({ queryKey: ["okr-status"] });
      await client.invalidateQueries({ queryKey: ["objectives"] });
    },
  });
  if (!okr.data || !objectives.data)
    return (
      <PendingPage title="Check-in" queries={[okr, objectives]} what="Loading your key results" />
    );
  const rows = checkinRows(objectives.data.items, okr.data, person || undefined);
  const judged = rows.map((row) => {
    const draft = drafts[row.id] ?? BLANK;
    return { row, draft, verdict: judgeCheckinRow(draft, row, locale) };
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Nothing is saved while a row is refused or waits for a yes: each says why at its input.
    const waiting = judged.filter(
      (j) => j.verdict.kind === "refused" || j.verdict.kind === "confirm",
    );
    setBlocked(waiting.length);
    if (waiting.length > 0) return;
    save.mutate(
      judged.flatMap(({ row, draft, verdict }) =>
        verdict.kind === "ready" ? [{ id: row.id, value: verdict.value, draft }] : [],
      ),
    );
  };
  return (
    <Page
      title="Check-in"
      lead="A value, a confidence from 0 to 10 and a note for each key result. Tab moves along, Enter saves them all."
    >
      <div className="row">
        <PersonSelect label="Key results of" value={person} onChange={setPerson} none="Everyone" />
      </div>
      {rows.length === 0 ? (
        <Empty>No key results to check in on for this person in the current objectives.</Empty>
      ) : (
        <Card>
          <form onSubmit={submit} className="stack">
            <table className="table checkin-table">
              <caption className="visually-hidden">Key results to check in on</caption>
              <thead>
                <tr>
                  <th scope="col">Key result</th>
                  <th scope="col" data-numeric="">
                    Now → target
                  </th>
                  <th scope="col">Risk</th>
                  <th scope="col">Value</th>
                  <th scope="col">Confidence</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {judged.map(({ row, draft, verdict }) => (
                  <Row
                    key={row.id}
                    row={row}
                    draft={draft}
                    verdict={verdict}
                    locale={locale}
                    onChange={(d) => {
                      setBlocked(0);
                      setDrafts((all) => ({ ...all, [row.id]: d }));
                    }}
                  />
                ))}
              </tbody>
            </table>
            {save.data?.failures.map((f) => (
              <div key={f.id}>
                <strong>{rows.find((r) => r.id === f.id)?.title}</strong>
                <Problem error={f.error} />
              </div>
            ))}
            {save.isError ? <Problem error={save.error} /> : null}
            <div className="row">
              <Button type="submit" variant="primary" disabled={save.isPending}>
                {save.isPending ? "Saving…" : "Save check-ins"}
              </Button>
              <span role="status" className="muted">
                {blocked > 0
                  ? `Nothing saved: ${blocked === 1 ? "one row needs" : `${blocked} rows need`} a look (see the message beside its value).`
                  : save.data && save.data.saved > 0
                    ? `Saved ${save.data.saved} check-ins.`
                    : ""}
              </span>
            </div>
          </form>
        </Card>
      )}
    </Page>
  );
}
