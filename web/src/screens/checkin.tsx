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
import { formatValue } from "../lib/format";
import { type CheckinRow, checkinRows } from "./checkin/checkin-rows";

interface Draft {
  value: string;
  confidence: string;
  note: string;
}
const BLANK: Draft = { value: "", confidence: "", note: "" };

/** Posts every filled row; returns the failures by key result so the rest still land. */
async function saveAll(entries: [string, Draft][], at: string) {
  const failures: { id: string; error: unknown }[] = [];
  for (const [id, d] of entries) {
    const body = {
      at,
      value: Number(d.value),
      ...(d.confidence !== "" ? { confidence: Number(d.confidence) } : {}),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    };
    try {
      await unwrap(
        api.POST("/api/v1/key-results/{id}/checkins", { params: { path: { id } }, body }),
      );
    } catch (error) {
      failures.push({ id, error });
    }
  }
  return { saved: entries.length - failures.length, failures };
}

function Row({
  row,
  draft,
  onChange,
}: {
  row: CheckinRow;
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const current = row.status?.current;
  return (
    <tr data-testid={`checkin-${row.id}`}>
      <th scope="row">
        {row.title}
        <div className="muted">{row.objective}</div>
      </th>
      <td data-numeric="">
        {formatValue(current?.value, row.unit)} → {formatValue(row.target, row.unit)}
      </td>
      <td>{row.status ? <Badge tone={row.status.risk} /> : "—"}</td>
      <td>
        <input
          className="checkin-input"
          type="number"
          step="any"
          inputMode="decimal"
          aria-label={`New value of ${row.title}`}
          value={draft.value}
          onChange={(e) => onChange({ ...draft, value: e.target.value })}
        />
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
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const okr = useQuery(okrStatusQuery());
  const objectives = useQuery(objectivesQuery());
  const save = useMutation({
    mutationFn: () =>
      saveAll(
        Object.entries(drafts).filter(([, d]) => d.value.trim() !== ""),
        today,
      ),
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
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
                {rows.map((row) => (
                  <Row
                    key={row.id}
                    row={row}
                    draft={drafts[row.id] ?? BLANK}
                    onChange={(d) => setDrafts((all) => ({ ...all, [row.id]: d }))}
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
                {save.data && save.data.saved > 0 ? `Saved ${save.data.saved} check-ins.` : ""}
              </span>
            </div>
          </form>
        </Card>
      )}
    </Page>
  );
}
