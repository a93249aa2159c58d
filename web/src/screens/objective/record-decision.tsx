import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, unwrap } from "../../api/client";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { PersonSelect } from "../../components/person-select";
import { Problem } from "../../components/problem";
import { useAccount } from "../../lib/auth";

type Outcome = "stop" | "continue" | "change";

/** The stop / continue / change decision a fired tripwire asks for. */
export function RecordDecision({ objective }: { objective: string }) {
  const account = useAccount();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>("continue");
  const [reason, setReason] = useState("");
  const [decidedBy, setDecidedBy] = useState(account.person ?? "");
  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/objectives/{id}/decisions", {
          params: { path: { id: objective } },
          body: { outcome, reason, ...(decidedBy ? { decidedBy } : {}) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["okr-status"] }),
  });
  if (account.role === "viewer")
    return <p className="muted">An editor or admin records the decision.</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} aria-label="Record the decision">
      <div className="row">
        <Field label="Decision">
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
            <option value="continue">Continue</option>
            <option value="change">Change course</option>
            <option value="stop">Stop</option>
          </select>
        </Field>
        <PersonSelect
          label="Decided by"
          value={decidedBy}
          onChange={setDecidedBy}
          none="(my linked person)"
        />
      </div>
      <Field label="Why" hint="What the numbers say and what happens next.">
        <textarea required rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {record.isError ? <Problem error={record.error} /> : null}
      <div>
        <Button type="submit" variant="primary" disabled={record.isPending}>
          Record decision
        </Button>
      </div>
    </form>
  );
}
